using System.CommandLine;
using Simulator.Model.Scenarios;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary><c>cxsim validate FILE</c>: checks a scenario file and says what is wrong, where, and what is allowed.</summary>
public static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("file") { Description = "The scenario file (or the name of a shipped scenario)." };
        var command = new Command("validate", "Check a scenario file: every error names the file, the JSON path, the line and the allowed values.") { file };
        command.SetAction(parse =>
        {
            var scenario = ScenarioResolver.Load(parse.GetRequiredValue(file), cli);
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            cli.Console.MarkupLine($"[green]OK[/] {Markup.Escape(scenario.SourceFile ?? scenario.Name)}: '{Markup.Escape(scenario.Name)}', "
                + $"{scenario.Customers} customers, {scenario.Weeks} weeks, seed {scenario.Seed}, {scenario.Replicates} replicate(s), "
                + $"brands {Markup.Escape(string.Join(", ", scenario.Brands.Select(b => b.Name)))}, "
                + $"segments {Markup.Escape(string.Join(", ", scenario.Segments.Select(s => s.Name)))}, "
                + $"{scenario.Schedule.Count} scheduled change(s), {NetworkText(scenario.Network)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string NetworkText(NetworkSpec network) => network.Kind == NetworkKind.WellMixed
        ? "well-mixed market"
        : FormattableString.Invariant($"small-world network ({network.Neighbours} peers, rewiring {network.Rewiring})");
}
