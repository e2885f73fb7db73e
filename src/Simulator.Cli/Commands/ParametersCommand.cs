using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim parameters [SCENARIO] [--format table|csv|json]</c>: every setting <c>--set</c>, <c>--vary</c>
/// and <c>--fit</c> can reach, with its value in the scenario, range, plausible range, unit and source.
/// </summary>
public static class ParametersCommand
{
    /// <summary>The output formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["table", "csv", "json"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "A scenario file, or the name of a shipped scenario (default baseline).", DefaultValueFactory = _ => "baseline" };
        var format = new Option<string>("--format", "-f") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong([.. Formats]);
        var command = new Command("parameters", "List every settable path (levers, brand, model, market, segment and network settings) with its value in the scenario (levers: the starting policy, before any schedule entry), range, plausible range, unit and source.") { scenarioArgument };
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var scenario = ScenarioResolver.Load(parse.GetRequiredValue(scenarioArgument), cli);
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            var paths = ScenarioParameters.All(scenario);
            var writer = cli.Console.Profile.Out.Writer;
            switch (parse.GetValue(format))
            {
                case "csv":
                    writer.Write(ParametersCsv.ToText(paths));
                    break;
                case "json":
                    writer.WriteLine(JsonSerializer.Serialize(new { scenario = scenario.Name, parameters = paths }, Json));
                    break;
                default:
                    cli.Console.Write(Table(scenario, paths));
                    break;
            }

            writer.Flush();
            return ExitCodes.Success;
        });
        return command;
    }

    private static Table Table(Scenario scenario, IReadOnlyList<SettablePath> paths)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape($"{paths.Count} settable paths of {scenario.Name} (--set PATH=VALUE, --vary, --fit; policy.LEVER is the first brand's)")) };
        table.AddColumn("path").AddColumn(new TableColumn("value").RightAligned()).AddColumn(new TableColumn("range").RightAligned())
            .AddColumn(new TableColumn("plausible").RightAligned()).AddColumn("unit").AddColumn("source");
        foreach (var p in paths)
        {
            table.AddRow(
                Markup.Escape(p.Path),
                Number(p.Value),
                Markup.Escape(Number(p.Min) + " to " + Number(p.Max)),
                Markup.Escape(p.PlausibleMin == p.Min && p.PlausibleMax == p.Max ? "whole range" : Number(p.PlausibleMin) + " to " + Number(p.PlausibleMax)),
                Markup.Escape(p.Unit),
                Markup.Escape(p.Source));
        }

        return table;
    }

    private static string Number(double value) => value == double.Epsilon ? "more than 0" : value.ToString("G6", CultureInfo.InvariantCulture);
}
