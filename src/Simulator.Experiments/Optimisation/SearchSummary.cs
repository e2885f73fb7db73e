namespace Simulator.Experiments.Optimisation;

/// <summary>One scalarised search of an optimisation: its weight, its best candidate in sample, and why it stopped.</summary>
/// <param name="Index">The search's number.</param>
/// <param name="Scalarisation">How it scored candidates.</param>
/// <param name="Best">Its best candidate on the search replicates (the start when it evaluated nothing).</param>
/// <param name="Generations">Generations evaluated.</param>
/// <param name="Stop">Why it stopped.</param>
public sealed record SearchSummary(int Index, Scalarisation Scalarisation, Evaluation Best, int Generations, OptimisationStop Stop);
