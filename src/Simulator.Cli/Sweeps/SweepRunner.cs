using Simulator.Cli.Hosting;
using Simulator.Model.Engine;
using Simulator.Reporting.Sweeps;

namespace Simulator.Cli.Sweeps;

/// <summary>
/// Runs the missing runs of a sweep and appends each finished one to its runs.csv. With the reference
/// engine the runs are spread over the machine's cores; with Orleans the points run one after another
/// on one embedded silo. A cancelled sweep stops at once: runs cut short are dropped (they run again on
/// resume), every finished one is already in runs.csv.
/// </summary>
public static class SweepRunner
{
    /// <summary>How many reference-engine runs go at once.</summary>
    public static int Parallelism => Environment.ProcessorCount;

    /// <summary>Runs <paramref name="runs"/>; returns how many finished.</summary>
    public static Task<int> RunAsync(
        SweepPlan plan,
        IReadOnlyList<(int Point, int Replicate)> runs,
        SweepJournal journal,
        ISweepProgress progress,
        bool verbose,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(progress);
        return plan.Engine == "orleans"
            ? RunOnOrleansAsync(plan, runs, journal, progress, verbose, cancellationToken)
            : RunInParallelAsync(plan, runs, journal, progress, cancellationToken);
    }

    private static async Task<int> RunInParallelAsync(SweepPlan plan, IReadOnlyList<(int Point, int Replicate)> runs, SweepJournal journal, ISweepProgress progress, CancellationToken cancellationToken)
    {
        var finished = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism };
        await Parallel.ForEachAsync(runs, options, (run, _) =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return ValueTask.CompletedTask;
            }

            var scenario = plan.ScenarioAt(run.Point);
            var replicate = ReferenceEngine.RunReplicate(scenario, run.Replicate, _ => progress.WeekDone(scenario.Customers), cancellationToken);
            if (replicate.Ticks.Count == scenario.Weeks)
            {
                var done = SweepRun.From(run.Point, new SimulationResult(scenario, [replicate], Completed: true), run.Replicate);
                journal.Append(done);
                Interlocked.Increment(ref finished);
                progress.RunDone(done);
            }

            return ValueTask.CompletedTask;
        });
        return finished;
    }

    private static Task<int> RunOnOrleansAsync(SweepPlan plan, IReadOnlyList<(int Point, int Replicate)> runs, SweepJournal journal, ISweepProgress progress, bool verbose, CancellationToken cancellationToken) =>
        EngineHost.WithEngineAsync("orleans", verbose, async engine =>
        {
            var finished = 0;
            foreach (var point in runs.GroupBy(r => r.Point))
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                // The engine runs replicates 0..n-1; those already done are run again and not written twice.
                var missing = point.Select(r => r.Replicate).ToHashSet();
                var scenario = plan.ScenarioAt(point.Key).WithRun(replicates: missing.Max() + 1);
                var result = await engine.RunAsync(scenario, new WeekCounter(progress, scenario.Customers), cancellationToken);
                foreach (var replicate in result.Replicates.Where(r => missing.Contains(r.Replicate) && r.Ticks.Count == scenario.Weeks))
                {
                    var done = SweepRun.From(point.Key, result, replicate.Replicate);
                    journal.Append(done);
                    finished++;
                    progress.RunDone(done);
                }
            }

            return finished;
        });

    private sealed class WeekCounter(ISweepProgress progress, int customers) : IProgress<TickProgress>
    {
        public void Report(TickProgress value) => progress.WeekDone(customers);
    }
}
