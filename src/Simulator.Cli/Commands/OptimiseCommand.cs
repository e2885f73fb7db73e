using System.CommandLine;
using System.Globalization;
using Simulator.Cli.Hosting;
using Simulator.Cli.Sweeps;
using Simulator.Cli.Terminal;
using Simulator.Experiments.Optimisation;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Optimisation;
using Simulator.Reporting.Runs;
using Simulator.Reporting.Sweeps;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim optimise SCENARIO --levers PATH[,PATH...] [--bounds PATH=LO:HI] --objective OUT[,OUT] [--constraint "OUT&gt;=X"]...
/// [--budget B] [--replicates R] [--max-evaluations N]</c>: the best policy under constraints. CMA-ES over the levers'
/// bounds, every candidate on the same replicates; the best re-evaluated on fresh replicates with paired intervals
/// against the start; two objectives give a Pareto front. Writes results/optimise/&lt;scenario&gt;/&lt;run-id&gt;/ with
/// optimised.json, evaluations.csv, the charts and report.html; every core; resumable with <c>--resume DIR</c>.
/// </summary>
public static class OptimiseCommand
{
    /// <summary>The folder under the results root that holds every optimisation.</summary>
    public const string Folder = "optimise";

    /// <summary>The objective unless told otherwise.</summary>
    public const string DefaultObjective = "profit";

    /// <summary>The outcomes <c>--objective</c> and <c>--constraint</c> accept.</summary>
    public static IReadOnlyList<string> ObjectiveNames { get; } = ["profit", "equity", "retention104", "nps", "customersAtEnd"];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "A scenario file, or the name of a shipped scenario (see 'cxsim scenarios')." };
        var levers = new Option<string[]>("--levers", "-l") { Description = "The settings to optimise, comma-separated or repeated (any path of 'cxsim parameters'; policy.LEVER is the focal brand's).", AllowMultipleArgumentsPerToken = false };
        var bounds = new Option<string[]>("--bounds") { Description = $"Bounds of a lever, {OptimisationLever.BoundsSyntax} (repeatable; default: the setting's allowed range).", AllowMultipleArgumentsPerToken = false };
        var objective = new Option<string[]>("--objective") { Description = $"The outcome to maximise: {string.Join(", ", ObjectiveNames)} (default {DefaultObjective}); two, comma-separated, give a Pareto front.", AllowMultipleArgumentsPerToken = false };
        var constraint = new Option<string[]>("--constraint", "-c") { Description = $"A condition every accepted policy meets on its mean: {OptimisationConstraint.Syntax} (repeatable; outcomes: {string.Join(", ", SweepFigures.OutcomeNames)}).", AllowMultipleArgumentsPerToken = false };
        var budget = new Option<string?>("--budget") { Description = "A ceiling on the focal brand's spending over the reported weeks (acquisition, service and experience levers; the 'spending' outcome): a number, or start for no more than the starting policy spends on the same replicates." };
        var maxEvaluations = new Option<int?>("--max-evaluations") { Description = $"The most candidates of the search, the start included (default {OptimisationProblem.DefaultMaxEvaluations})." };
        var freshReplicates = new Option<int?>("--fresh-replicates") { Description = $"Replicates the best candidates are run again on, never seen by the search (default {OptimisationProblem.DefaultFreshReplicates})." };
        var freshCandidates = new Option<int?>("--fresh-candidates") { Description = $"How many of the best candidates (or points of the front) are run again (default {OptimisationProblem.DefaultFreshCandidates})." };
        var population = new Option<int?>("--population") { Description = "CMA-ES candidates per generation (default 4 + 3 ln(levers))." };
        var elitist = new Option<bool>("--elitist") { Description = "Put the best candidate so far into every generation: a local search that keeps to good feasible points (useful when constraints leave a thin region around the start); explores less." };
        var engine = new Option<string?>("--engine", "-e") { Description = "reference (default: one run per core) or orleans (one run at a time over an embedded silo); same numbers." };
        engine.AcceptOnlyFromAmong([.. EngineKinds.Names]);
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives optimise/<scenario>/<run-id>/.", DefaultValueFactory = _ => "results" };
        var resume = new Option<string?>("--resume") { Description = "Continue the optimisation in this folder (results/optimise/<scenario>/<run-id>); options left out are the optimisation's own." };
        var verbose = new Option<bool>("--verbose") { Description = "Show Orleans' logs." };
        var runOptions = new RunOptions();
        var clusterOptions = new ClusterCliOptions(required: false);
        var command = new Command("optimise", "The best policy under constraints: CMA-ES over the levers on common random numbers, the winners checked on fresh replicates; two objectives give a Pareto front.") { scenarioArgument };
        command.Aliases.Add("optimize");
        command.Options.Add(levers);
        command.Options.Add(bounds);
        command.Options.Add(objective);
        command.Options.Add(constraint);
        command.Options.Add(budget);
        command.Options.Add(maxEvaluations);
        command.Options.Add(freshReplicates);
        command.Options.Add(freshCandidates);
        command.Options.Add(population);
        command.Options.Add(elitist);
        runOptions.AddTo(command, withReplicates: true);
        command.Options.Add(engine);
        command.Options.Add(output);
        command.Options.Add(resume);
        command.Options.Add(verbose);
        clusterOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            cli,
            new OptimiseRequest(
                parse.GetRequiredValue(scenarioArgument),
                Split(parse.GetValue(levers)),
                [.. parse.GetValue(bounds) ?? []],
                Split(parse.GetValue(objective)),
                [.. parse.GetValue(constraint) ?? []],
                parse.GetValue(budget),
                parse.GetValue(maxEvaluations),
                parse.GetValue(freshReplicates),
                parse.GetValue(freshCandidates),
                parse.GetValue(population),
                parse.GetValue(elitist),
                runOptions.Read(parse),
                parse.GetValue(engine),
                parse.GetValue(output)!,
                parse.GetValue(resume),
                parse.GetValue(verbose),
                clusterOptions.Read(parse)),
            cancellationToken));
        return command;
    }

    /// <summary>Runs (or resumes) the optimisation, writes its outputs and summarises it; returns the exit code.</summary>
    public static Task<int> ExecuteAsync(CliContext cli, OptimiseRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(cli, request, progress: null, cancellationToken);

    /// <summary>As <see cref="ExecuteAsync(CliContext, OptimiseRequest, CancellationToken)"/>, also telling <paramref name="progress"/> of every run.</summary>
    internal static async Task<int> ExecuteAsync(CliContext cli, OptimiseRequest request, ISweepProgress? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(cli, request);
        if (prepared is null)
        {
            return ExitCodes.InvalidInput;
        }

        var manifest = prepared.Requested;
        string directory;
        if (prepared.Recorded is { } recorded)
        {
            if (!SweepCommand.SameRun(cli, request.Resume!, recorded.Differences(prepared.Requested), "optimisation"))
            {
                return ExitCodes.InvalidInput;
            }

            directory = request.Resume!;
            manifest = recorded with { Engine = prepared.Requested.Engine };
        }
        else
        {
            directory = SweepDirectory.Create(request.ResultsRoot, Folder, manifest.Scenario, RunInfo.CreateRunId(manifest.StartedAt, manifest.Seed), OptimisationManifest.FileName, manifest.ToJson(), OptimisationRunsCsv.Header(Paths(prepared.Problem)), "optimisation");
        }

        var problem = prepared.Problem;
        var scenario = prepared.Scenario;
        OptimisationResult result;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var counter = new RunCounter(progress);
        OptimisationJournal journal;
        try
        {
            journal = OptimisationJournal.Open(Path.Combine(directory, OptimisationRunsCsv.FileName), Paths(problem));
        }
        catch (InvalidDataException e)
        {
            return cli.InvalidInput($"--resume {request.Resume}: {e.Message}");
        }

        using (journal)
        {
            var lambda = problem.Cma.PopulationSize ?? CmaEs.DefaultPopulationSize(problem.Levers.Count);
            cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
                $"{scenario.Name}: optimise {string.Join(" and ", problem.Objectives.Select(o => o.Outcome))}{(problem.Elitist ? " (elitist)" : string.Empty)} over {string.Join(", ", problem.Levers.Select(l => $"{l.Path} ({l.Lower}:{l.Upper})"))}{(problem.Constraints.Count > 0 ? " subject to " + string.Join(", ", problem.Constraints.Select(c => c.Text)) : string.Empty)}; CMA-ES, {lambda} candidates a generation, at most {problem.MaxEvaluations} candidates x {problem.Replicates} replicate(s), then the best {problem.FreshCandidates} on {problem.FreshReplicates} fresh replicates; {scenario.Customers:N0} customers x {scenario.Weeks} weeks (after {scenario.BurnInWeeks} burn-in weeks), seed {scenario.Seed}, engine {manifest.Engine}")));
            cli.Console.WriteLine(prepared.Recorded is null
                ? $"Optimisation folder: {directory}"
                : FormattableString.Invariant($"Resuming {directory}: {journal.FinishedCount:N0} run(s) already done."));
            var shown = new GenerationLines(cli, problem);
            try
            {
                result = await EngineHost.WithEngineAsync(prepared.Engine, request.Verbose, engine =>
                    PolicyOptimiser.RunAsync(problem, Evaluator(engine, scenario, problem, journal, counter, cancellationToken), shown, cancellationToken), request.Cluster);
            }
            catch (ClusterUnavailableException e)
            {
                cli.Error.WriteLine($"error: {e.Message} The optimisation in {directory} can be resumed once the cluster is up with: --resume {directory} --redis {request.Cluster!.Redis} --cluster-id {request.Cluster.ClusterId} --service-id {request.Cluster.ServiceId}.");
                return ExitCodes.Failure;
            }
        }

        var seconds = Math.Max(started.Elapsed.TotalSeconds, 1e-9);
        cli.Console.WriteLine(FormattableString.Invariant($"{counter.Runs:N0} run(s) made, {counter.CustomerWeeks:N0} customer-weeks in {started.Elapsed.TotalSeconds:0.0} s ({counter.CustomerWeeks / seconds:N0}/s); {result.Evaluations.Count} candidate(s) evaluated."));
        var (charts, files) = OptimisationOutputs.Write(directory, manifest, scenario, result, DateTimeOffset.Now, CancellationToken.None);
        if (!result.Complete)
        {
            cli.Console.WriteLine($"Stopped: every finished run is kept in {Path.Combine(directory, OptimisationRunsCsv.FileName)}; what finished is in {Path.Combine(directory, OptimisationReportWriter.FileName)}, marked INCOMPLETE.");
            return SweepCommand.PrintResume(cli, ["cxsim", "optimise", manifest.ScenarioArgument, "--resume", directory]);
        }

        cli.Console.Write(Summary(result));
        foreach (var warning in result.Warnings)
        {
            cli.Console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(warning));
        }

        foreach (var chart in charts)
        {
            cli.Console.WriteLine($"Chart:     {Path.Combine(directory, chart.PngFile)}");
        }

        foreach (var file in files)
        {
            cli.Console.WriteLine($"Scenario:  {Path.Combine(directory, file)} (run it with: cxsim run {Path.Combine(directory, file)})");
        }

        cli.Console.WriteLine($"Evaluated: {Path.Combine(directory, OptimisationEvaluationsCsv.FileName)}");
        cli.Console.WriteLine($"Report:    {Path.Combine(directory, OptimisationReportWriter.FileName)}");
        return ExitCodes.Success;
    }

    // Runs candidates over the engine, answering runs the journal already holds and appending every new one.
    private static CandidateEvaluator Evaluator(ISimulationEngine engine, Scenario scenario, OptimisationProblem problem, OptimisationJournal journal, RunCounter counter, CancellationToken cancellationToken) =>
        async (candidates, replicates, token) =>
        {
            var keys = candidates.Select(Evaluation.KeyOf).ToArray();
            var runs = new List<SweepRun>();
            var todo = new List<(int Point, int Replicate)>();
            for (var i = 0; i < candidates.Count; i++)
            {
                foreach (var r in replicates)
                {
                    if (journal.TryGet(keys[i], r, out var figures))
                    {
                        runs.Add(new SweepRun(i, r, figures));
                    }
                    else
                    {
                        todo.Add((i, r));
                    }
                }
            }

            if (todo.Count > 0)
            {
                var parameters = problem.Levers.Select(l => new SweepParameter(l.Path, l.Path, SweepParameterKind.Range, l.Lower, l.Upper, null, [])).ToArray();
                var plan = new SweepPlan(scenario, SweepDesign.Given(parameters, candidates), replicates.Max() + 1);
                var gate = new Lock();
                await SweepRunner.RunAsync(engine, plan, todo, run =>
                {
                    var written = journal.Append(candidates[run.Point], run);
                    lock (gate)
                    {
                        runs.Add(written);
                    }
                }, counter, token).ConfigureAwait(false);
                token.ThrowIfCancellationRequested();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return runs;
        };

    // Everything the optimisation needs, read from the request and, when resuming, the optimisation's own manifest.
    private static Prepared? Prepare(CliContext cli, OptimiseRequest request)
    {
        var problem = request.Settings.Problems().FirstOrDefault();
        if (problem is not null)
        {
            cli.InvalidInput(problem);
            return null;
        }

        OptimisationManifest? recorded = null;
        if (request.Resume is { } resumeDirectory
            && (recorded = SweepCommand.ReadManifest(cli, resumeDirectory, OptimisationManifest.FileName, OptimisationManifest.Parse, "optimisation", "results/optimise/<scenario>/<run-id>")) is null)
        {
            return null;
        }

        var loaded = ScenarioResolver.Load(request.Scenario, cli);
        if (loaded is null)
        {
            return null;
        }

        var (scenario, changes) = SweepCommand.ApplyResumed(cli, loaded, request.Settings, recorded?.Customers, recorded?.Weeks, recorded?.Seed, recorded?.BurnInWeeks, recorded?.Set);
        if (scenario is null)
        {
            return null;
        }

        // Resuming: the recorded levers, bounds, objectives and constraints unless given again.
        var leverPaths = request.Levers.Count > 0 ? request.Levers : recorded?.Bounds.Select(b => b[..b.IndexOf('=', StringComparison.Ordinal)]).ToArray() ?? [];
        var boundSpecs = request.Levers.Count > 0 || request.Bounds.Count > 0 ? request.Bounds : recorded?.Bounds ?? [];
        var objectiveNames = request.Objectives.Count > 0 ? request.Objectives : recorded?.Objectives ?? [DefaultObjective];
        var given = request.Constraints.Count > 0 || request.Budget is not null;
        OptimisationProblem optimisation;
        try
        {
            var resolved = OptimisationLever.Resolve(scenario, leverPaths, boundSpecs);
            var objectives = objectiveNames.Select(name => ObjectiveNames.Contains(name)
                ? SweepFigures.ByOutcome(name)
                : throw new OptimisationSpecException($"--objective {name} is not known; allowed: {string.Join(", ", ObjectiveNames)}.")).ToArray();
            if (objectives.Length > 2)
            {
                throw new OptimisationSpecException($"--objective names {objectives.Length} outcomes; give one, or two for a Pareto front.");
            }

            if (objectives.Length == 2 && objectives[0] == objectives[1])
            {
                throw new OptimisationSpecException($"--objective names {objectiveNames[0]} twice; give two different outcomes for a Pareto front.");
            }

            IReadOnlyList<OptimisationConstraint> constraints = given
                ? [.. request.Constraints.Select(OptimisationConstraint.Parse), .. request.Budget is { } b ? [OptimisationConstraint.Budget(b)] : Array.Empty<OptimisationConstraint>()]
                : [.. (recorded?.Constraints ?? []).Select(OptimisationConstraint.Parse)];
            optimisation = new OptimisationProblem(
                resolved,
                objectives,
                constraints,
                request.Settings.Replicates ?? recorded?.Replicates ?? OptimisationProblem.DefaultReplicates,
                request.MaxEvaluations ?? recorded?.MaxEvaluations ?? OptimisationProblem.DefaultMaxEvaluations,
                request.FreshReplicates ?? recorded?.FreshReplicates ?? OptimisationProblem.DefaultFreshReplicates,
                request.FreshCandidates ?? recorded?.FreshCandidates ?? OptimisationProblem.DefaultFreshCandidates,
                new CmaEsOptions { PopulationSize = request.Population ?? recorded?.Population, Seed = scenario.Seed })
            {
                Elitist = request.Elitist || (recorded?.Elitist ?? false),
            };
        }
        catch (OptimisationSpecException e)
        {
            cli.InvalidInput(e.Message);
            return null;
        }

        foreach (var figure in optimisation.Objectives.Concat(optimisation.Constraints.Select(c => c.Figure)))
        {
            if (!SweepCommand.OutcomeFits(cli, figure.Outcome!, scenario.Weeks, "optimisation"))
            {
                return null;
            }
        }

        var invalid = optimisation.Problems().FirstOrDefault();
        if (invalid is not null)
        {
            cli.InvalidInput(invalid);
            return null;
        }

        if (SweepCommand.EngineOf(cli, request.Engine, recorded?.Engine, request.Resume, OptimisationManifest.FileName, request.Cluster) is not { } engine)
        {
            return null;
        }

        var requested = new OptimisationManifest(
            OptimisationManifest.CurrentFormat,
            scenario.Name,
            scenario.SourceFile is null ? null : Path.GetFullPath(scenario.SourceFile),
            request.Scenario,
            ScenarioFingerprint.Of(scenario),
            [.. changes],
            [.. optimisation.Levers.Select(l => l.Path + "=" + DesignPoint.FormatValue(l.Lower) + ":" + DesignPoint.FormatValue(l.Upper))],
            [.. optimisation.Objectives.Select(o => o.Outcome!)],
            [.. optimisation.Constraints.Select(c => c.Text)],
            scenario.Seed,
            optimisation.Replicates,
            optimisation.MaxEvaluations,
            optimisation.FreshReplicates,
            optimisation.FreshCandidates,
            optimisation.Cma.PopulationSize ?? CmaEs.DefaultPopulationSize(optimisation.Levers.Count),
            optimisation.Elitist,
            scenario.Customers,
            scenario.Weeks,
            scenario.BurnInWeeks,
            engine,
            DateTimeOffset.Now,
            RunInfo.DefaultProductVersion);
        return new Prepared(scenario, optimisation, EngineKinds.Parse(engine), recorded, requested);
    }

    // The recommended policy (or the re-evaluated front) against the start, on the fresh replicates.
    private static Table Summary(OptimisationResult result)
    {
        var problem = result.Problem;
        var start = result.FreshStart!;
        var single = result.StartWins ? result.BestCandidate ?? start : result.Recommended;
        IReadOnlyList<FreshCheck> shown = single is null ? result.Fresh : ReferenceEquals(single, start) ? [] : [single];
        var title = single is not null
            ? result.StartWins
                ? shown.Count == 0
                    ? FormattableString.Invariant($"The search proposed no policy other than the start; the start on {problem.FreshReplicates} fresh replicates")
                    : FormattableString.Invariant($"No candidate beat the start on {problem.FreshReplicates} fresh replicates: keep it. The best candidate, {single.InSample.Id}, against the start (paired 95% intervals)")
                : FormattableString.Invariant($"Recommended: candidate {single.InSample.Id} against the start, on {problem.FreshReplicates} fresh replicates (paired 95% intervals)")
            : FormattableString.Invariant($"Pareto front: {result.Front.Count} non-dominated candidate(s); {result.Fresh.Count} run again on {problem.FreshReplicates} fresh replicates (differences from the start, paired 95%)");
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumn("");
        table.AddColumn(new TableColumn("start").RightAligned());
        foreach (var f in shown)
        {
            table.AddColumn(new TableColumn(Markup.Escape(FormattableString.Invariant($"candidate {f.InSample.Id}"))).RightAligned());
        }

        for (var j = 0; j < problem.Levers.Count; j++)
        {
            table.AddRow([Markup.Escape(problem.Levers[j].Path), Markup.Escape(Round(start.InSample.Values[j])), .. shown.Select(f => Markup.Escape(Round(f.InSample.Values[j])))]);
        }

        foreach (var figure in OptimisationReportWriter.ComparedFigures(problem).Where(f => double.IsFinite(start.Fresh.Mean(f))))
        {
            table.AddRow([
                Markup.Escape(figure.AxisTitle),
                Markup.Escape(OptimisationReportWriter.Show(figure, start.Fresh.Mean(figure))),
                .. shown.Select(f => Markup.Escape(OptimisationReportWriter.Show(figure, f.Fresh.Mean(figure)) + " (" + Signed(figure, f.DifferenceFrom(start, figure)) + ")")),
            ]);
        }

        foreach (var c in problem.Constraints)
        {
            table.AddRow([Markup.Escape(c.Text), Markup.Escape(OptimisationReportWriter.Verdict(c, start, start)), .. shown.Select(f => Markup.Escape(OptimisationReportWriter.Verdict(c, f, start)))]);
        }

        if (result.SearchWinner is { } winner && result.Fresh.FirstOrDefault(f => f.InSample.Id == winner.Id) is { } checkedWinner)
        {
            var objective = problem.Objectives[0];
            table.Caption = new TableTitle(Markup.Escape(FormattableString.Invariant(
                $"The search's winner (candidate {winner.Id}): {OptimisationReportWriter.Show(objective, winner.Mean(objective))} on the search replicates, {OptimisationReportWriter.Show(objective, checkedWinner.Fresh.Mean(objective))} on fresh ones; it overstated its gain over the start by {OptimisationReportWriter.Show(objective, checkedWinner.GainOptimism(start, objective))}.")));
        }

        return table;
    }

    private static string Signed(SweepFigure figure, Experiments.Statistics.Interval difference)
    {
        var text = OptimisationReportWriter.Show(figure, difference);
        return difference.Mean >= 0 ? "+" + text : text;
    }

    private static string Round(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static IReadOnlyList<string> Paths(OptimisationProblem problem) => [.. problem.Levers.Select(l => l.Path)];

    private static IReadOnlyList<string> Split(string[]? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    // What Prepare read.
    private sealed record Prepared(Scenario Scenario, OptimisationProblem Problem, EngineKind Engine, OptimisationManifest? Recorded, OptimisationManifest Requested);

    // Counts runs and customer-weeks, and passes them on to a test's progress.
    private sealed class RunCounter(ISweepProgress? extra) : ISweepProgress
    {
        private long _customerWeeks;
        private int _runs;

        public int Runs => _runs;

        public long CustomerWeeks => Interlocked.Read(ref _customerWeeks);

        public void WeekDone(int customers)
        {
            Interlocked.Add(ref _customerWeeks, customers);
            extra?.WeekDone(customers);
        }

        public void RunDone(SweepRun run)
        {
            Interlocked.Increment(ref _runs);
            extra?.RunDone(run);
        }
    }

    // One line per generation: the search's best so far.
    private sealed class GenerationLines(CliContext cli, OptimisationProblem problem) : IOptimisationProgress
    {
        public void GenerationDone(int search, int generation, int evaluations, Evaluation best, bool feasible)
        {
            var what = problem.Objectives.Count == 1 ? string.Empty : FormattableString.Invariant($"search {search + 1}/{problem.Searches}, ");
            var objectives = string.Join(", ", problem.Objectives.Select(o => o.Outcome + " " + OptimisationReportWriter.Show(o, best.Mean(o))));
            cli.Console.WriteLine(FormattableString.Invariant($"{what}generation {generation}: {evaluations} candidate(s); best so far candidate {best.Id}: {objectives}{(feasible ? string.Empty : " (breaks a constraint)")}"));
        }

        public void FreshStarted(int candidates, int replicates) =>
            cli.Console.WriteLine(FormattableString.Invariant($"Fresh check: the start and {candidates} candidate(s) on {replicates} fresh replicates."));
    }
}
