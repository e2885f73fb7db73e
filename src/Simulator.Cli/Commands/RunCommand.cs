using System.CommandLine;
using Simulator.Cli.Benchmarks;
using Simulator.Cli.Hosting;
using Simulator.Cli.Terminal;
using Simulator.Grains.Hosting;
using Simulator.Model.Engine;
using Simulator.Reporting.Csv;
using Simulator.Reporting.Runs;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary>
/// <c>cxsim run SCENARIO</c>: the main job. Runs a scenario on the embedded Orleans silo (or the
/// reference engine), shows progress, writes results/&lt;scenario&gt;/&lt;run-id&gt;/ and prints the headlines.
/// </summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var scenarioArgument = new Argument<string>("scenario") { Description = "A scenario file, or the name of a shipped scenario (see 'cxsim scenarios')." };
        var engine = new Option<string>("--engine", "-e") { Description = "orleans (customer grains on an embedded silo) or reference (in-process arrays).", DefaultValueFactory = _ => "orleans" };
        engine.AcceptOnlyFromAmong([.. EngineKinds.Names]);
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives results/<scenario>/<run-id>/.", DefaultValueFactory = _ => "results" };
        var verbose = new Option<bool>("--verbose") { Description = "Show Orleans' logs." };
        var allowLarge = new Option<bool>("--allow-large") { Description = "Run even when the memory estimate says the population will not fit." };
        var runOptions = new RunOptions();
        var clusterOptions = new ClusterCliOptions(required: false);
        var command = new Command("run", "Run a scenario and write metrics, charts and a report.") { scenarioArgument };
        runOptions.AddTo(command, withReplicates: true);
        command.Options.Add(engine);
        command.Options.Add(output);
        command.Options.Add(verbose);
        command.Options.Add(allowLarge);
        clusterOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            cli,
            parse.GetRequiredValue(scenarioArgument),
            runOptions.Read(parse),
            EngineKinds.Parse(parse.GetValue(engine)!),
            parse.GetValue(output)!,
            parse.GetValue(verbose),
            cancellationToken,
            parse.GetValue(allowLarge),
            clusterOptions.Read(parse)));
        return command;
    }

    /// <summary>Runs, writes and summarises; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(
        CliContext cli,
        string scenarioName,
        RunSettings settings,
        EngineKind engine,
        string resultsRoot,
        bool verbose,
        CancellationToken cancellationToken,
        bool allowLarge = false,
        RedisClusterOptions? cluster = null)
    {
        var engineName = EngineKinds.Name(engine);
        var problem = settings.Problems().FirstOrDefault() ?? EngineHost.ClusterProblem(engine, cluster);

        if (problem is not null)
        {
            return cli.InvalidInput(problem);
        }

        var loaded = ScenarioResolver.Load(scenarioName, cli);
        if (loaded is null)
        {
            return ExitCodes.InvalidInput;
        }

        var scenario = settings.TryApplyTo(loaded, cli);
        if (scenario is null)
        {
            return ExitCodes.InvalidInput;
        }

        // On a cluster the population lives on the silos, not here.
        var refusal = allowLarge || cluster is not null ? null : MemoryGuard.Check(engine, scenario.Customers, MemoryGuard.Available());
        if (refusal is not null)
        {
            return cli.InvalidInput(refusal);
        }

        cli.Console.MarkupLine(FormattableString.Invariant($"[bold]{Markup.Escape(scenario.Name)}[/]: {scenario.Customers:N0} customers x {scenario.Weeks} weeks (after {scenario.BurnInWeeks} burn-in weeks) x {scenario.Replicates} replicate(s), seed {scenario.Seed}, engine {engineName}{(cluster is null ? "" : $" on cluster '{cluster.ClusterId}' (Redis {cluster.Redis})")}"));
        var started = DateTimeOffset.Now;
        string? placement = null;
        SimulationResult result;
        RunProgress progress;
        try
        {
            (result, progress) = await EngineHost.WithEngineAsync(
                engine,
                verbose,
                simulator => RunProgress.ShowAsync(cli.Console, scenario.BurnInWeeks, scenario.Weeks, scenario.Replicates, p => simulator.RunAsync(scenario, p, cancellationToken)),
                cluster,
                silos => placement = Placement(silos),
                recovery => cli.Error.WriteLine($"warning: {recovery}."));
        }
        catch (ClusterUnavailableException e)
        {
            cli.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failure;
        }

        if (cluster is not null && placement is not null)
        {
            cli.Console.WriteLine(placement);
        }

        var finished = DateTimeOffset.Now;
        var info = new RunInfo(RunInfo.CreateRunId(started, scenario.Seed), engineName, started, finished);
        var directory = await RunWriter.WriteAsync(result, info, resultsRoot, CancellationToken.None);

        cli.Console.Write(SummaryTable.Create(result));
        WriteResponses(cli, result);
        var seconds = Math.Max(progress.Elapsed.TotalSeconds, 1e-9);
        cli.Console.WriteLine(FormattableString.Invariant($"{progress.CustomerTicks:N0} customer-weeks in {progress.Elapsed.TotalSeconds:0.0} s ({progress.CustomerTicks / seconds:N0}/s)."));
        if (result.StoppedBecause is not null)
        {
            cli.Error.WriteLine($"error: the run stopped: {result.StoppedBecause}. The results hold the weeks that finished and are marked INCOMPLETE.");
        }
        else if (!result.Completed)
        {
            cli.Console.MarkupLine("[yellow]Stopped before the end: the results hold the weeks that finished and are marked INCOMPLETE.[/]");
        }

        cli.Console.WriteLine($"Results: {directory}");
        cli.Console.WriteLine($"Report:  {Path.Combine(directory, "report.html")}");
        return result.Completed ? ExitCodes.Success : result.StoppedBecause is null ? ExitCodes.Interrupted : ExitCodes.Failure;
    }

    /// <summary>One line saying how many shards run on each silo.</summary>
    public static string Placement(IReadOnlyList<string> shardSilos)
    {
        var bySilo = shardSilos.GroupBy(s => s).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} ({g.Count()})").ToList();
        return $"Shards on {bySilo.Count} silo(s): {string.Join(", ", bySilo)}.";
    }

    // The brands' responses in replicate 0: the first few, the rest in responses.csv.
    private static void WriteResponses(CliContext cli, SimulationResult result)
    {
        const int Shown = 8;
        var responses = result.Replicates.Count == 0 ? [] : result.Replicates[0].Responses;
        if (responses.Count == 0)
        {
            return;
        }

        cli.Console.WriteLine(FormattableString.Invariant($"Responses of the brands (replicate 0, {responses.Count} in all; every replicate in {ResponsesCsvWriter.FileName}):"));
        foreach (var response in responses.Take(Shown))
        {
            cli.Console.WriteLine(FormattableString.Invariant($"  week {response.DecidedWeek} -> {response.EffectiveWeek}: {response.Reason}"));
        }

        if (responses.Count > Shown)
        {
            cli.Console.WriteLine(FormattableString.Invariant($"  ... and {responses.Count - Shown} more."));
        }
    }
}
