namespace Simulator.Experiments.Sweeps;

/// <summary>Hears how a sweep advances; called from several threads at once.</summary>
public interface ISweepProgress
{
    /// <summary>A week (burn-in or reported) of some run finished, for <paramref name="customers"/> customers.</summary>
    void WeekDone(int customers);

    /// <summary>A run finished and has been recorded.</summary>
    void RunDone(SweepRun run);
}
