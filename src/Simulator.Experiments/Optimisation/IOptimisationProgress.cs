namespace Simulator.Experiments.Optimisation;

/// <summary>Hears how an optimisation advances.</summary>
public interface IOptimisationProgress
{
    /// <summary>A generation of search <paramref name="search"/> was evaluated; <paramref name="best"/> is that search's best so far.</summary>
    void GenerationDone(int search, int generation, int evaluations, Evaluation best, bool feasible);

    /// <summary>The re-evaluation on fresh replicates starts, for <paramref name="candidates"/> candidates.</summary>
    void FreshStarted(int candidates, int replicates);
}
