using System.CommandLine;
using System.Globalization;
using Simulator.Cli.Hosting;
using Simulator.Cli.Sweeps;
using Simulator.Cli.Terminal;
using Simulator.Model.Experiments;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Runs;
using Simulator.Reporting.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim sweep SCENARIO --vary PATH=FROM:TO:STEP [--vary ...]</c>: runs a scenario over a grid (or a
/// Latin hypercube) of parameter values, replicates at every point, and writes
/// results/sweeps/&lt;scenario&gt;/&lt;run-id&gt;/ with runs.csv, points.csv, charts and a report.
/// Resumable: a stopped sweep continues with <c>--resume DIR</c>.
/// </summary>
public static class SweepCommand
{
    /// <summary>The engine of a sweep unless told otherwise: the same numbers as Orleans, over every core.</summary>
    public const string DefaultEngine = "reference";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "A scenario file, or the name of a shipped scenario (see 'cxsim scenarios')." };
        var vary = new Option<string[]>("--vary")
        {
            Description = "A parameter to vary: PATH=FROM:TO:STEP (inclusive) or PATH=v1,v2,... PATH is any scenario setting, e.g. policy.serviceEffort, brands.Rival.policy.price, model.trustGain, segments.*.conversionPerWeek. Repeat for more parameters.",
            AllowMultipleArgumentsPerToken = false,
        };
        var lhs = new Option<int?>("--lhs") { Description = "Draw N points of a Latin hypercube over the ranges instead of the full factorial grid." };
        var engine = new Option<string?>("--engine", "-e") { Description = "reference (default: runs spread over every core) or orleans (points one after another on an embedded silo); same numbers." };
        engine.AcceptOnlyFromAmong(EngineHost.Names);
        var outcome = new Option<string?>("--outcome") { Description = "The figure charted (default retention104, or retention52 / nps for shorter runs)." };
        outcome.AcceptOnlyFromAmong([.. SweepFigures.OutcomeNames]);
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives sweeps/<scenario>/<run-id>/.", DefaultValueFactory = _ => "results" };
        var resume = new Option<string?>("--resume") { Description = "Continue the sweep in this folder (results/sweeps/<scenario>/<run-id>); options left out are the sweep's own." };
        var verbose = new Option<bool>("--verbose") { Description = "Show Orleans' logs." };
        var runOptions = new RunOptions();
        var command = new Command("sweep", "Run a scenario over a grid or Latin hypercube of parameter values and chart an outcome against them.") { scenarioArgument };
        command.Options.Add(vary);
        command.Options.Add(lhs);
        runOptions.AddTo(command, withReplicates: true);
        command.Options.Add(engine);
        command.Options.Add(outcome);
        command.Options.Add(output);
        command.Options.Add(resume);
        command.Options.Add(verbose);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            cli,
            new SweepRequest(
                parse.GetRequiredValue(scenarioArgument),
                parse.GetValue(vary) ?? [],
                parse.GetValue(lhs),
                runOptions.Read(parse),
                parse.GetValue(engine),
                parse.GetValue(outcome),
                parse.GetValue(output)!,
                parse.GetValue(resume),
                parse.GetValue(verbose)),
            cancellationToken));
        return command;
    }

    /// <summary>Runs (or resumes) the sweep, writes its outputs and summarises it; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(CliContext cli, SweepRequest request, CancellationToken cancellationToken) =>
        await ExecuteAsync(cli, request, progress: null, cancellationToken);

    /// <summary>As <see cref="ExecuteAsync(CliContext, SweepRequest, CancellationToken)"/>, also telling <paramref name="progress"/> of every run.</summary>
    internal static async Task<int> ExecuteAsync(CliContext cli, SweepRequest request, ISweepProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(request);
        var problem = request.Settings.Problems().FirstOrDefault();
        if (problem is not null)
        {
            return cli.InvalidInput(problem);
        }

        SweepManifest? recorded = null;
        if (request.Resume is { } resumeDirectory)
        {
            recorded = ReadManifest(cli, resumeDirectory);
            if (recorded is null)
            {
                return ExitCodes.InvalidInput;
            }
        }

        var loaded = ScenarioResolver.Load(request.Scenario, cli);
        if (loaded is null)
        {
            return ExitCodes.InvalidInput;
        }

        var settings = request.Settings;
        var changes = settings.Settings is { Count: > 0 } given ? given : recorded?.Set ?? [];
        var scenario = new RunSettings(
            settings.Customers ?? recorded?.Customers,
            settings.Weeks ?? recorded?.Weeks,
            settings.Seed ?? recorded?.Seed,
            Replicates: 1,
            settings.BurnInWeeks ?? recorded?.BurnInWeeks,
            changes).TryApplyTo(loaded, cli);
        if (scenario is null)
        {
            return ExitCodes.InvalidInput;
        }

        var replicates = settings.Replicates ?? recorded?.Replicates ?? 1;

        SweepDesign design;
        try
        {
            design = SweepDesign.Create(request.Vary.Count > 0 ? request.Vary : recorded?.Vary ?? [], request.LatinHypercube ?? recorded?.LhsPoints, scenario.Seed);
        }
        catch (SweepSpecException e)
        {
            return cli.InvalidInput(e.Message);
        }

        var designProblems = design.Problems(scenario);
        if (designProblems.Count > 0)
        {
            foreach (var message in designProblems.Skip(1))
            {
                cli.Error.WriteLine("error: " + message);
            }

            return cli.InvalidInput(designProblems[0]);
        }

        var outcomeName = request.Outcome ?? recorded?.Outcome ?? SweepFigures.DefaultOutcome(scenario.Weeks);
        var outcome = SweepFigures.ByOutcome(outcomeName);
        if (scenario.Weeks < outcome.MinimumWeeks)
        {
            var possible = SweepFigures.All.Where(f => f.Outcome is not null && f.MinimumWeeks <= scenario.Weeks).Select(f => f.Outcome);
            return cli.InvalidInput(FormattableString.Invariant($"--outcome {outcomeName} needs runs of at least {outcome.MinimumWeeks} weeks, and this sweep runs {scenario.Weeks} (--weeks); allowed: {string.Join(", ", possible)}."));
        }

        var started = DateTimeOffset.Now;
        var requested = new SweepManifest(
            SweepManifest.CurrentFormat,
            scenario.Name,
            scenario.SourceFile is null ? null : Path.GetFullPath(scenario.SourceFile),
            request.Scenario,
            ScenarioFingerprint.Of(scenario),
            [.. changes],
            design.Parameters.Select(p => p.Spec).ToArray(),
            SweepManifest.DesignName(design),
            design.Kind == DesignKind.LatinHypercube ? design.Points.Count : null,
            scenario.Seed,
            replicates,
            scenario.Customers,
            scenario.Weeks,
            scenario.BurnInWeeks,
            request.Engine ?? recorded?.Engine ?? DefaultEngine,
            outcomeName,
            started,
            RunInfo.DefaultProductVersion,
            SweepManifest.PointsOf(design));

        string directory;
        SweepManifest manifest;
        if (recorded is not null)
        {
            var differences = recorded.Differences(requested);
            if (differences.Count > 0)
            {
                cli.Error.WriteLine($"error: cannot resume {request.Resume}: it holds a different sweep.");
                foreach (var difference in differences)
                {
                    cli.Error.WriteLine("  " + difference);
                }

                cli.Error.WriteLine("Leave those options out to resume the sweep as it was, or leave out --resume to start a new sweep.");
                return ExitCodes.InvalidInput;
            }

            directory = request.Resume!;
            manifest = recorded with { Engine = requested.Engine, Outcome = outcomeName };
        }
        else
        {
            manifest = requested;
            directory = SweepDirectory.Create(request.ResultsRoot, RunInfo.CreateRunId(started, scenario.Seed), manifest, SweepRunsCsv.Header(design));
        }

        var plan = new SweepPlan(scenario, design, replicates, manifest.Engine);
        var runsFile = Path.Combine(directory, SweepRunsCsv.FileName);
        int total = design.Points.Count * replicates, already, finished;
        SweepProgress? shown;
        using (var journal = OpenJournal(cli, runsFile, design, replicates, request.Resume))
        {
            if (journal is null)
            {
                return ExitCodes.InvalidInput;
            }

            var done = journal.Finished.Select(r => (r.Point, r.Replicate)).ToHashSet();
            var todo = plan.AllRuns().Where(r => !done.Contains(r)).ToArray();
            already = total - todo.Length;
            var engineText = manifest.Engine == "orleans"
                ? "orleans (one point at a time on an embedded silo)"
                : FormattableString.Invariant($"reference ({SweepRunner.Parallelism} runs at a time)");
            cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"{scenario.Name}: sweep of {string.Join(", ", design.Paths)} ({design.Describe()}) x {replicates} replicate(s) = {total:N0} runs; {scenario.Customers:N0} customers x {scenario.Weeks} weeks (after {scenario.BurnInWeeks} burn-in weeks), seed {scenario.Seed}, engine {engineText}")));
            cli.Console.WriteLine(recorded is null
                ? $"Sweep folder: {directory}"
                : FormattableString.Invariant($"Resuming {directory}: {already:N0} of {total:N0} runs already done."));

            (finished, shown) = await SweepProgress.ShowAsync(cli.Console, todo.Length, scenario.BurnInWeeks + scenario.Weeks, p =>
                SweepRunner.RunAsync(plan, todo, journal, Both(p, progress), request.Verbose, cancellationToken));
        }

        var runs = SweepRunsCsv.Parse(await File.ReadAllTextAsync(runsFile, CancellationToken.None), design, replicates);
        var kept = SweepRunsCsv.Distinct(runs).Count;
        var seconds = Math.Max(shown.Elapsed.TotalSeconds, 1e-9);
        cli.Console.WriteLine(FormattableString.Invariant($"{finished:N0} run(s), {shown.CustomerWeeks:N0} customer-weeks in {shown.Elapsed.TotalSeconds:0.0} s ({shown.CustomerWeeks / seconds:N0}/s)."));
        if (kept < total)
        {
            cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant($"Stopped: {kept:N0} of {total:N0} runs are done and kept in {runsFile}.")));
            // Written as is, never wrapped: it is meant to be copied.
            var writer = cli.Console.Profile.Out.Writer;
            writer.WriteLine("Resume with:");
            writer.WriteLine($"  cxsim sweep {Quote(manifest.ScenarioArgument)} --resume {Quote(directory)}");
            writer.Flush();
            return ExitCodes.Interrupted;
        }

        var (points, charts) = SweepOutputs.Write(directory, manifest, loaded.Description, design, runs, DateTimeOffset.Now, CancellationToken.None);
        cli.Console.Write(BestPoints(design, points, outcome));
        foreach (var chart in charts)
        {
            cli.Console.WriteLine($"Chart:   {Path.Combine(directory, chart.PngFile)}");
        }

        cli.Console.WriteLine($"Results: {directory}");
        cli.Console.WriteLine($"Report:  {Path.Combine(directory, SweepReportWriter.FileName)}");
        return ExitCodes.Success;
    }

    private static SweepManifest? ReadManifest(CliContext cli, string directory)
    {
        if (!Directory.Exists(directory))
        {
            cli.InvalidInput($"--resume {directory}: no such folder; give the folder of a sweep, e.g. results/sweeps/<scenario>/<run-id>.");
            return null;
        }

        var path = Path.Combine(directory, SweepManifest.FileName);
        if (!File.Exists(path))
        {
            cli.InvalidInput($"--resume {directory}: no {SweepManifest.FileName} there; give the folder of a sweep, e.g. results/sweeps/<scenario>/<run-id>.");
            return null;
        }

        try
        {
            return SweepManifest.Parse(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            cli.InvalidInput($"--resume {directory}: {e.Message}");
            return null;
        }
    }

    private static SweepJournal? OpenJournal(CliContext cli, string path, SweepDesign design, int replicates, string? resume)
    {
        try
        {
            return SweepJournal.Open(path, design, replicates);
        }
        catch (InvalidDataException e)
        {
            cli.InvalidInput($"--resume {resume}: {e.Message}");
            return null;
        }
    }

    private static Table BestPoints(SweepDesign design, IReadOnlyList<SweepPointSummary> points, SweepFigure outcome)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape("Best points by " + outcome.Label.ToLowerInvariant())) };
        table.AddColumn(new TableColumn("point").RightAligned());
        foreach (var path in design.Paths)
        {
            table.AddColumn(new TableColumn(Markup.Escape(path)).RightAligned());
        }

        table.AddColumn(new TableColumn(Markup.Escape(outcome.AxisTitle)).RightAligned());
        table.AddColumn(new TableColumn("95% interval").RightAligned());
        string Show(double v) => double.IsFinite(v) ? (v * outcome.ChartScale).ToString(outcome.Format, CultureInfo.InvariantCulture) : "n/a";
        foreach (var p in points.Where(p => double.IsFinite(p.Of(outcome).Mean)).OrderByDescending(p => p.Of(outcome).Mean).ThenBy(p => p.Point.Id).Take(5))
        {
            var interval = p.Of(outcome);
            table.AddRow([
                p.Point.Id.ToString(CultureInfo.InvariantCulture),
                .. p.Point.Values.Select(DesignPoint.FormatValue),
                Show(interval.Mean),
                double.IsFinite(interval.Lower) ? Show(interval.Lower) + " to " + Show(interval.Upper) : "n/a",
            ]);
        }

        return table;
    }

    private static ISweepProgress Both(ISweepProgress shown, ISweepProgress? extra) => extra is null ? shown : new Pair(shown, extra);

    private static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || "-_./:+=@,".Contains(c, StringComparison.Ordinal))
            ? text
            : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private sealed class Pair(ISweepProgress first, ISweepProgress second) : ISweepProgress
    {
        public void WeekDone(int customers)
        {
            first.WeekDone(customers);
            second.WeekDone(customers);
        }

        public void RunDone(SweepRun run)
        {
            first.RunDone(run);
            second.RunDone(run);
        }
    }
}
