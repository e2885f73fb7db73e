using Simulator.Experiments.Engines;

namespace Simulator.Experiments.Sweeps;

/// <summary>
/// Runs the missing runs of a sweep over an engine (<see cref="ReplicateRunner"/>: the reference engine
/// spreads them over the machine's cores, the Orleans engine takes one at a time over the whole silo)
/// and records each finished one before telling the progress. A cancelled
/// sweep stops at once: runs cut short are dropped (they run again on resume).
/// </summary>
public static class SweepRunner
{
    /// <summary>Runs <paramref name="runs"/> of <paramref name="plan"/>; returns how many finished.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="plan">The sweep.</param>
    /// <param name="runs">The (point, replicate) runs to do.</param>
    /// <param name="record">Records a finished run (appends it to runs.csv); called from several threads.</param>
    /// <param name="progress">Hears of weeks and runs.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    public static Task<int> RunAsync(
        Model.Engine.ISimulationEngine engine,
        SweepPlan plan,
        IReadOnlyList<(int Point, int Replicate)> runs,
        Action<SweepRun> record,
        ISweepProgress progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(progress);
        var jobs = runs.Select(r => new ReplicateJob<int>(r.Point, plan.ScenarioAt(r.Point), r.Replicate)).ToArray();
        return ReplicateRunner.RunAsync(engine, jobs, (job, result) =>
        {
            var done = SweepRun.From(job.Key, result, job.Replicate);
            record(done);
            progress.RunDone(done);
        }, progress.WeekDone, cancellationToken);
    }
}
