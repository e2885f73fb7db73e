namespace Simulator.Model.Randomness;

/// <summary>
/// A counter-based random number generator: every number is a pure function of
/// (seed, replicate, customer, tick, purpose, index), computed by SplitMix64 finalisers
/// (Steele, Lea &amp; Flood 2014). Nothing is stored between draws, so any engine, on any number of
/// machines, in any order, sees the same numbers.
/// </summary>
public readonly struct CounterRandom
{
    private readonly ulong _key;

    private CounterRandom(ulong key) => _key = key;

    /// <summary>The stream of one customer in one replicate of a run with <paramref name="seed"/>.</summary>
    public static CounterRandom For(ulong seed, int replicate, int customer) =>
        new(Mix(Mix(Mix(seed) ^ (uint)replicate) ^ ((ulong)(uint)customer << 1 | 1UL)));

    /// <summary>64 random bits for (tick, purpose, index).</summary>
    public ulong Bits(int tick, DrawPurpose purpose, int index = 0) =>
        Mix(_key ^ Mix(((ulong)(uint)tick << 32) | ((ulong)(ushort)purpose << 16) | (ushort)index));

    /// <summary>A uniform number in [0, 1) for (tick, purpose, index).</summary>
    public double Uniform(int tick, DrawPurpose purpose, int index = 0) =>
        (Bits(tick, purpose, index) >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p, int tick, DrawPurpose purpose, int index = 0) =>
        p > 0 && Uniform(tick, purpose, index) < p;

    /// <summary>An integer uniform in [0, <paramref name="n"/>).</summary>
    public int Below(int n, int tick, DrawPurpose purpose, int index = 0) =>
        (int)((Bits(tick, purpose, index) >> 32) * (ulong)n >> 32);

    /// <summary>A standard normal number (Box-Muller on two counter draws).</summary>
    public double Normal(int tick, DrawPurpose purpose, int index = 0)
    {
        var u1 = 1.0 - Uniform(tick, purpose, 2 * index);
        var u2 = Uniform(tick, purpose, 2 * index + 1);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A Gumbel number (for logit choice).</summary>
    public double Gumbel(int tick, DrawPurpose purpose, int index = 0)
    {
        var u = 1.0 - Uniform(tick, purpose, index);
        return -Math.Log(-Math.Log(u == 1.0 ? 0.9999999999999999 : u));
    }

    /// <summary>A geometric number of weeks with the given mean (at least 1).</summary>
    public int GeometricWeeks(double mean, int tick, DrawPurpose purpose, int index = 0)
    {
        if (mean <= 1)
        {
            return 1;
        }

        var u = 1.0 - Uniform(tick, purpose, index);
        var weeks = 1 + (int)Math.Floor(Math.Log(u) / Math.Log(1.0 - 1.0 / mean));
        return Math.Min(weeks, short.MaxValue - 1);
    }

    /// <summary>The attempts a gamma draw may make; each is accepted with probability above 0.95, and if none is the mean, the shape, is returned.</summary>
    public const int MaxGammaAttempts = 1000;

    /// <summary>
    /// A gamma number with shape <paramref name="shape"/> and scale 1 (mean = shape), by Marsaglia &amp; Tsang's
    /// (2000) squeeze-free rejection method; a shape below 1 is boosted by a uniform power (their section 7).
    /// Attempt a reads the counter indices 1 + 3a to 3 + 3a, index 0 the boost, so the number is still a pure
    /// function of (tick, purpose).
    /// </summary>
    public double Gamma(double shape, int tick, DrawPurpose purpose)
    {
        if (!(shape > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "The shape of a gamma distribution must be positive.");
        }

        var boost = 1.0;
        var k = shape;
        if (k < 1)
        {
            boost = Math.Pow(1.0 - Uniform(tick, purpose, 0), 1.0 / k);
            k += 1;
        }

        var d = k - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        for (var attempt = 0; attempt < MaxGammaAttempts; attempt++)
        {
            var index = 1 + 3 * attempt;
            var x = Math.Sqrt(-2.0 * Math.Log(1.0 - Uniform(tick, purpose, index))) * Math.Cos(2.0 * Math.PI * Uniform(tick, purpose, index + 1));
            var v = 1 + c * x;
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            var u = 1.0 - Uniform(tick, purpose, index + 2);
            if (Math.Log(u) < 0.5 * x * x + d - d * v + d * Math.Log(v))
            {
                return d * v * boost;
            }
        }

        // Reached with probability below 0.05^1000: the mean keeps the draw defined.
        return shape;
    }

    /// <summary>SplitMix64's output function: a bijective 64-bit mixer.</summary>
    public static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
