using Simulator.Model.Engine;

namespace Simulator.Experiments.Engines;

/// <summary>
/// Runs many independent replicates over one engine, as many at once as the engine says it can use
/// (<see cref="ISimulationEngine.Parallelism"/>): the one way sweeps, calibration and the coming
/// analyses run their simulations, whichever engine does the work.
/// </summary>
public static class ReplicateRunner
{
    /// <summary>
    /// Runs <paramref name="jobs"/> and hands each one that ran every week to <paramref name="finished"/>
    /// (called from several threads at once); returns how many finished. Once cancelled no new job
    /// starts, and jobs cut short are dropped.
    /// </summary>
    /// <param name="engine">The engine.</param>
    /// <param name="jobs">The replicates to run.</param>
    /// <param name="finished">Hears of each finished job with its one-replicate result.</param>
    /// <param name="weekDone">Hears of every week run (burn-in included), with the job's population.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public static async Task<int> RunAsync<TKey>(
        ISimulationEngine engine,
        IReadOnlyList<ReplicateJob<TKey>> jobs,
        Action<ReplicateJob<TKey>, SimulationResult> finished,
        Action<int>? weekDone = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(finished);
        var count = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, engine.Parallelism) };
        await Parallel.ForEachAsync(jobs, options, async (job, failed) =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            // The loop's own token is cancelled when another job fails: stop this one too, so the failure surfaces at once.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, failed);
            var progress = weekDone is null ? null : new WeekCounter(weekDone, job.Scenario.Customers);
            var result = await engine.RunAsync(job.Scenario, [job.Replicate], progress, stop.Token).ConfigureAwait(false);
            if (result.Completed && result.Replicates.Count == 1 && result.Replicates[0].Ticks.Count == job.Scenario.Weeks)
            {
                finished(job, result);
                Interlocked.Increment(ref count);
            }
        }).ConfigureAwait(false);
        return count;
    }

    /// <summary>
    /// Runs replicates 0 to <c>Replicates - 1</c> of <paramref name="scenario"/> as independent jobs and
    /// returns them as one result, in replicate order; incomplete when cancelled before all finished.
    /// </summary>
    public static async Task<SimulationResult> RunReplicatesAsync(ISimulationEngine engine, Model.Scenarios.Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var results = new ReplicateResult?[scenario.Replicates];
        var jobs = Enumerable.Range(0, scenario.Replicates).Select(r => new ReplicateJob<int>(r, scenario, r)).ToArray();
        await RunAsync(engine, jobs, (job, result) => results[job.Key] = result.Replicates[0], cancellationToken: cancellationToken).ConfigureAwait(false);
        var done = results.Where(r => r is not null).Select(r => r!).ToArray();
        return new SimulationResult(scenario, done, Completed: done.Length == results.Length);
    }

    private sealed class WeekCounter(Action<int> weekDone, int customers) : IProgress<TickProgress>
    {
        public void Report(TickProgress value) => weekDone(customers);
    }
}
