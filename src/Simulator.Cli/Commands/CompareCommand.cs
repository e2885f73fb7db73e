using System.CommandLine;
using System.Globalization;
using Simulator.Cli.Hosting;
using Simulator.Cli.Terminal;
using Simulator.Experiments.Comparison;
using Simulator.Grains.Hosting;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Comparison;
using Simulator.Reporting.Runs;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim compare A B [C ...]</c>: runs two or more scenarios with common random numbers (same seed,
/// same replicates, so replicate k of each uses the same random numbers), and reports the focal
/// brand's headline figures with 95% intervals and the paired differences from the first scenario.
/// Writes results/compare/&lt;run-id&gt;/.
/// </summary>
public static class CompareCommand
{
    /// <summary>Replicates per scenario when --replicates is not given.</summary>
    public const int DefaultReplicates = 10;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var scenariosArgument = new Argument<string[]>("scenarios")
        {
            Description = "Two or more scenario files or shipped scenario names; the first is the reference every difference is taken from.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var engine = new Option<string?>("--engine", "-e") { Description = "orleans (default: customer grains on an embedded silo, started once for all scenarios) or reference (in-process arrays; the default with --uncertain and --break-even, one run per core). Same numbers." };
        var uncertain = new Option<int?>("--uncertain") { Description = "Compare under N parameter sets drawn over the plausible ranges (a Latin hypercube): the probability that each scenario beats the first, the distribution of the difference, and which parameters can flip the ranking. Writes robust/<run-id>/." };
        var breakEven = new Option<string?>("--break-even") { Description = "PATH=LO:HI: find the value of a cost parameter (e.g. market.costPerServiceContact=2:30) at which the second scenario stops beating the first on profit, with an interval; both run at each value of a grid. Writes break-even/<run-id>/." };
        var points = new Option<int>("--points") { Description = "With --break-even: values of the grid.", DefaultValueFactory = _ => BreakEven.DefaultPoints };
        var parameters = new Option<string[]>("--parameters", "-p")
        {
            Description = $"With --uncertain: the parameters drawn, as globs over the paths of 'cxsim parameters' (comma-separated or repeated); default {Experiments.Sensitivity.SensitivityParameters.DefaultGlob}.",
            AllowMultipleArgumentsPerToken = false,
        };
        engine.AcceptOnlyFromAmong([.. EngineKinds.Names]);
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives compare/<run-id>/.", DefaultValueFactory = _ => "results" };
        var verbose = new Option<bool>("--verbose") { Description = "Show Orleans' logs." };
        var clusterOptions = new ClusterCliOptions(required: false);
        var separate = new Option<bool>("--separate-burn-ins") { Description = "Run every scenario's burn-in again instead of forking the scenarios that live the same burn-in from one run of it (reference engine; the same numbers either way, in more time)." };
        var runOptions = new RunOptions();
        runOptions.Customers.Description = "Population size of every scenario. The scenarios must agree on it: give this option to force them equal.";
        runOptions.Weeks.Description = "Weeks of every scenario. The scenarios must agree on them: give this option to force them equal.";
        runOptions.BurnIn.Description = "Burn-in weeks of every scenario (not reported). The scenarios must agree on them: give this option to force them equal.";
        runOptions.Seed.Description = "Seed of every scenario (default: the first scenario's). Every scenario uses the same seed: common random numbers.";
        runOptions.Replicates.Description = FormattableString.Invariant($"Replicates of every scenario (default {DefaultReplicates}, or {DefaultUncertainReplicates} per parameter set with --uncertain); replicate k uses the same random numbers in every scenario, so differences are paired.");
        runOptions.Set.Description = "Change any numeric setting of every scenario alike, e.g. --set market.informationLagWeeks=4 (repeatable).";
        var command = new Command("compare", "Compare scenarios with common random numbers: headline figures with 95% intervals, paired differences from the first scenario, charts and a report.")
        {
            scenariosArgument,
        };
        runOptions.AddTo(command, withReplicates: true);
        command.Options.Add(engine);
        command.Options.Add(uncertain);
        command.Options.Add(breakEven);
        command.Options.Add(points);
        command.Options.Add(parameters);
        command.Options.Add(output);
        command.Options.Add(verbose);
        command.Options.Add(separate);
        clusterOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
        {
            var cluster = clusterOptions.Read(parse);
            var sets = parse.GetValue(uncertain);
            var globs = (parse.GetValue(parameters) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
            // Many runs (--uncertain, --break-even) go to the reference engine over every core unless told otherwise.
            // On a cluster, always the Orleans engine.
            var chosen = parse.GetValue(engine) is { } name ? EngineKinds.Parse(name) : cluster is null && (sets is not null || parse.GetValue(breakEven) is not null) ? EngineKind.Reference : EngineKind.Orleans;
            if (EngineHost.ClusterProblem(chosen, cluster) is { } clusterProblem)
            {
                return Task.FromResult(cli.InvalidInput(clusterProblem));
            }

            if (sets is null && globs.Length > 0)
            {
                return Task.FromResult(cli.InvalidInput("--parameters chooses what --uncertain draws; give --uncertain N too (e.g. --uncertain 64)."));
            }

            if (parse.GetValue(breakEven) is null && parse.GetResult(points) is { Implicit: false })
            {
                return Task.FromResult(cli.InvalidInput("--points sets the grid of --break-even; give --break-even PATH=LO:HI too."));
            }

            if (parse.GetValue(breakEven) is { } spec)
            {
                return sets is null
                    ? BreakEvenCompare.ExecuteAsync(cli, parse.GetValue(scenariosArgument) ?? [], runOptions.Read(parse), spec, parse.GetValue(points), chosen, parse.GetValue(output)!, parse.GetValue(verbose), cancellationToken, cluster)
                    : Task.FromResult(cli.InvalidInput("--break-even and --uncertain answer different questions; give one of them."));
            }

            return sets is { } n
                ? RobustCompare.ExecuteAsync(cli, parse.GetValue(scenariosArgument) ?? [], runOptions.Read(parse), n, globs, chosen, parse.GetValue(output)!, parse.GetValue(verbose), cancellationToken, cluster)
                : ExecuteAsync(cli, parse.GetValue(scenariosArgument) ?? [], runOptions.Read(parse), chosen, parse.GetValue(output)!, parse.GetValue(verbose), cancellationToken, shareBurnIns: !parse.GetValue(separate), cluster: cluster);
        });
        return command;
    }

    // Is it worth it? Each scenario against the first, on money.
    private static Table WorthTable(ComparisonRun run)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape($"Is it worth it? Against {run.Labels[0]}, every cost counted")) }
            .AddColumn("scenario")
            .AddColumn(new TableColumn(Markup.Escape("incremental revenue [95%]")).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape("incremental cost [95%]")).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape("incremental profit [95%]")).RightAligned())
            .AddColumn(new TableColumn(Markup.Escape("ROI [95%]")).RightAligned())
            .AddColumn(new TableColumn("payback week").RightAligned());
        foreach (var w in WorthAnalysis.Of(run))
        {
            table.AddRow(
                Markup.Escape(w.Scenario),
                Markup.Escape(WorthText.Money(w.IncrementalRevenue)),
                Markup.Escape(WorthText.Money(w.IncrementalCost)),
                Markup.Escape(WorthText.Money(w.IncrementalProfit)),
                Markup.Escape(WorthText.Roi(w)),
                Markup.Escape(WorthText.Payback(w)));
        }

        return table;
    }

    /// <summary>Replicates per scenario and parameter set with --uncertain when --replicates is not given: enough for a paired interval in each set.</summary>
    public const int DefaultUncertainReplicates = 3;

    /// <summary>
    /// Runs every scenario, writes the comparison and prints its headline table; returns the exit code.
    /// With <paramref name="shareBurnIns"/> the scenarios that live the same burn-in fork from one run of it
    /// where the engine can (<see cref="ISimulationEngine.ShareBurnIns"/>).
    /// </summary>
    public static async Task<int> ExecuteAsync(CliContext cli, IReadOnlyList<string> scenarioNames, RunSettings settings, EngineKind engine, string resultsRoot, bool verbose, CancellationToken cancellationToken, bool shareBurnIns = true, RedisClusterOptions? cluster = null)
    {
        var engineName = EngineKinds.Name(engine);
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(scenarioNames);
        ArgumentNullException.ThrowIfNull(settings);
        var prepared = Prepare(cli, scenarioNames, settings, DefaultReplicates);
        if (prepared is not var (scenarios, seed, replicates))
        {
            return ExitCodes.InvalidInput;
        }

        var first = scenarios[0];
        cli.Console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"Comparing {string.Join(" vs ", scenarios.Select(s => s.Name))}: {first.Customers:N0} customers x {first.Weeks} weeks (after {first.BurnInWeeks} burn-in weeks) x {replicates} replicate(s) each, seed {seed} for all (common random numbers), engine {engineName}")));

        var started = DateTimeOffset.Now;
        Func<(int Lived, int Shared)>? burnIns = null;
        List<SimulationResult> results;
        CompareProgress progress;
        try
        {
            (results, progress) = await EngineHost.WithEngineAsync(engine, verbose, engineOfHost =>
                CompareProgress.ShowAsync(cli.Console, scenarios.Select(s => s.Name).ToArray(), first.BurnInWeeks, first.Weeks, replicates, async p =>
                {
                    var simulator = shareBurnIns ? engineOfHost.ShareBurnIns(scenarios) : engineOfHost;
                    burnIns = simulator switch
                    {
                        ReferenceEngine { BurnIns: { } cache } => () => (cache.Lived, cache.Shared),
                        Grains.Engine.OrleansEngine { BurnIns: { } share } => () => (share.Lived, share.Shared),
                        _ => null,
                    };
                    var done = new List<SimulationResult>(scenarios.Count);
                    for (var i = 0; i < scenarios.Count && !cancellationToken.IsCancellationRequested; i++)
                    {
                        var result = await simulator.RunAsync(scenarios[i], p.For(i), cancellationToken);
                        p.Finished(result);
                        done.Add(result);
                        if (!result.Completed)
                        {
                            break;
                        }
                    }

                    return done;
                }), cluster);
        }
        catch (ClusterUnavailableException e)
        {
            cli.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }

        var finished = DateTimeOffset.Now;
        var notRun = scenarios.Skip(results.Count).Select(s => s.Name).ToArray();
        if (results.Count == 0)
        {
            // Stopped before the first run began: there is nothing to write.
            cli.Console.MarkupLine("[yellow]Stopped before any run started: nothing was written.[/]");
            return ExitCodes.Interrupted;
        }

        var run = ComparisonRun.Of(results);
        var info = new ComparisonInfo(RunInfo.CreateRunId(started, seed), engineName, started, finished,
            ReproduceCommand(scenarioNames, first, engineName, settings.Settings), notRun);
        var directory = await CompareWriter.WriteAsync(run, info, resultsRoot, CancellationToken.None);

        cli.Console.Write(ComparisonSummaryTable.Create(run.Table));
        cli.Console.Write(WorthTable(run));
        var seconds = Math.Max(progress.Elapsed.TotalSeconds, 1e-9);
        cli.Console.WriteLine(FormattableString.Invariant($"{progress.CustomerTicks:N0} customer-weeks in {progress.Elapsed.TotalSeconds:0.0} s ({progress.CustomerTicks / seconds:N0}/s)."));
        if (burnIns?.Invoke() is { Shared: > 0 } shared)
        {
            cli.Console.WriteLine(FormattableString.Invariant($"Burn-ins: {shared.Lived} run, {shared.Shared} forked from them (the scenarios that live the same burn-in share it; --separate-burn-ins runs each)."));
        }

        var completed = run.Completed && notRun.Length == 0;
        if (!completed)
        {
            cli.Console.MarkupLine("[yellow]Stopped before the end: the results hold the runs and weeks that finished and are marked INCOMPLETE.[/]");
        }

        cli.Console.WriteLine($"Results: {directory}");
        cli.Console.WriteLine($"Report:  {Path.Combine(directory, ComparisonReportWriter.FileName)}");
        return completed ? ExitCodes.Success : ExitCodes.Interrupted;
    }

    /// <summary>
    /// Loads the scenarios and applies the run settings alike (same seed and replicates: common random
    /// numbers); null, the error said, when a name, a setting or the scenarios' sizes disagree.
    /// </summary>
    internal static (IReadOnlyList<Scenario> Scenarios, ulong Seed, int Replicates)? Prepare(CliContext cli, IReadOnlyList<string> scenarioNames, RunSettings settings, int defaultReplicates)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(scenarioNames);
        ArgumentNullException.ThrowIfNull(settings);
        var problem = settings.Problems().FirstOrDefault();
        if (problem is not null)
        {
            cli.InvalidInput(problem);
            return null;
        }

        if (scenarioNames.Count < 2)
        {
            var given = scenarioNames.Count == 0 ? "none" : FormattableString.Invariant($"only '{scenarioNames[0]}'");
            cli.InvalidInput($"compare needs two or more scenarios (given: {given}); for example: cxsim compare baseline effortless-service.");
            return null;
        }

        var loaded = new List<Scenario>(scenarioNames.Count);
        foreach (var name in scenarioNames)
        {
            var scenario = ScenarioResolver.Load(name, cli);
            if (scenario is null)
            {
                return null;
            }

            loaded.Add(scenario);
        }

        // Common random numbers: the same seed and replicates for every scenario, and every override alike.
        var seed = settings.Seed ?? loaded[0].Seed;
        var replicates = settings.Replicates ?? defaultReplicates;
        var common = settings with { Seed = seed, Replicates = replicates };
        var scenarios = new List<Scenario>(loaded.Count);
        foreach (var scenario in loaded)
        {
            var applied = common.TryApplyTo(scenario, cli);
            if (applied is null)
            {
                return null;
            }

            scenarios.Add(applied);
        }

        var mismatch = Mismatch(scenarios, s => s.Customers, "population size", "--customers")
            ?? Mismatch(scenarios, s => s.Weeks, "weeks", "--weeks")
            ?? Mismatch(scenarios, s => s.BurnInWeeks, "burn-in weeks", "--burn-in");
        if (mismatch is not null)
        {
            cli.InvalidInput(mismatch);
            return null;
        }

        return (scenarios, seed, replicates);
    }

    /// <summary>The command that reproduces the comparison, with every run setting explicit.</summary>
    public static string ReproduceCommand(IReadOnlyList<string> scenarioNames, Scenario resolved, string engineName, IReadOnlyList<string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(scenarioNames);
        ArgumentNullException.ThrowIfNull(resolved);
        return ShellQuote.Command(["cxsim", "compare", .. scenarioNames, .. RunWords(resolved, engineName, settings)]);
    }

    /// <summary>The options that pin a comparison's runs: population, weeks, burn-in, seed, replicates, engine and every <c>--set</c>.</summary>
    internal static IReadOnlyList<string> RunWords(Scenario resolved, string engineName, IReadOnlyList<string>? settings)
    {
        var words = new List<string>
        {
            "--customers", resolved.Customers.ToString(CultureInfo.InvariantCulture),
            "--weeks", resolved.Weeks.ToString(CultureInfo.InvariantCulture),
            "--burn-in", resolved.BurnInWeeks.ToString(CultureInfo.InvariantCulture),
            "--seed", resolved.Seed.ToString(CultureInfo.InvariantCulture),
            "--replicates", resolved.Replicates.ToString(CultureInfo.InvariantCulture),
            "--engine", engineName,
        };
        foreach (var setting in settings ?? [])
        {
            words.AddRange(["--set", setting]);
        }

        return words;
    }

    private static string? Mismatch(IReadOnlyList<Scenario> scenarios, Func<Scenario, int> value, string what, string option)
    {
        if (scenarios.Select(value).Distinct().Count() <= 1)
        {
            return null;
        }

        var values = string.Join(", ", scenarios.Select(s => FormattableString.Invariant($"{s.Name}: {value(s)}")));
        return $"the scenarios differ in {what} ({values}); common random numbers pair the same customers and weeks, so they must agree. Give {option} N to use N for every scenario.";
    }
}
