using Simulator.Reporting.Sweeps;

namespace Simulator.Cli.Sweeps;

/// <summary>Hears how a sweep advances; called from several threads at once.</summary>
public interface ISweepProgress
{
    /// <summary>A week (burn-in or reported) of some run finished, for <paramref name="customers"/> customers.</summary>
    void WeekDone(int customers);

    /// <summary>A run finished and its line is in runs.csv.</summary>
    void RunDone(SweepRun run);
}
