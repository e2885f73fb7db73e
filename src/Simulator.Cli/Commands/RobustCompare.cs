using System.Globalization;
using Simulator.Cli.Hosting;
using Simulator.Cli.Terminal;
using Simulator.Experiments.Sensitivity;
using Simulator.Experiments.Uncertainty;
using Simulator.Grains.Hosting;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Runs;
using Simulator.Reporting.Uncertainty;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim compare A B [...] --uncertain N [--parameters GLOB,...]</c>: the comparison repeated under N
/// parameter sets drawn over the plausible ranges, every scenario on the same sets and random numbers.
/// Prints, for each figure, the probability that each scenario beats the first and the parameters that
/// can flip the ranking; writes results/robust/&lt;run-id&gt;/. Ctrl+C keeps the sets that finished.
/// </summary>
public static class RobustCompare
{
    /// <summary>Runs the robust comparison; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(CliContext cli, IReadOnlyList<string> scenarioNames, RunSettings settings, int sets, IReadOnlyList<string> globs, EngineKind engine, string resultsRoot, bool verbose, CancellationToken cancellationToken, RedisClusterOptions? cluster = null)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(globs);
        var prepared = CompareCommand.Prepare(cli, scenarioNames, settings, CompareCommand.DefaultUncertainReplicates);
        if (prepared is not var (scenarios, seed, replicates))
        {
            return ExitCodes.InvalidInput;
        }

        RobustDesign design;
        try
        {
            var parameters = SensitivityParameters.Select(scenarios[0], globs);
            var lever = parameters.FirstOrDefault(p => p.Path.StartsWith("brands.", StringComparison.Ordinal) && p.Path.Contains(".policy.", StringComparison.Ordinal));
            if (lever is not null)
            {
                return cli.InvalidInput($"--parameters: {lever.Path} is a policy lever; a drawn value would be set alike in every scenario and erase the policies compared. Draw coefficients and costs instead (model.*, market.*, segments.*).");
            }

            foreach (var scenario in scenarios.Skip(1))
            {
                var missing = parameters.Select(p => p.Path).Except(ScenarioParameters.All(scenario).Select(p => p.Path)).FirstOrDefault();
                if (missing is not null)
                {
                    return cli.InvalidInput($"--parameters: {missing} is a setting of '{scenarios[0].Name}' but not of '{scenario.Name}'; draw only settings every scenario has (e.g. model.*, market.*).");
                }
            }

            design = RobustDesign.Create(parameters, sets, seed);
        }
        catch (SensitivitySpecException e)
        {
            return cli.InvalidInput(e.Message);
        }

        var labels = Experiments.Comparison.ComparisonRun.UniqueLabels([.. scenarios.Select(s => s.Name)]);
        var first = scenarios[0];
        var engineName = EngineKinds.Name(engine);
        var total = (long)sets * scenarios.Count * replicates;
        cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"Comparing {string.Join(" vs ", labels)} under {sets} parameter sets ({design.Parameters.Count} parameters over their plausible ranges) x {replicates} replicate(s) = {total:N0} runs; {first.Customers:N0} customers x {first.Weeks} weeks (after {first.BurnInWeeks} burn-in weeks), seed {seed} for all (common random numbers), engine {engineName}")));

        var started = DateTimeOffset.Now;
        var observations = new List<RobustObservation>();
        SweepProgress progress;
        try
        {
            (_, progress) = await SweepProgress.ShowAsync(cli.Console, (int)Math.Min(int.MaxValue, total), first.BurnInWeeks + first.Weeks, p =>
                EngineHost.WithEngineAsync(engine, verbose, simulator =>
                    RobustComparison.RunAsync(simulator, scenarios, design, replicates, o =>
                    {
                        lock (observations)
                        {
                            observations.Add(o);
                        }
                    }, p, cancellationToken), cluster));
        }
        catch (ClusterUnavailableException e)
        {
            cli.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }

        var finished = DateTimeOffset.Now;
        var result = RobustComparison.Analyse(design, scenarios.Count, replicates, observations);
        var seconds = Math.Max(progress.Elapsed.TotalSeconds, 1e-9);
        cli.Console.WriteLine(FormattableString.Invariant($"{progress.Runs:N0} run(s), {progress.CustomerWeeks:N0} customer-weeks in {progress.Elapsed.TotalSeconds:0.0} s ({progress.CustomerWeeks / seconds:N0}/s)."));
        if (result.CompleteSets.Count < 2)
        {
            cli.Console.MarkupLine("[yellow]Stopped before two parameter sets finished: nothing was written.[/]");
            return ExitCodes.Interrupted;
        }

        var info = new RobustComparisonInfo(
            RunInfo.CreateRunId(started, seed), labels, globs.Count == 0 ? [SensitivityParameters.DefaultGlob] : globs, first.Customers, first.Weeks, first.BurnInWeeks, seed, replicates, engineName, started, finished,
            ReproduceCommand(scenarioNames, first, sets, globs, engineName, settings.Settings), RunInfo.DefaultProductVersion);
        var (directory, rows) = await Task.Run(() => RobustWriter.Write(resultsRoot, info, design, result, observations, CancellationToken.None), CancellationToken.None);

        cli.Console.Write(Summary(rows));
        foreach (var row in rows)
        {
            cli.Console.WriteLine("- " + row.Figure.Verdict(row.Reference, row.Scenario));
        }

        var complete = result.CompleteSets.Count == sets;
        if (!complete)
        {
            cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant($"Stopped: {result.CompleteSets.Count} of {sets} parameter sets finished; the results rest on those and are marked INCOMPLETE.")));
        }

        cli.Console.WriteLine($"Results: {directory}");
        cli.Console.WriteLine($"Report:  {Path.Combine(directory, RobustReportWriter.FileName)}");
        return complete ? ExitCodes.Success : ExitCodes.Interrupted;
    }

    /// <summary>The command that reproduces the robust comparison, with every setting explicit.</summary>
    public static string ReproduceCommand(IReadOnlyList<string> scenarioNames, Scenario resolved, int sets, IReadOnlyList<string> globs, string engineName, IReadOnlyList<string>? settings)
    {
        ArgumentNullException.ThrowIfNull(scenarioNames);
        ArgumentNullException.ThrowIfNull(resolved);
        ArgumentNullException.ThrowIfNull(globs);
        var parts = new List<string> { "cxsim", "compare" };
        parts.AddRange(scenarioNames);
        parts.AddRange(["--uncertain", sets.ToString(CultureInfo.InvariantCulture)]);
        if (globs.Count > 0)
        {
            parts.AddRange(["--parameters", string.Join(',', globs)]);
        }

        parts.AddRange(CompareCommand.RunWords(resolved, engineName, settings));
        return ShellQuote.Command(parts);
    }

    private static Table Summary(IReadOnlyList<RobustRow> rows)
    {
        var table = new Table { Title = new TableTitle("Across the parameter sets: difference from " + Markup.Escape(rows.Count > 0 ? rows[0].Reference : "the reference")) };
        table.AddColumn("figure");
        table.AddColumn("scenario");
        table.AddColumn(new TableColumn("mean difference").RightAligned());
        table.AddColumn(new TableColumn("5% to 95% of sets").RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape("P(beats) [95%]")).RightAligned());
        table.AddColumn(new TableColumn("clearly better / worse").RightAligned());
        table.AddColumn("can flip it");
        foreach (var row in rows)
        {
            var f = row.Figure;
            table.AddRow(
                Markup.Escape(f.Figure.ShortLabel),
                Markup.Escape(row.Scenario),
                Markup.Escape(f.Figure.FormatDifference(f.Mean)),
                Markup.Escape(f.Figure.FormatDifference(f.Quantile(0.05)) + " to " + f.Figure.FormatDifference(f.Quantile(0.95))),
                Markup.Escape(FormattableString.Invariant($"{f.Beats.Value:0.00} [{f.Beats.Lower:0.00}, {f.Beats.Upper:0.00}]")),
                FormattableString.Invariant($"{f.ClearlyBetter} / {f.ClearlyWorse} of {f.Beats.Trials}"),
                Markup.Escape(string.Join(", ", f.Flippers.Take(2).Select(p => p.Path))));
        }

        return table;
    }
}
