using System.CommandLine;
using System.Globalization;
using Simulator.Cli.Hosting;
using Simulator.Cli.Sweeps;
using Simulator.Cli.Terminal;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Engine;
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
    public const EngineKind DefaultEngine = EngineKind.Reference;

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
        var engine = new Option<string?>("--engine", "-e") { Description = "reference (default: one run per core) or orleans (one run at a time over an embedded silo); same numbers." };
        engine.AcceptOnlyFromAmong([.. EngineKinds.Names]);
        var outcome = new Option<string?>("--outcome") { Description = "The figure charted (default retention104, or retention52 / nps for shorter runs)." };
        outcome.AcceptOnlyFromAmong([.. SweepFigures.OutcomeNames]);
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives sweeps/<scenario>/<run-id>/.", DefaultValueFactory = _ => "results" };
        var resume = new Option<string?>("--resume") { Description = "Continue the sweep in this folder (results/sweeps/<scenario>/<run-id>); options left out are the sweep's own." };
        var verbose = new Option<bool>("--verbose") { Description = "Show Orleans' logs." };
        var runOptions = new RunOptions();
        var clusterOptions = new ClusterCliOptions(required: false);
        var command = new Command("sweep", "Run a scenario over a grid or Latin hypercube of parameter values and chart an outcome against them.") { scenarioArgument };
        command.Options.Add(vary);
        command.Options.Add(lhs);
        runOptions.AddTo(command, withReplicates: true);
        command.Options.Add(engine);
        command.Options.Add(outcome);
        command.Options.Add(output);
        command.Options.Add(resume);
        command.Options.Add(verbose);
        clusterOptions.AddTo(command);
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
                parse.GetValue(verbose),
                clusterOptions.Read(parse)),
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
        var sweep = Prepare(cli, request);
        if (sweep is null)
        {
            return ExitCodes.InvalidInput;
        }

        var (directory, manifest) = sweep.Recorded is null ? Create(request, sweep) : (request.Resume!, sweep.Recorded with { Engine = sweep.Requested.Engine, Outcome = sweep.Requested.Outcome });
        if (sweep.Recorded is not null && !SameSweep(cli, request, sweep.Recorded, sweep.Requested))
        {
            return ExitCodes.InvalidInput;
        }

        var runsFile = Path.Combine(directory, SweepRunsCsv.FileName);
        SweepProgress? ran;
        try
        {
            ran = await RunMissingAsync(cli, request, sweep, directory, runsFile, progress, cancellationToken);
        }
        catch (ClusterUnavailableException e)
        {
            cli.Error.WriteLine($"error: {e.Message} The sweep in {directory} can be resumed once the cluster is up with: --resume {directory} --redis {request.Cluster!.Redis} --cluster-id {request.Cluster.ClusterId} --service-id {request.Cluster.ServiceId}.");
            return ExitCodes.Failure;
        }

        if (ran is not { } shown)
        {
            return ExitCodes.InvalidInput;
        }

        var runs = SweepRunsCsv.Parse(await File.ReadAllTextAsync(runsFile, CancellationToken.None), sweep.Plan.Design, sweep.Plan.Replicates);
        return Finish(cli, sweep, manifest, directory, runsFile, runs, shown);
    }

    // Everything the sweep needs, read from the request and, when resuming, the sweep's own manifest.
    private static Sweep? Prepare(CliContext cli, SweepRequest request)
    {
        var problem = request.Settings.Problems().FirstOrDefault();
        if (problem is not null)
        {
            cli.InvalidInput(problem);
            return null;
        }

        SweepManifest? recorded = null;
        if (request.Resume is { } resumeDirectory && (recorded = ReadManifest(cli, resumeDirectory)) is null)
        {
            return null;
        }

        var loaded = ScenarioResolver.Load(request.Scenario, cli);
        if (loaded is null)
        {
            return null;
        }

        var settings = request.Settings;
        var (scenario, changes) = ApplyResumed(cli, loaded, settings, recorded?.Customers, recorded?.Weeks, recorded?.Seed, recorded?.BurnInWeeks, recorded?.Set);
        if (scenario is null)
        {
            return null;
        }

        var design = Design(cli, request, recorded, scenario);
        if (design is null)
        {
            return null;
        }

        var outcomeName = request.Outcome ?? recorded?.Outcome ?? SweepFigures.DefaultOutcome(scenario.Weeks);
        var outcome = SweepFigures.ByOutcome(outcomeName);
        if (!OutcomeFits(cli, outcomeName, scenario.Weeks, "sweep"))
        {
            return null;
        }

        var replicates = settings.Replicates ?? recorded?.Replicates ?? 1;
        if (EngineOf(cli, request.Engine, recorded?.Engine, request.Resume, SweepManifest.FileName, request.Cluster) is not { } engine)
        {
            return null;
        }

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
            engine,
            outcomeName,
            DateTimeOffset.Now,
            RunInfo.DefaultProductVersion,
            SweepManifest.PointsOf(design));
        return new Sweep(loaded, new SweepPlan(scenario, design, replicates), EngineKinds.Parse(engine), outcome, recorded, requested);
    }

    private static SweepDesign? Design(CliContext cli, SweepRequest request, SweepManifest? recorded, Scenario scenario)
    {
        SweepDesign design;
        try
        {
            design = SweepDesign.Create(request.Vary.Count > 0 ? request.Vary : recorded?.Vary ?? [], request.LatinHypercube ?? recorded?.LhsPoints, scenario.Seed);
        }
        catch (SweepSpecException e)
        {
            cli.InvalidInput(e.Message);
            return null;
        }

        var problems = design.Problems(scenario);
        if (problems.Count == 0)
        {
            return design;
        }

        foreach (var message in problems.Skip(1))
        {
            cli.Error.WriteLine("error: " + message);
        }

        cli.InvalidInput(problems[0]);
        return null;
    }

    private static (string Directory, SweepManifest Manifest) Create(SweepRequest request, Sweep sweep) =>
        (SweepDirectory.Create(request.ResultsRoot, RunInfo.CreateRunId(sweep.Requested.StartedAt, sweep.Plan.Scenario.Seed), sweep.Requested, SweepRunsCsv.Header(sweep.Plan.Design)), sweep.Requested);

    // A sweep is resumed only with the settings it was started with (engine and outcome aside: they do not change the runs).
    private static bool SameSweep(CliContext cli, SweepRequest request, SweepManifest recorded, SweepManifest requested)
    {
        return SameRun(cli, request.Resume!, recorded.Differences(requested), "sweep");
    }

    /// <summary>
    /// Whether a resumed <paramref name="what"/> (sweep, analysis, optimisation) is asked for as it was started: when
    /// <paramref name="differences"/> is not empty, says each and how to resume instead, and returns false.
    /// </summary>
    internal static bool SameRun(CliContext cli, string resume, IReadOnlyList<string> differences, string what)
    {
        if (differences.Count == 0)
        {
            return true;
        }

        cli.Error.WriteLine($"error: cannot resume {resume}: it holds a different {what}.");
        foreach (var difference in differences)
        {
            cli.Error.WriteLine("  " + difference);
        }

        cli.Error.WriteLine($"Leave those options out to resume the {what} as it was, or leave out --resume to start a new one.");
        return false;
    }

    // Runs what runs.csv does not hold yet, appending each run as it finishes; null when runs.csv is not this sweep's.
    private static async Task<SweepProgress?> RunMissingAsync(CliContext cli, SweepRequest request, Sweep sweep, string directory, string runsFile, ISweepProgress? progress, CancellationToken cancellationToken)
    {
        var plan = sweep.Plan;
        using var journal = OpenJournal(cli, runsFile, plan.Design, plan.Replicates, request.Resume);
        if (journal is null)
        {
            return null;
        }

        var todo = plan.Missing(journal.Finished);
        var total = plan.Design.Points.Count * plan.Replicates;
        var engineText = sweep.Engine == EngineKind.Orleans
            ? request.Cluster is { } cluster ? $"orleans (one run at a time over cluster '{cluster.ClusterId}', Redis {cluster.Redis})" : "orleans (one run at a time over an embedded silo)"
            : FormattableString.Invariant($"reference ({new ReferenceEngine().Parallelism} runs at a time)");
        var scenario = plan.Scenario;
        cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"{scenario.Name}: sweep of {string.Join(", ", plan.Design.Paths)} ({plan.Design.Describe()}) x {plan.Replicates} replicate(s) = {total:N0} runs; {scenario.Customers:N0} customers x {scenario.Weeks} weeks (after {scenario.BurnInWeeks} burn-in weeks), seed {scenario.Seed}, engine {engineText}")));
        cli.Console.WriteLine(sweep.Recorded is null
            ? $"Sweep folder: {directory}"
            : FormattableString.Invariant($"Resuming {directory}: {total - todo.Count:N0} of {total:N0} runs already done."));

        var (_, shown) = await SweepProgress.ShowAsync(cli.Console, todo.Count, scenario.BurnInWeeks + scenario.Weeks, p =>
            EngineHost.WithEngineAsync(sweep.Engine, request.Verbose, engine =>
                SweepRunner.RunAsync(engine, plan, todo, journal.Append, Both(p, progress), cancellationToken), request.Cluster));
        return shown;
    }

    // Prints how to resume a stopped sweep, or writes the outputs of a finished one.
    private static int Finish(CliContext cli, Sweep sweep, SweepManifest manifest, string directory, string runsFile, IReadOnlyList<SweepRun> runs, SweepProgress shown)
    {
        var total = sweep.Plan.Design.Points.Count * sweep.Plan.Replicates;
        var kept = SweepRun.Distinct(runs).Count;
        var seconds = Math.Max(shown.Elapsed.TotalSeconds, 1e-9);
        cli.Console.WriteLine(FormattableString.Invariant($"{shown.Runs:N0} run(s), {shown.CustomerWeeks:N0} customer-weeks in {shown.Elapsed.TotalSeconds:0.0} s ({shown.CustomerWeeks / seconds:N0}/s)."));
        if (kept < total)
        {
            cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant($"Stopped: {kept:N0} of {total:N0} runs are done and kept in {runsFile}.")));
            return PrintResume(cli, ["cxsim", "sweep", manifest.ScenarioArgument, "--resume", directory]);
        }

        var (points, charts) = SweepOutputs.Write(directory, manifest, sweep.Loaded.Description, sweep.Plan.Design, runs, DateTimeOffset.Now, CancellationToken.None);
        cli.Console.Write(BestPoints(sweep.Plan.Design, points, sweep.Outcome));
        foreach (var chart in charts)
        {
            cli.Console.WriteLine($"Chart:   {Path.Combine(directory, chart.PngFile)}");
        }

        cli.Console.WriteLine($"Results: {directory}");
        cli.Console.WriteLine($"Report:  {Path.Combine(directory, SweepReportWriter.FileName)}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The scenario with the run settings applied, each left out taken from the resumed run's record
    /// (one replicate: the runner chooses replicates); null, the error said, when a <c>--set</c> is wrong.
    /// </summary>
    internal static (Scenario? Scenario, IReadOnlyList<string> Changes) ApplyResumed(
        CliContext cli, Scenario loaded, RunSettings settings, int? customers, int? weeks, ulong? seed, int? burnInWeeks, IReadOnlyList<string>? set)
    {
        var changes = settings.Settings is { Count: > 0 } given ? given : set ?? [];
        var scenario = new RunSettings(
            settings.Customers ?? customers,
            settings.Weeks ?? weeks,
            settings.Seed ?? seed,
            Replicates: 1,
            settings.BurnInWeeks ?? burnInWeeks,
            changes).TryApplyTo(loaded, cli);
        return (scenario, changes);
    }

    /// <summary>
    /// The engine asked for, else the Orleans engine on a cluster, else the resumed run's, else the default;
    /// null (the error said) when a resumed description names an engine this version does not know, or
    /// the engine cannot run on <paramref name="cluster"/> (the reference engine asked for with --redis).
    /// </summary>
    internal static string? EngineOf(CliContext cli, string? requested, string? recorded, string? resume, string manifestFile, Grains.Hosting.RedisClusterOptions? cluster = null)
    {
        var engine = requested ?? (cluster is null ? null : EngineKinds.Name(EngineKind.Orleans)) ?? recorded ?? EngineKinds.Name(DefaultEngine);
        if (EngineKinds.Names.Contains(engine))
        {
            if (EngineHost.ClusterProblem(EngineKinds.Parse(engine), cluster) is { } problem)
            {
                cli.InvalidInput(problem);
                return null;
            }

            return engine;
        }

        cli.InvalidInput($"--resume {resume}: {manifestFile} names the engine '{engine}'; allowed: {string.Join(", ", EngineKinds.Names)} (or give --engine).");
        return null;
    }

    /// <summary>Whether runs of <paramref name="weeks"/> weeks are long enough for <c>--outcome</c> <paramref name="name"/>; if not, says so and what is allowed.</summary>
    internal static bool OutcomeFits(CliContext cli, string name, int weeks, string what)
    {
        var outcome = SweepFigures.ByOutcome(name);
        if (weeks >= outcome.MinimumWeeks)
        {
            return true;
        }

        var possible = SweepFigures.All.Where(f => f.Outcome is not null && f.MinimumWeeks <= weeks).Select(f => f.Outcome);
        cli.InvalidInput(FormattableString.Invariant($"--outcome {name} needs runs of at least {outcome.MinimumWeeks} weeks, and this {what} runs {weeks} (--weeks); allowed: {string.Join(", ", possible)}."));
        return false;
    }

    /// <summary>Prints the command that resumes a stopped run of many runs; returns the exit code of an interrupted one.</summary>
    internal static int PrintResume(CliContext cli, IReadOnlyList<string> command)
    {
        // Written as is, never wrapped: it is meant to be copied.
        var writer = cli.Console.Profile.Out.Writer;
        writer.WriteLine("Resume with:");
        writer.WriteLine("  " + ShellQuote.Command(command));
        writer.Flush();
        return ExitCodes.Interrupted;
    }

    private static SweepManifest? ReadManifest(CliContext cli, string directory) =>
        ReadManifest(cli, directory, SweepManifest.FileName, SweepManifest.Parse, "sweep", "results/sweeps/<scenario>/<run-id>");

    /// <summary>
    /// Reads the description <paramref name="fileName"/> of the <paramref name="what"/> in <paramref name="directory"/>
    /// for <c>--resume</c>; null (the error said) when the folder or the file is missing or damaged.
    /// </summary>
    internal static T? ReadManifest<T>(CliContext cli, string directory, string fileName, Func<string, T> parse, string what, string example)
        where T : class
    {
        if (!Directory.Exists(directory))
        {
            cli.InvalidInput($"--resume {directory}: no such folder; give the folder of a {what}, e.g. {example}.");
            return null;
        }

        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            cli.InvalidInput($"--resume {directory}: no {fileName} there; give the folder of a {what}, e.g. {example}.");
            return null;
        }

        try
        {
            return parse(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            cli.InvalidInput($"--resume {directory}: {e.Message}");
            return null;
        }
    }

    /// <summary>Opens runs.csv for appending; null (the error said) when it belongs to another design or is damaged.</summary>
    internal static SweepJournal? OpenJournal(CliContext cli, string path, SweepDesign design, int replicates, string? resume)
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

    /// <summary>Tells both, or only <paramref name="shown"/> when there is no <paramref name="extra"/>.</summary>
    internal static ISweepProgress Both(ISweepProgress shown, ISweepProgress? extra) => extra is null ? shown : new Pair(shown, extra);

    // What Prepare read: the scenario as loaded, the plan, the engine, the charted figure, and the manifests.
    private sealed record Sweep(Scenario Loaded, SweepPlan Plan, EngineKind Engine, SweepFigure Outcome, SweepManifest? Recorded, SweepManifest Requested);

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
