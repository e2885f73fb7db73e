using System.CommandLine;
using System.Globalization;
using Simulator.Cli.Hosting;
using Simulator.Cli.Sweeps;
using Simulator.Cli.Terminal;
using Simulator.Experiments.Sensitivity;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Runs;
using Simulator.Reporting.Sensitivity;
using Simulator.Reporting.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim sensitivity SCENARIO --outcome OUT[,OUT...] [--method morris|sobol] [--parameters GLOB[,GLOB...]]
/// [--samples N] [--replicates R]</c>: which parameters an outcome hinges on, over their plausible ranges.
/// Runs the design's points like a sweep's (common random numbers, replicates averaged, every core,
/// resumable with <c>--resume DIR</c>) and writes results/sensitivity/&lt;scenario&gt;/&lt;run-id&gt;/ with
/// indices.csv, the Morris or Sobol charts, the tornado chart and report.html.
/// </summary>
public static class SensitivityCommand
{
    /// <summary>The folder under the results root that holds every analysis.</summary>
    public const string Folder = "sensitivity";

    /// <summary>The method unless told otherwise.</summary>
    public const SensitivityMethod DefaultMethod = SensitivityMethod.Morris;

    /// <summary>The method names <c>--method</c> accepts.</summary>
    public static IReadOnlyList<string> MethodNames { get; } = ["morris", "sobol"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "A scenario file, or the name of a shipped scenario (see 'cxsim scenarios')." };
        var outcome = new Option<string[]>("--outcome")
        {
            Description = $"The outcomes analysed, comma-separated or repeated: {string.Join(", ", SweepFigures.OutcomeNames)} (default: retention104, nps and customersAtEnd, as the run's length allows).",
            AllowMultipleArgumentsPerToken = false,
        };
        var method = new Option<string?>("--method", "-m") { Description = "morris (default: elementary effects, to screen many parameters) or sobol (variance shares with intervals, for at most " + SensitivityDesign.MaxSobolParameters + ")." };
        method.AcceptOnlyFromAmong([.. MethodNames]);
        var parameters = new Option<string[]>("--parameters", "-p")
        {
            Description = $"The parameters studied, as globs over the paths of 'cxsim parameters' (* matches anything), comma-separated or repeated; default {SensitivityParameters.DefaultGlob} (every coefficient of the rules). Each moves over its plausible range.",
            AllowMultipleArgumentsPerToken = false,
        };
        var samples = new Option<int?>("--samples") { Description = $"Morris: trajectories (default {SensitivityDesign.DefaultTrajectories}; d + 1 runs each). Sobol: N (default {SensitivityDesign.DefaultSobolSamples}; N (d + 2) runs)." };
        var levels = new Option<int?>("--levels") { Description = $"Morris: levels of the grid (even; default {SensitivityDesign.DefaultLevels})." };
        var engine = new Option<string?>("--engine", "-e") { Description = "reference (default: one run per core) or orleans (one run at a time over an embedded silo); same numbers." };
        engine.AcceptOnlyFromAmong([.. EngineKinds.Names]);
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives sensitivity/<scenario>/<run-id>/.", DefaultValueFactory = _ => "results" };
        var resume = new Option<string?>("--resume") { Description = "Continue the analysis in this folder (results/sensitivity/<scenario>/<run-id>); options left out are the analysis' own." };
        var verbose = new Option<bool>("--verbose") { Description = "Show Orleans' logs." };
        var runOptions = new RunOptions();
        var clusterOptions = new ClusterCliOptions(required: false);
        var command = new Command("sensitivity", "Which parameters an outcome hinges on: Morris screening or Sobol indices over the plausible ranges, and a tornado of one-at-a-time swings.") { scenarioArgument };
        command.Options.Add(outcome);
        command.Options.Add(method);
        command.Options.Add(parameters);
        command.Options.Add(samples);
        command.Options.Add(levels);
        runOptions.AddTo(command, withReplicates: true);
        command.Options.Add(engine);
        command.Options.Add(output);
        command.Options.Add(resume);
        command.Options.Add(verbose);
        clusterOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            cli,
            new SensitivityRequest(
                parse.GetRequiredValue(scenarioArgument),
                Split(parse.GetValue(outcome)),
                parse.GetValue(method),
                Split(parse.GetValue(parameters)),
                parse.GetValue(samples),
                parse.GetValue(levels),
                runOptions.Read(parse),
                parse.GetValue(engine),
                parse.GetValue(output)!,
                parse.GetValue(resume),
                parse.GetValue(verbose),
                clusterOptions.Read(parse)),
            cancellationToken));
        return command;
    }

    /// <summary>The default outcomes for runs of <paramref name="weeks"/> weeks.</summary>
    public static IReadOnlyList<string> DefaultOutcomes(int weeks) => [SweepFigures.DefaultOutcome(weeks), .. new[] { "nps", "customersAtEnd" }.Where(o => o != SweepFigures.DefaultOutcome(weeks))];

    /// <summary>Runs (or resumes) the analysis, writes its outputs and summarises it; returns the exit code.</summary>
    public static Task<int> ExecuteAsync(CliContext cli, SensitivityRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(cli, request, progress: null, cancellationToken);

    /// <summary>As <see cref="ExecuteAsync(CliContext, SensitivityRequest, CancellationToken)"/>, also telling <paramref name="progress"/> of every run.</summary>
    internal static async Task<int> ExecuteAsync(CliContext cli, SensitivityRequest request, ISweepProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(request);
        var analysis = Prepare(cli, request);
        if (analysis is null)
        {
            return ExitCodes.InvalidInput;
        }

        var manifest = analysis.Requested;
        string directory;
        if (analysis.Recorded is { } recorded)
        {
            if (!SweepCommand.SameRun(cli, request.Resume!, recorded.Differences(analysis.Requested), "analysis"))
            {
                return ExitCodes.InvalidInput;
            }

            directory = request.Resume!;
            manifest = recorded with { Engine = analysis.Requested.Engine, Outcomes = analysis.Requested.Outcomes };
        }
        else
        {
            directory = SweepDirectory.Create(request.ResultsRoot, Folder, manifest.Scenario, RunInfo.CreateRunId(manifest.StartedAt, manifest.Seed), SensitivityManifest.FileName, manifest.ToJson(), SweepRunsCsv.Header(analysis.Design.Sweep), "sensitivity analysis");
        }

        var plan = analysis.Plan;
        var runsFile = Path.Combine(directory, SweepRunsCsv.FileName);
        SweepProgress shown;
        using (var journal = SweepCommand.OpenJournal(cli, runsFile, plan.Design, plan.Replicates, request.Resume))
        {
            if (journal is null)
            {
                return ExitCodes.InvalidInput;
            }

            var todo = plan.Missing(journal.Finished);
            var total = plan.Design.Points.Count * plan.Replicates;
            var scenario = plan.Scenario;
            cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"{scenario.Name}: sensitivity of {string.Join(", ", manifest.Outcomes)} to {analysis.Design.Parameters.Count} parameter(s) over their plausible ranges; {analysis.Design.Describe()} x {plan.Replicates} replicate(s) = {total:N0} runs; {scenario.Customers:N0} customers x {scenario.Weeks} weeks (after {scenario.BurnInWeeks} burn-in weeks), seed {scenario.Seed}, engine {manifest.Engine}")));
            cli.Console.WriteLine(analysis.Recorded is null
                ? $"Analysis folder: {directory}"
                : FormattableString.Invariant($"Resuming {directory}: {total - todo.Count:N0} of {total:N0} runs already done."));
            try
            {
                (_, shown) = await SweepProgress.ShowAsync(cli.Console, todo.Count, scenario.BurnInWeeks + scenario.Weeks, p =>
                    EngineHost.WithEngineAsync(analysis.Engine, request.Verbose, engine =>
                        SweepRunner.RunAsync(engine, plan, todo, journal.Append, SweepCommand.Both(p, progress), cancellationToken), request.Cluster));
            }
            catch (ClusterUnavailableException e)
            {
                cli.Error.WriteLine($"error: {e.Message} The analysis in {directory} can be resumed once the cluster is up with: --resume {directory} --redis {request.Cluster!.Redis} --cluster-id {request.Cluster.ClusterId} --service-id {request.Cluster.ServiceId}.");
                return ExitCodes.Failure;
            }
        }

        var runs = SweepRunsCsv.Parse(await File.ReadAllTextAsync(runsFile, CancellationToken.None), plan.Design, plan.Replicates);
        var kept = SweepRun.Distinct(runs).Count;
        var all = plan.Design.Points.Count * plan.Replicates;
        var seconds = Math.Max(shown.Elapsed.TotalSeconds, 1e-9);
        cli.Console.WriteLine(FormattableString.Invariant($"{shown.Runs:N0} run(s), {shown.CustomerWeeks:N0} customer-weeks in {shown.Elapsed.TotalSeconds:0.0} s ({shown.CustomerWeeks / seconds:N0}/s)."));
        var complete = kept == all;
        if (!complete)
        {
            var finished = SweepPointSummary.Of(plan.Design, runs).Select(p => p.Replicates >= plan.Replicates).ToArray();
            var usable = SensitivityAnalysis.Usable(analysis.Design, finished);
            var what = analysis.Design.Method == SensitivityMethod.Morris ? "trajectories" : "base samples";
            cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant($"Stopped: {kept:N0} of {all:N0} runs are done and kept in {runsFile}; {usable} of {analysis.Design.Samples} {what} finished.")));
            if (usable < (analysis.Design.Method == SensitivityMethod.Morris ? 2 : 4))
            {
                return SweepCommand.PrintResume(cli, ["cxsim", "sensitivity", manifest.ScenarioArgument, "--resume", directory]);
            }

            cli.Console.WriteLine($"Indices of what finished, marked INCOMPLETE, in {directory}.");
        }

        var (results, charts) = SensitivityOutputs.Write(directory, manifest, analysis.Loaded.Description, analysis.Design, runs, DateTimeOffset.Now, complete, CancellationToken.None);
        if (!complete)
        {
            return SweepCommand.PrintResume(cli, ["cxsim", "sensitivity", manifest.ScenarioArgument, "--resume", directory]);
        }

        foreach (var result in results)
        {
            cli.Console.Write(Summary(analysis.Design, result));
        }

        foreach (var chart in charts)
        {
            cli.Console.WriteLine($"Chart:   {Path.Combine(directory, chart.PngFile)}");
        }

        cli.Console.WriteLine($"Indices: {Path.Combine(directory, SensitivityIndicesCsv.FileName)}");
        cli.Console.WriteLine($"Report:  {Path.Combine(directory, SensitivityReportWriter.FileName)}");
        return ExitCodes.Success;
    }

    // Everything the analysis needs, read from the request and, when resuming, the analysis' own manifest.
    private static Analysis? Prepare(CliContext cli, SensitivityRequest request)
    {
        var problem = request.Settings.Problems().FirstOrDefault();
        if (problem is not null)
        {
            cli.InvalidInput(problem);
            return null;
        }

        SensitivityManifest? recorded = null;
        if (request.Resume is { } resumeDirectory
            && (recorded = SweepCommand.ReadManifest(cli, resumeDirectory, SensitivityManifest.FileName, SensitivityManifest.Parse, "sensitivity analysis", "results/sensitivity/<scenario>/<run-id>")) is null)
        {
            return null;
        }

        var loaded = ScenarioResolver.Load(request.Scenario, cli);
        if (loaded is null)
        {
            return null;
        }

        var settings = request.Settings;
        var (scenario, changes) = SweepCommand.ApplyResumed(cli, loaded, settings, recorded?.Customers, recorded?.Weeks, recorded?.Seed, recorded?.BurnInWeeks, recorded?.Set);
        if (scenario is null)
        {
            return null;
        }

        var methodName = request.Method ?? recorded?.Method ?? MethodNames[(int)DefaultMethod];
        if (!MethodNames.Contains(methodName))
        {
            cli.InvalidInput($"--resume {request.Resume}: {SensitivityManifest.FileName} names the method '{methodName}'; allowed: {string.Join(", ", MethodNames)}.");
            return null;
        }

        var method = (SensitivityMethod)MethodNames.ToList().IndexOf(methodName);
        var outcomes = request.Outcomes.Count > 0 ? request.Outcomes : recorded?.Outcomes ?? DefaultOutcomes(scenario.Weeks);
        foreach (var name in outcomes)
        {
            if (!SweepFigures.OutcomeNames.Contains(name))
            {
                cli.InvalidInput($"--outcome {name} is not known; allowed: {string.Join(", ", SweepFigures.OutcomeNames)}.");
                return null;
            }

            if (!SweepCommand.OutcomeFits(cli, name, scenario.Weeks, "analysis"))
            {
                return null;
            }
        }

        var globs = request.Parameters.Count > 0 ? request.Parameters : recorded?.Parameters ?? [SensitivityParameters.DefaultGlob];
        var samples = request.Samples ?? recorded?.Samples ?? (method == SensitivityMethod.Morris ? SensitivityDesign.DefaultTrajectories : SensitivityDesign.DefaultSobolSamples);
        var levels = request.Levels ?? recorded?.Levels ?? SensitivityDesign.DefaultLevels;
        SensitivityDesign design;
        try
        {
            design = SensitivityDesign.Create(method, SensitivityParameters.Select(scenario, globs), samples, levels, scenario.Seed);
        }
        catch (SensitivitySpecException e)
        {
            cli.InvalidInput(e.Message);
            return null;
        }

        var problems = design.Problems(scenario);
        if (problems.Count > 0)
        {
            cli.InvalidInput(problems[0]);
            return null;
        }

        var replicates = settings.Replicates ?? recorded?.Replicates ?? 1;
        if (SweepCommand.EngineOf(cli, request.Engine, recorded?.Engine, request.Resume, SensitivityManifest.FileName, request.Cluster) is not { } engine)
        {
            return null;
        }

        var requested = new SensitivityManifest(
            SensitivityManifest.CurrentFormat,
            scenario.Name,
            scenario.SourceFile is null ? null : Path.GetFullPath(scenario.SourceFile),
            request.Scenario,
            ScenarioFingerprint.Of(scenario),
            [.. changes],
            methodName,
            [.. globs],
            [.. design.Parameters.Select(p => p.Path)],
            samples,
            levels,
            scenario.Seed,
            replicates,
            scenario.Customers,
            scenario.Weeks,
            scenario.BurnInWeeks,
            engine,
            [.. outcomes],
            DateTimeOffset.Now,
            RunInfo.DefaultProductVersion);
        return new Analysis(loaded, design, new SweepPlan(scenario, design.Sweep, replicates), EngineKinds.Parse(engine), recorded, requested);
    }

    // The ten most important parameters of one outcome.
    private static Table Summary(SensitivityDesign design, OutcomeSensitivity result)
    {
        var outcome = result.Outcome;
        string Show(double v) => double.IsFinite(v) ? (v * outcome.ChartScale).ToString(outcome.Format == "#,0" ? "#,0.#" : "0.00", CultureInfo.InvariantCulture) : "n/a";
        string Share(SensitivityIndex i) => double.IsFinite(i.Value) ? FormattableString.Invariant($"{i.Value:0.00} [{i.Lower:0.00}, {i.Upper:0.00}]") : "n/a";
        var table = new Table { Title = new TableTitle(Markup.Escape($"{outcome.AxisTitle}: {Show(result.Base)} at the scenario's values; the parameters it hinges on most")) };
        table.AddColumn("parameter");
        if (result.Morris is not null)
        {
            table.AddColumn(new TableColumn("mu*").RightAligned());
            table.AddColumn(new TableColumn("sigma").RightAligned());
        }

        if (result.Sobol is not null)
        {
            table.AddColumn(new TableColumn(Markup.Escape("S_i [95%]")).RightAligned());
            table.AddColumn(new TableColumn(Markup.Escape("ST_i [95%]")).RightAligned());
        }

        table.AddColumn(new TableColumn("at min").RightAligned());
        table.AddColumn(new TableColumn("at max").RightAligned());
        foreach (var i in SensitivityReportWriter.Ranked(result).Take(10))
        {
            var cells = new List<string> { design.Parameters[i].Path };
            if (result.Morris is { } m)
            {
                cells.Add(Show(m[i].MuStar));
                cells.Add(Show(m[i].Sigma));
            }

            if (result.Sobol is { } s)
            {
                cells.Add(Share(s.FirstOrder[i]));
                cells.Add(Share(s.Total[i]));
            }

            cells.Add(Show(result.Tornado[i].AtLow));
            cells.Add(Show(result.Tornado[i].AtHigh));
            table.AddRow([.. cells.Select(Markup.Escape)]);
        }

        if (result.Problem is { } problem)
        {
            table.Caption = new TableTitle(Markup.Escape(problem));
        }

        return table;
    }

    private static IReadOnlyList<string> Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    // What Prepare read: the scenario as loaded, the design and its plan, the engine, and the manifests.
    private sealed record Analysis(Scenario Loaded, SensitivityDesign Design, SweepPlan Plan, EngineKind Engine, SensitivityManifest? Recorded, SensitivityManifest Requested);
}
