using System.CommandLine;
using System.Globalization;
using Simulator.Cli.Hosting;
using Simulator.Cli.Terminal;
using Simulator.Experiments.Calibration;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Calibration;
using Simulator.Reporting.Runs;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim calibrate SCENARIO --retention FILE --fit PARAM[,PARAM...] [--fit-periods 1-7]</c>: fits scenario
/// settings so that the simulated retention of the focal brand's new customers matches an observed cohort
/// retention table, reports the fitted values and the error in and out of sample, and writes
/// results/calibration/&lt;scenario&gt;/&lt;run-id&gt;/ with a ready-to-run <c>calibrated.json</c>.
/// </summary>
public static class CalibrateCommand
{
    /// <summary>The engine of every evaluation here: the reference engine runs a fit's replicates one per core (on a cluster, the Orleans engine).</summary>
    public const EngineKind Engine = EngineKind.Reference;

    /// <summary>Population size when --customers is not given.</summary>
    public const int DefaultCustomers = 3000;

    /// <summary>Cohorts smaller than this (per replicate) get a warning about sampling noise.</summary>
    public const int SmallCohort = 200;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "A scenario file, or the name of a shipped scenario (see 'cxsim scenarios')." };
        var retention = new Option<string>("--retention") { Description = "The observed table: a CSV file with the header period,percent_surviving, or the name of a table in data/retention/ (e.g. fader-hardie-regular).", Required = true };
        var fit = new Option<string[]>("--fit") { Description = "Settings to fit, as paths separated by commas, e.g. model.reviewRate,segments.mainstream.meanNeedWeeks (repeatable).", Required = true };
        var fitPeriods = new Option<string?>("--fit-periods") { Description = "Periods to fit, e.g. 1-7; the table's other periods after 0 are held out and predicted (default: every period after 0)." };
        var periodWeeks = new Option<int>("--period-weeks") { Description = "Weeks per period of the table (52: yearly periods).", DefaultValueFactory = _ => CalibrationSettings.DefaultPeriodWeeks };
        var cohortWeeks = new Option<int?>("--cohort-weeks") { Description = "The cohort is every customer acquired in weeks 0 to N-1 of the run (default: one period, --period-weeks)." };
        var bounds = new Option<string[]>("--bounds") { Description = "Narrow a fitted setting's search range, as PATH=LO:HI, e.g. --bounds model.reviewRate=0.001:0.05 (repeatable; default: the setting's allowed range)." };
        var maxEvaluations = new Option<int>("--max-evaluations") { Description = "The most simulations the fit may run.", DefaultValueFactory = _ => NelderMeadOptions.DefaultMaxEvaluations };
        var explore = new Option<int?>("--explore") { Description = "Points of a space-filling design tried across the bounds before Nelder-Mead starts from the best (default: 4 per fitted setting, at most half the budget)." };
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives calibration/<scenario>/<run-id>/.", DefaultValueFactory = _ => "results" };
        var runOptions = new RunOptions();
        var clusterOptions = new ClusterCliOptions(required: false);
        runOptions.Customers.Description = FormattableString.Invariant($"Population size of every simulation (default {DefaultCustomers}).");
        runOptions.Replicates.Description = "Replicates per simulation, averaged (default 1); more replicates make the curve less noisy and the fit slower.";
        runOptions.Seed.Description = "Seed of every simulation (default: the scenario's); the same in every evaluation, so they differ only through the parameters.";
        var command = new Command("calibrate", "Fit scenario settings to an observed cohort retention table; report the fit in and out of sample, a chart and a calibrated scenario.")
        {
            scenarioArgument, retention, fit, fitPeriods, periodWeeks, cohortWeeks, bounds, maxEvaluations, explore,
        };
        command.Options.Add(runOptions.Customers);
        command.Options.Add(runOptions.Replicates);
        command.Options.Add(runOptions.Seed);
        command.Options.Add(runOptions.BurnIn);
        command.Options.Add(runOptions.Set);
        command.Options.Add(output);
        clusterOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var request = new CalibrateRequest(
                parse.GetRequiredValue(scenarioArgument),
                parse.GetRequiredValue(retention),
                parse.GetValue(fit) ?? [],
                parse.GetValue(fitPeriods),
                parse.GetValue(periodWeeks),
                parse.GetValue(cohortWeeks),
                parse.GetValue(bounds) ?? [],
                parse.GetValue(maxEvaluations),
                parse.GetValue(explore),
                new RunSettings(
                    Customers: parse.GetValue(runOptions.Customers) ?? DefaultCustomers,
                    Weeks: null,
                    Seed: parse.GetValue(runOptions.Seed),
                    Replicates: parse.GetValue(runOptions.Replicates) ?? 1,
                    BurnInWeeks: parse.GetValue(runOptions.BurnIn),
                    Settings: parse.GetValue(runOptions.Set)),
                parse.GetValue(output)!,
                "cxsim " + ShellQuote.Command(parse.Tokens.Select(t => t.Value)),
                clusterOptions.Read(parse));
            return ExecuteAsync(cli, request, cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExecuteAsync(CliContext cli, CalibrateRequest request, CancellationToken cancellationToken)
    {
        var problem = request.Run.Problems().FirstOrDefault() ?? EngineHost.ClusterProblem(request.Cluster is null ? Engine : EngineKind.Orleans, request.Cluster);
        if (problem is not null)
        {
            return cli.InvalidInput(problem);
        }

        var loaded = ScenarioResolver.Load(request.Scenario, cli);
        if (loaded is null)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = request.Run.TryApplyTo(loaded, cli);
        if (scenario is null)
        {
            return ExitCodes.InvalidInput;
        }

        var tablePath = RetentionTableResolver.Resolve(request.Retention, out var notFound);
        if (tablePath is null)
        {
            return cli.InvalidInput(notFound!);
        }

        RetentionTable observed;
        try
        {
            observed = RetentionTableReader.Load(tablePath);
        }
        catch (RetentionTableException e)
        {
            cli.Error.WriteLine($"error: {tablePath} is not a valid retention table:");
            foreach (var error in e.Errors)
            {
                cli.Error.WriteLine("  " + error);
            }

            return ExitCodes.InvalidInput;
        }

        var parameters = ReadParameters(cli, scenario, request.Fit, request.Bounds);
        if (parameters is null)
        {
            return ExitCodes.InvalidInput;
        }

        IReadOnlyList<int> fitPeriods = observed.FittablePeriods;
        if (request.FitPeriods is { } selection && !PeriodSelection.TryParse(selection, out fitPeriods, out var selectionProblem))
        {
            return cli.InvalidInput($"--fit-periods '{selection}': {selectionProblem}; allowed: {PeriodSelection.Grammar}, among the table's periods after 0 ({PeriodSelection.Format(observed.FittablePeriods)}).");
        }

        var settings = new CalibrationSettings
        {
            PeriodWeeks = request.PeriodWeeks,
            CohortWeeks = request.CohortWeeks,
            FitPeriods = fitPeriods,
            MaxEvaluations = request.MaxEvaluations,
            Explore = request.Explore,
            Overrides = [.. (request.Run.Settings ?? []).Select(Override)],
        };
        problem = settings.Problems(observed, scenario).FirstOrDefault();
        if (problem is not null)
        {
            return cli.InvalidInput(problem);
        }

        var heldOut = settings.HeldOutPeriods(observed);
        cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"Calibrating {scenario.Name} to {Path.GetFileName(tablePath)}: fitting {string.Join(", ", parameters.Select(p => p.Path))} on periods {PeriodSelection.Format(fitPeriods)}")
            + (heldOut.Count > 0 ? FormattableString.Invariant($", holding out {PeriodSelection.Format(heldOut)}") : string.Empty)));
        cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"Cohort: customers acquired in weeks 0-{settings.EffectiveCohortWeeks - 1}; period = {settings.PeriodWeeks} weeks; each evaluation: {scenario.Customers:N0} customers x {settings.RunWeeks(observed)} weeks (after {scenario.BurnInWeeks} burn-in weeks) x {scenario.Replicates} replicate(s), seed {scenario.Seed}, {(request.Cluster is { } c ? $"orleans engine on cluster '{c.ClusterId}' (Redis {c.Redis})" : "reference engine")}; at most {settings.MaxEvaluations} evaluations, the first {1 + settings.EffectiveExplore(parameters.Count)} spread over the bounds")));

        var started = DateTimeOffset.Now;
        var chosen = request.Cluster is null ? Engine : EngineKind.Orleans;
        CalibrationResult result;
        CalibrationProgressBar progress;
        try
        {
            (result, progress) = await EngineHost.WithEngineAsync(chosen, verbose: false, engine =>
                CalibrationProgressBar.ShowAsync(cli.Console, settings.MaxEvaluations,
                    bar => Calibrator.Run(engine, scenario, observed, settings, parameters, bar, cancellationToken)), request.Cluster);
        }
        catch (ClusterUnavailableException e)
        {
            cli.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }

        var finished = DateTimeOffset.Now;
        if (result.Evaluations.Count == 0)
        {
            cli.Console.MarkupLine("[yellow]Stopped before the first evaluation finished: nothing was written.[/]");
            return ExitCodes.Interrupted;
        }

        var info = new RunInfo(RunInfo.CreateRunId(started, scenario.Seed), EngineKinds.Name(chosen), started, finished);
        var directory = CalibrationWriter.Write(result, info, request.Command, request.Out);

        Report(cli.Console, result);
        cli.Console.WriteLine(FormattableString.Invariant($"{result.Evaluations.Count} evaluations in {progress.Elapsed.TotalSeconds:0.0} s; stopped: {CalibrationReportWriter.StopText(result.Stop)}."));
        if (!result.Completed)
        {
            cli.Console.MarkupLine("[yellow]Stopped before the end: the results hold the best values found so far and are marked INCOMPLETE.[/]");
        }

        cli.Console.WriteLine($"Results:    {directory}");
        cli.Console.WriteLine($"Report:     {Path.Combine(directory, CalibrationReportWriter.FileName)}");
        if (File.Exists(Path.Combine(directory, CalibratedScenarioWriter.FileName)))
        {
            cli.Console.WriteLine($"Calibrated: {Path.Combine(directory, CalibratedScenarioWriter.FileName)} (run it with: cxsim run {Path.Combine(directory, CalibratedScenarioWriter.FileName)})");
        }

        return result.Completed ? ExitCodes.Success : ExitCodes.Interrupted;
    }

    private static List<FitParameter>? ReadParameters(CliContext cli, Scenario scenario, IReadOnlyList<string> fit, IReadOnlyList<string> boundsText)
    {
        var paths = fit.SelectMany(f => f.Split(',')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (paths.Count == 0)
        {
            cli.InvalidInput($"--fit names no setting; allowed: paths separated by commas: {ScenarioParameters.Grammar}.");
            return null;
        }

        var duplicate = paths.GroupBy(p => p, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            cli.InvalidInput($"--fit names '{duplicate.Key}' more than once; allowed: each setting once.");
            return null;
        }

        var bounds = new Dictionary<string, (double Min, double Max)>(StringComparer.Ordinal);
        foreach (var text in boundsText)
        {
            var assignment = ParameterAssignment.TryParse(text);
            var range = assignment?.Value.Split(':');
            if (assignment is null || range is not [var lowText, var highText]
                || !ParameterAssignment.TryNumber(lowText, out var low)
                || !ParameterAssignment.TryNumber(highText, out var high))
            {
                cli.InvalidInput($"--bounds '{text}' is not PATH=LO:HI; allowed: e.g. --bounds model.reviewRate=0.001:0.05.");
                return null;
            }

            var path = assignment.Path;
            if (!paths.Contains(path, StringComparer.Ordinal))
            {
                cli.InvalidInput($"--bounds names '{path}', which is not fitted; allowed: the --fit settings ({string.Join(", ", paths)}).");
                return null;
            }

            bounds[path] = (low, high);
        }

        var parameters = new List<FitParameter>(paths.Count);
        foreach (var path in paths)
        {
            try
            {
                parameters.Add(FitParameter.For(scenario, path, bounds.TryGetValue(path, out var b) ? b : null));
            }
            catch (ArgumentException e)
            {
                cli.InvalidInput((bounds.ContainsKey(path) && e.Message.StartsWith("bounds ", StringComparison.Ordinal) ? "--" : "--fit ") + e.Message);
                return null;
            }
        }

        return parameters;
    }

    private static void Report(IAnsiConsole console, CalibrationResult result)
    {
        var best = result.Best!;
        var start = result.Start!;
        var parameters = new Table().Border(TableBorder.Rounded)
            .AddColumn("parameter")
            .AddColumn(new TableColumn("start").RightAligned())
            .AddColumn(new TableColumn("bounds").RightAligned())
            .AddColumn(new TableColumn("fitted").RightAligned());
        for (var i = 0; i < result.Parameters.Count; i++)
        {
            var p = result.Parameters[i];
            parameters.AddRow(Markup.Escape(p.Path), Value(p.Start), Markup.Escape(Value(p.Min) + " to " + Value(p.Max) + (p.Scale == ParameterScale.Log ? " (log)" : string.Empty)), "[bold]" + Value(best.Values[i]) + "[/]");
        }

        console.Write(parameters);

        var heldOut = result.HeldOutPeriods;
        console.WriteLine(FormattableString.Invariant($"RMSE in sample (periods {PeriodSelection.Format(result.Settings.FitPeriods)}): {Points(result.RmseFit)} points (start {Points(start.RmseFit)})"));
        if (heldOut.Count > 0)
        {
            console.WriteLine(FormattableString.Invariant($"RMSE out of sample (periods {PeriodSelection.Format(heldOut)}): {Points(result.RmseHeldOut)} points (start {Points(result.StartRmseHeldOut)})"));
        }

        var benchmark = result.Benchmark;
        console.WriteLine(FormattableString.Invariant($"Benchmark, shifted-beta-geometric (Fader & Hardie 2007) fitted to the same periods: alpha {benchmark.Alpha:0.000}, beta {benchmark.Beta:0.000}; RMSE {Points(result.BenchmarkRmseFit)} points in sample")
            + (heldOut.Count > 0 ? FormattableString.Invariant($", {Points(result.BenchmarkRmseHeldOut)} out of sample") : string.Empty));

        var periods = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("period").RightAligned())
            .AddColumn(new TableColumn("observed %").RightAligned())
            .AddColumn(new TableColumn("simulated %").RightAligned())
            .AddColumn(new TableColumn("difference").RightAligned())
            .AddColumn("used in fit");
        foreach (var point in result.Observed.Points)
        {
            var simulated = best.Curve.PercentAt(point.Period);
            var used = result.Settings.FitPeriods.Contains(point.Period);
            periods.AddRow(
                point.Period.ToString(CultureInfo.InvariantCulture),
                Number(point.PercentSurviving, "0.0"),
                Number(simulated, "0.0"),
                Number(simulated - point.PercentSurviving, "+0.0;-0.0;0.0"),
                used ? "yes" : point.Period == 0 ? "acquisition" : "[grey]held out[/]");
        }

        periods.Caption(Markup.Escape(FormattableString.Invariant($"cohort of {best.Curve.MeanCohortSize:N0} customers per replicate (acquired in weeks 0-{result.Settings.EffectiveCohortWeeks - 1})")));
        console.Write(periods);
        if (best.Curve.MeanCohortSize < SmallCohort)
        {
            console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"Warning: a cohort of {best.Curve.MeanCohortSize:N0} customers gives a noisy curve (a few points of sampling error); raise --customers, --replicates or --cohort-weeks before trusting the fitted values.")).Insert(0, "[yellow]") + "[/]");
        }
    }

    // Already checked when the overrides were applied to the scenario.
    private static KeyValuePair<string, double> Override(string setting) =>
        ParameterAssignment.TryParseNumber(setting) is var (path, value) ? new(path, value) : throw new ArgumentException($"--set '{setting}' is not PATH=NUMBER.", nameof(setting));

    private static string Value(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Points(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string Number(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
