using System.CommandLine;
using Simulator.Cli.Benchmarks;
using Simulator.Cli.Hosting;
using Simulator.Cli.Terminal;
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
        engine.AcceptOnlyFromAmong(EngineHost.Names);
        var output = new Option<string>("--out", "-o") { Description = "Folder that receives results/<scenario>/<run-id>/.", DefaultValueFactory = _ => "results" };
        var verbose = new Option<bool>("--verbose") { Description = "Show Orleans' logs." };
        var allowLarge = new Option<bool>("--allow-large") { Description = "Run even when the memory estimate says the population will not fit." };
        var runOptions = new RunOptions();
        var command = new Command("run", "Run a scenario and write metrics, charts and a report.") { scenarioArgument };
        runOptions.AddTo(command, withReplicates: true);
        command.Options.Add(engine);
        command.Options.Add(output);
        command.Options.Add(verbose);
        command.Options.Add(allowLarge);
        command.SetAction((parse, cancellationToken) => ExecuteAsync(
            cli,
            parse.GetRequiredValue(scenarioArgument),
            runOptions.Read(parse),
            parse.GetValue(engine)!,
            parse.GetValue(output)!,
            parse.GetValue(verbose),
            cancellationToken,
            parse.GetValue(allowLarge)));
        return command;
    }

    /// <summary>Runs, writes and summarises; returns the exit code.</summary>
    public static async Task<int> ExecuteAsync(CliContext cli, string scenarioName, RunSettings settings, string engineName, string resultsRoot, bool verbose, CancellationToken cancellationToken, bool allowLarge = false)
    {
        var problem = settings.Problems().FirstOrDefault();
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

        var refusal = allowLarge ? null : MemoryGuard.Check(engineName, scenario.Customers, MemoryGuard.Available());
        if (refusal is not null)
        {
            return cli.InvalidInput(refusal);
        }

        cli.Console.MarkupLine(FormattableString.Invariant($"[bold]{Markup.Escape(scenario.Name)}[/]: {scenario.Customers:N0} customers x {scenario.Weeks} weeks (after {scenario.BurnInWeeks} burn-in weeks) x {scenario.Replicates} replicate(s), seed {scenario.Seed}, engine {engineName}"));
        var started = DateTimeOffset.Now;
        var (result, progress) = await EngineHost.WithEngineAsync(engineName, verbose, engine =>
            RunProgress.ShowAsync(cli.Console, scenario.BurnInWeeks, scenario.Weeks, scenario.Replicates,
                p => engine.RunAsync(scenario, p, cancellationToken)));

        var finished = DateTimeOffset.Now;
        var info = new RunInfo(RunInfo.CreateRunId(started, scenario.Seed), engineName, started, finished);
        var directory = await RunWriter.WriteAsync(result, info, resultsRoot, CancellationToken.None);

        cli.Console.Write(SummaryTable.Create(result));
        var seconds = Math.Max(progress.Elapsed.TotalSeconds, 1e-9);
        cli.Console.WriteLine(FormattableString.Invariant($"{progress.CustomerTicks:N0} customer-weeks in {progress.Elapsed.TotalSeconds:0.0} s ({progress.CustomerTicks / seconds:N0}/s)."));
        if (!result.Completed)
        {
            cli.Console.MarkupLine("[yellow]Stopped before the end: the results hold the weeks that finished and are marked INCOMPLETE.[/]");
        }

        cli.Console.WriteLine($"Results: {directory}");
        cli.Console.WriteLine($"Report:  {Path.Combine(directory, "report.html")}");
        return result.Completed ? ExitCodes.Success : ExitCodes.Interrupted;
    }
}
