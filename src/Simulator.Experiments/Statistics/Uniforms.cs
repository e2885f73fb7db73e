using Simulator.Model.Randomness;

namespace Simulator.Experiments.Statistics;

/// <summary>
/// Reproducible uniform numbers for the analyses' own draws (Morris trajectories, bootstrap resamples):
/// counter-based like the model's (<see cref="CounterRandom.Mix"/>), keyed by a seed, a purpose and two
/// indices, so the same analysis always draws the same numbers and no two purposes share a stream.
/// </summary>
public static class Uniforms
{
    /// <summary>A number in [0, 1) for (<paramref name="seed"/>, <paramref name="purpose"/>, <paramref name="outer"/>, <paramref name="inner"/>).</summary>
    public static double Next(ulong seed, ulong purpose, int outer, int inner) =>
        (CounterRandom.Mix(CounterRandom.Mix(seed ^ purpose ^ (ulong)(uint)outer << 20) ^ (uint)inner) >> 11) * (1.0 / (1UL << 53));
}
