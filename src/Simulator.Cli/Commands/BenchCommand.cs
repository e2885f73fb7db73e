using System.CommandLine;
using System.Globalization;
using Simulator.Cli.Benchmarks;
using Simulator.Cli.Hosting;
using Spectre.Console;

namespace Simulator.Cli.Commands;

/// <summary><c>cxsim bench scale</c>: the scale runner for engineers stress-testing with millions of grains.</summary>
public static class BenchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var populations = new Option<string>("--customers", "-n") { Description = "Population(s) to measure, comma-separated, e.g. 10000,100000,1000000.", DefaultValueFactory = _ => "100000" };
        var weeks = new Option<int>("--weeks", "-w") { Description = "Weeks to run after activation.", DefaultValueFactory = _ => 104 };
        var scenarioOption = new Option<string>("--scenario") { Description = "Scenario to run (word of mouth and a competitor are active in the default).", DefaultValueFactory = _ => "baseline" };
        var burnIn = new Option<int>("--burn-in") { Description = "Burn-in weeks (simulated and timed like the others).", DefaultValueFactory = _ => 0 };
        var set = new Option<string[]>("--set") { Description = "Change any setting, e.g. --set market.informationLagWeeks=4 to run 4 weeks per grain call." };
        var noReference = new Option<bool>("--no-reference") { Description = "Skip the reference engine run (the cost ratio is then not measured)." };
        var allowLarge = new Option<bool>("--allow-large") { Description = "Run even when the memory estimate says the population will not fit." };
        var blockWeeks = new Option<int>("--block-weeks") { Description = $"Weeks each customer runs per grain call: 0 to choose adaptively (up to {Grains.Hosting.CustomerSimulationOptions.DefaultMaxBlockWeeks}), else 1 to {Grains.Hosting.CustomerSimulationOptions.BlockWeeksLimit}; weeks beyond the information lag run on predicted inputs and again where they differ.", DefaultValueFactory = _ => Grains.Hosting.CustomerSimulationOptions.DefaultBlockWeeks };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the markdown report and chart.", DefaultValueFactory = _ => Path.Combine("results", "benchmarks") };
        var scale = new Command("scale", "Measure activation, time per week, customer-weeks/s, peak memory and bytes per customer at one or more populations, against the reference engine.")
        {
            populations, weeks, scenarioOption, burnIn, set, blockWeeks, noReference, allowLarge, output,
        };
        scale.SetAction((parse, cancellationToken) => ScaleAsync(cli, parse.GetValue(populations)!, parse.GetValue(weeks), parse.GetValue(scenarioOption)!, parse.GetValue(burnIn),
            parse.GetValue(set) ?? [], parse.GetValue(blockWeeks), !parse.GetValue(noReference), parse.GetValue(allowLarge), parse.GetValue(output)!, cancellationToken));
        return new Command("bench", "Benchmarks for engineers.") { scale };
    }

    private static async Task<int> ScaleAsync(CliContext cli, string populationText, int weeks, string scenarioName, int burnIn, string[] settings, int blockWeeks, bool withReference, bool allowLarge, string output, CancellationToken cancellationToken)
    {
        var populations = new List<int>();
        foreach (var part in populationText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1 || n > Model.Scenarios.Scenario.MaxCustomers)
            {
                return cli.InvalidInput($"--customers '{part}' is not a population; allowed: whole numbers from 1 to {Model.Scenarios.Scenario.MaxCustomers}, comma-separated.");
            }

            populations.Add(n);
        }

        var blockProblem = Grains.Hosting.CustomerSimulationOptionsValidator.Problems(new Grains.Hosting.CustomerSimulationOptions { BlockWeeks = blockWeeks }).FirstOrDefault();
        if (blockProblem is not null)
        {
            return cli.InvalidInput("--block-weeks: " + blockProblem);
        }

        var loaded = ScenarioResolver.Load(scenarioName, cli);
        if (loaded is null)
        {
            return ExitCodes.InvalidInput;
        }

        var runSettings = new RunSettings(null, weeks, null, 1, burnIn, settings);
        var problem = runSettings.Problems().FirstOrDefault();
        if (problem is not null)
        {
            return cli.InvalidInput(problem);
        }

        var scenario = runSettings.TryApplyTo(loaded, cli);
        if (scenario is null)
        {
            return ExitCodes.InvalidInput;
        }

        if (!allowLarge)
        {
            var refusal = MemoryGuard.Check(EngineKind.Orleans, populations.Max(), MemoryGuard.Available());
            if (refusal is not null)
            {
                return cli.InvalidInput(refusal);
            }
        }

        var started = DateTimeOffset.Now;
        var runs = new List<ScaleMeasurement>();
        foreach (var customers in populations.Order())
        {
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: {customers:N0} customers x {weeks} weeks (information lag {scenario.Market.InformationLagWeeks} week(s); {(blockWeeks == 0 ? "blocks chosen adaptively" : $"blocks of {blockWeeks} week(s)")})"));
            // A fresh silo per population, so activation and memory are measured from the same starting point.
            var measured = await EngineHost.WithSiloAsync(
                verbose: false,
                silo => ScaleBenchmark.MeasureAsync(silo.Client, scenario.WithRun(customers: customers), withReference, cli.Console.WriteLine, cancellationToken),
                o => o.BlockWeeks = blockWeeks);
            runs.Add(measured);
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        var command = "cxsim bench scale --customers " + populationText + " --weeks " + weeks.ToString(CultureInfo.InvariantCulture)
            + (scenarioName == "baseline" ? "" : " --scenario " + scenarioName)
            + (burnIn == 0 ? "" : " --burn-in " + burnIn.ToString(CultureInfo.InvariantCulture))
            + string.Concat(settings.Select(s => " --set " + s))
            + (blockWeeks == 0 ? "" : " --block-weeks " + blockWeeks.ToString(CultureInfo.InvariantCulture))
            + (withReference ? "" : " --no-reference");
        var path = ScaleReport.Write(output, runs, MachineInfo.Current(), scenario.Name, command, started);
        cli.Console.WriteLine(ScaleReport.Markdown(runs, MachineInfo.Current(), scenario.Name, command, started, null));
        cli.Console.WriteLine($"Report: {path}");
        return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
    }
}
