using System.CommandLine;
using Simulator.Model.Scenarios;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary><c>cxsim scenarios</c>: lists the shipped scenarios with their one-line descriptions.</summary>
public static class ScenariosCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var command = new Command("scenarios", "List the shipped scenarios with their one-line descriptions.");
        command.SetAction(_ =>
        {
            var directory = ScenarioResolver.ShippedDirectory;
            if (!Directory.Exists(directory))
            {
                return cli.InvalidInput($"no scenarios folder found (looked for {directory}).");
            }

            try
            {
                var table = new Table().Border(TableBorder.Simple).AddColumn("scenario").AddColumn("what it represents");
                foreach (var info in ScenarioCatalog.List(directory))
                {
                    table.AddRow(Markup.Escape(info.Name), Markup.Escape(FirstSentence(info.Description)));
                }

                cli.Console.Write(table);
                cli.Console.WriteLine($"Run one with: cxsim run <scenario>   (files in {directory})");
                return ExitCodes.Success;
            }
            catch (ScenarioException e)
            {
                return cli.InvalidInput(e.Message);
            }
        });
        return command;
    }

    /// <summary>The first sentence of a description.</summary>
    public static string FirstSentence(string description)
    {
        var stop = description.IndexOf(". ", StringComparison.Ordinal);
        return (stop > 0 ? description[..stop] : description).TrimEnd('.') + ".";
    }
}
