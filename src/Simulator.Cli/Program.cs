using Simulator.Cli;

return await CxsimApp.InvokeAsync(args);
