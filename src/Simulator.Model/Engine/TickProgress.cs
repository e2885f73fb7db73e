namespace Simulator.Model.Engine;

/// <summary>Progress of a run: a week of a replicate has finished.</summary>
/// <param name="Replicate">Replicate index.</param>
/// <param name="Tick">The week just finished (0-based; negative during burn-in).</param>
/// <param name="CustomerTicks">Customer-weeks simulated so far in the whole run.</param>
public readonly record struct TickProgress(int Replicate, int Tick, long CustomerTicks);
