namespace Simulator.Grains.Runs;

/// <summary>Which step context: the begin or resume, the block, the round and the week.</summary>
internal readonly record struct ContextKey(int Generation, int FirstTick, int Round, int Tick);
