using System.CommandLine;
using Simulator.Cli.Commands;
using Spectre.Console;

namespace Simulator.Cli;

/// <summary>The cxsim command line: its commands, and how it is invoked.</summary>
public static class CxsimApp
{
    /// <summary>Builds the root command writing to <paramref name="cli"/>.</summary>
    public static RootCommand Create(CliContext cli) => new("cxsim: an Orleans actor simulation of customer lifecycles.")
    {
        RunCommand.Create(cli),
        CompareCommand.Create(cli),
        CalibrateCommand.Create(cli),
        SweepCommand.Create(cli),
        SensitivityCommand.Create(cli),
        OptimiseCommand.Create(cli),
        ScenariosCommand.Create(cli),
        ValidateCommand.Create(cli),
        ParametersCommand.Create(cli),
        ExplainCommand.Create(cli),
        BenchCommand.Create(cli),
        ServeCommand.Create(cli),
        SiloCommand.Create(cli),
    };

    /// <summary>Parses and runs <paramref name="args"/>; output and error default to the process's.</summary>
    public static Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        var stdout = output ?? Console.Out;
        var stderr = error ?? Console.Error;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = output is null ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output is null ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = output is null ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected output has no window width: leave room for the summary table.
            console.Profile.Width = Math.Max(console.Profile.Width, 140);
        }

        var root = Create(new CliContext(console, stderr));
        var configuration = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            // Ctrl+C cancels the run; give it time to write what finished before the process ends.
            ProcessTerminationTimeout = TimeSpan.FromMinutes(2),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // Bad arguments are bad input: exit 2 with the parser's words, like every other refusal.
            foreach (var problem in parse.Errors)
            {
                stderr.WriteLine("error: " + problem.Message);
            }

            stderr.WriteLine("Try 'cxsim --help' or 'cxsim <command> --help'.");
            return Task.FromResult(ExitCodes.InvalidInput);
        }

        return parse.InvokeAsync(configuration, cancellationToken);
    }
}
