using System.Globalization;
using Simulator.Cli.Hosting;
using Simulator.Cli.Terminal;
using Simulator.Experiments.Comparison;
using Simulator.Experiments.Sweeps;
using Simulator.Grains.Hosting;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Comparison;
using Simulator.Reporting.Runs;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim compare A B --break-even PATH=LO:HI [--points N]</c>: the value of a cost at which B stops
/// beating A on profit, with an interval over the replicates; both scenarios run at each value of the
/// grid on the same seeds. Writes results/break-even/&lt;run-id&gt;/.
/// </summary>
public static class BreakEvenCompare
{
    /// <summary>Runs the search; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(CliContext cli, IReadOnlyList<string> scenarioNames, RunSettings settings, string spec, int points, EngineKind engine, string resultsRoot, bool verbose, CancellationToken cancellationToken, RedisClusterOptions? cluster = null)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(scenarioNames);
        if (scenarioNames.Count != 2)
        {
            return cli.InvalidInput($"--break-even compares exactly two scenarios (given: {scenarioNames.Count}); for example: cxsim compare acquisition-focus effortless-service --break-even market.costPerServiceContact=2:30.");
        }

        if (points < 3 || points > 101)
        {
            return cli.InvalidInput($"--points {points} is out of range; allowed: 3 to 101.");
        }

        SweepParameter parameter;
        try
        {
            parameter = SweepParameter.Parse(spec);
        }
        catch (SweepSpecException e)
        {
            return cli.InvalidInput(e.Message.Replace("--vary", "--break-even", StringComparison.Ordinal));
        }

        if (!parameter.Path.StartsWith("market.", StringComparison.Ordinal))
        {
            return cli.InvalidInput($"--break-even '{spec}': {parameter.Path} is not a cost; allowed: a market.* cost parameter (e.g. market.costPerServiceContact, market.preventionCost; 'cxsim parameters' lists them). A lever would be set alike in both scenarios and erase the difference compared.");
        }

        if (parameter.Kind != SweepParameterKind.Range || !(parameter.To > parameter.From))
        {
            return cli.InvalidInput($"--break-even '{spec}': expected PATH=LO:HI with LO below HI, e.g. market.costPerServiceContact=2:30.");
        }

        var prepared = CompareCommand.Prepare(cli, scenarioNames, settings, CompareCommand.DefaultReplicates);
        if (prepared is not var (scenarios, seed, replicates))
        {
            return ExitCodes.InvalidInput;
        }

        var grid = BreakEven.Grid(parameter.From, parameter.To, points);
        foreach (var scenario in scenarios)
        {
            try
            {
                _ = ScenarioParameters.With(ScenarioParameters.With(scenario, parameter.Path, parameter.From), parameter.Path, parameter.To);
            }
            catch (ArgumentException e)
            {
                return cli.InvalidInput($"--break-even '{spec}': {e.Message}");
            }
        }

        var labels = ComparisonRun.UniqueLabels([.. scenarios.Select(s => s.Name)]);
        var first = scenarios[0];
        var engineName = EngineKinds.Name(engine);
        cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"Break-even of {parameter.Path} from {parameter.From} to {parameter.To} ({points} values): {labels[1]} against {labels[0]} on profit, {replicates} replicate(s) each = {points * 2 * replicates:N0} runs; {first.Customers:N0} customers x {first.Weeks} weeks (after {first.BurnInWeeks} burn-in weeks), seed {seed}, engine {engineName}")));
        var started = DateTimeOffset.Now;
        SweepProgress progress;
        double[,,] profits;
        try
        {
            (profits, progress) = await SweepProgress.ShowAsync(cli.Console, points * 2 * replicates, first.BurnInWeeks + first.Weeks, p =>
                EngineHost.WithEngineAsync(engine, verbose, simulator =>
                    BreakEven.RunAsync(simulator, scenarios[0], scenarios[1], parameter.Path, grid, replicates, p, cancellationToken), cluster));
        }
        catch (ClusterUnavailableException e)
        {
            cli.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }

        var result = BreakEven.Analyse(parameter.Path, grid, profits);
        if (result.Replicates == 0)
        {
            cli.Console.MarkupLine("[yellow]Stopped before a replicate finished at every value: nothing was written.[/]");
            return ExitCodes.Interrupted;
        }

        var table = new Table { Title = new TableTitle(Markup.Escape($"Profit over the run, {labels[1]} minus {labels[0]}")) }
            .AddColumn(new TableColumn(Markup.Escape(parameter.Path)).RightAligned())
            .AddColumn(new TableColumn("profit difference").RightAligned())
            .AddColumn(new TableColumn("95% CI").RightAligned());
        for (var i = 0; i < grid.Length; i++)
        {
            var d = result.Differences[i];
            table.AddRow(
                grid[i].ToString("0.####", CultureInfo.InvariantCulture),
                Markup.Escape(WorthText.Money(d with { Lower = double.NaN })),
                double.IsFinite(d.Lower) ? Markup.Escape(FormattableString.Invariant($"[{d.Lower:+#,0;-#,0;0}, {d.Upper:+#,0;-#,0;0}]")) : "n/a");
        }

        cli.Console.Write(table);
        var verdict = BreakEvenWriter.Verdict(result, labels[0], labels[1]);
        cli.Console.WriteLine(verdict);
        var subtitle = FormattableString.Invariant($"{result.Replicates} replicate(s) a value, {first.Customers:N0} customers x {first.Weeks} weeks, seed {seed}");
        var command = ShellQuote.Command(["cxsim", "compare", .. scenarioNames, "--break-even", spec, "--points", points.ToString(CultureInfo.InvariantCulture), .. CompareCommand.RunWords(scenarios[0], engineName, settings.Settings)]);
        var complete = result.Replicates == replicates;
        var directory = BreakEvenWriter.Write(resultsRoot, RunInfo.CreateRunId(started, seed), result, labels[0], labels[1], subtitle, command, complete);
        if (!complete)
        {
            cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant($"Stopped: {result.Replicates} of {replicates} replicates finished at every value; the results rest on those and are marked INCOMPLETE.")));
        }

        cli.Console.WriteLine($"Results: {directory}");
        return complete ? ExitCodes.Success : ExitCodes.Interrupted;
    }
}
