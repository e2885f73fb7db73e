using System.CommandLine;
using Simulator.Model.Engine;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary><c>cxsim explain SCENARIO --customer ID</c>: tells one customer's life and why it left.</summary>
public static class ExplainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "A scenario file or the name of a shipped scenario." };
        var customer = new Option<int>("--customer", "-c") { Description = "Id of the customer to follow (0 to customers - 1).", Required = true };
        var replicate = new Option<int>("--replicate") { Description = "Replicate to follow (0-based).", DefaultValueFactory = _ => 0 };
        var runOptions = new RunOptions();
        var command = new Command("explain", "Tell one customer's life: needs, touchpoints, expectation gaps, trust and emotions, word of mouth, feedback, and why it left.")
        {
            scenarioArgument, customer, replicate,
        };
        runOptions.AddTo(command, withReplicates: false);
        command.SetAction((parse, cancellationToken) =>
        {
            var settings = runOptions.Read(parse);
            var problem = settings.Problems().FirstOrDefault();
            if (problem is not null)
            {
                return Task.FromResult(cli.InvalidInput(problem));
            }

            var loaded = ScenarioResolver.Load(parse.GetRequiredValue(scenarioArgument), cli);
            if (loaded is null)
            {
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            var scenario = settings.TryApplyTo(loaded, cli);
            if (scenario is null)
            {
                return Task.FromResult(ExitCodes.InvalidInput);
            }

            var id = parse.GetValue(customer);
            if (id < 0 || id >= scenario.Customers)
            {
                return Task.FromResult(cli.InvalidInput($"--customer {id} is out of range; allowed: 0 to {scenario.Customers - 1}."));
            }

            var r = parse.GetValue(replicate);
            if (r < 0 || r >= scenario.Replicates)
            {
                return Task.FromResult(cli.InvalidInput($"--replicate {r} is out of range; allowed: 0 to {scenario.Replicates - 1}."));
            }

            var life = CustomerBiography.Of(scenario, id, r, cancellationToken);
            foreach (var line in BiographyNarrator.Narrate(life))
            {
                cli.Console.WriteLine(line);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
