using System.Diagnostics;
using Simulator.Grains.Messages;
using Simulator.Grains.Simulations;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;

namespace Simulator.Cli.Benchmarks;

/// <summary>
/// Measures the Orleans engine at a given population: activation time, time per week, peak memory
/// and memory per customer, and the reference engine's speed on the same scenario in the same
/// process, for the cost ratio. Drives the simulation grain directly so each phase can be timed.
/// </summary>
public static class ScaleBenchmark
{
    /// <summary>Runs one replicate of <paramref name="scenario"/> on <paramref name="grains"/> and, unless told not to, on the reference engine.</summary>
    public static async Task<ScaleMeasurement> MeasureAsync(IGrainFactory grains, Scenario scenario, bool withReference, Action<string>? report, CancellationToken cancellationToken)
    {
        var rssBefore = SettledRss();
        var simulation = grains.GetGrain<ISimulationGrain>(Guid.NewGuid().ToString("N"));
        var clock = Stopwatch.StartNew();
        await simulation.BeginReplicateAsync(ScenarioDto.From(scenario), 0);
        var activation = clock.Elapsed.TotalSeconds;
        var bytesPerCustomer = (double)(SettledRss() - rssBefore) / scenario.Customers;
        report?.Invoke(FormattableString.Invariant($"{scenario.Customers:N0} customers activated in {activation:0.0} s ({bytesPerCustomer:N0} bytes each)"));

        var perWeek = new List<double>();
        var blocks = 0;
        long rounds = 0;
        long customerWeeksRun = 0;
        long calls = 0;
        var next = -scenario.BurnInWeeks;
        clock.Restart();
        try
        {
            while (next < scenario.Weeks && !cancellationToken.IsCancellationRequested)
            {
                var started = clock.Elapsed.TotalSeconds;
                var block = await simulation.AdvanceAsync();
                var seconds = clock.Elapsed.TotalSeconds - started;
                blocks++;
                rounds += block.Rounds;
                customerWeeksRun += block.CustomerWeeksRun;
                calls += block.CustomerCalls;
                perWeek.AddRange(Enumerable.Repeat(seconds / block.Weeks.Length, block.Weeks.Length));
                next = block.FirstTick + block.Weeks.Length;
                if (perWeek.Count % 10 < block.Weeks.Length)
                {
                    report?.Invoke(FormattableString.Invariant($"  week {next}/{scenario.Weeks}: {seconds / block.Weeks.Length * 1000:N0} ms a week (block of {block.Weeks.Length}, {block.Rounds} round(s), {(double)block.CustomerWeeksRun / ((long)scenario.Customers * block.Weeks.Length) - 1:P1} run again)"));
                }
            }
        }
        finally
        {
            await simulation.EndReplicateAsync();
        }

        var ticks = perWeek.Sum();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var reference = double.NaN;
        if (withReference && !cancellationToken.IsCancellationRequested)
        {
            clock.Restart();
            var weeks = 0;
            ReplicateStepper.Start(scenario, 0).RunToEnd(weekDone: _ => weeks++, cancellationToken: cancellationToken);
            reference = (double)scenario.Customers * weeks / clock.Elapsed.TotalSeconds;
            report?.Invoke(FormattableString.Invariant($"  reference engine: {reference:N0} customer-weeks/s"));
        }

        var ordered = perWeek.Order().ToList();
        var median = ordered.Count == 0 ? double.NaN : ordered[ordered.Count / 2];
        return new ScaleMeasurement(scenario.Customers, perWeek.Count, scenario.Market.InformationLagWeeks, activation, median, ticks, peak, bytesPerCustomer, reference, blocks, rounds, calls, customerWeeksRun);
    }

    private static long SettledRss()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
