using Simulator.Model.Randomness;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Market;

/// <summary>
/// The word-of-mouth network as a pure function: the peers of a customer are computed, never
/// stored, so a customer grain needs no adjacency list. Small world: each customer's k ties go to
/// its ring neighbours (±1, ±2, ...), and each tie is rewired with probability β to a customer drawn
/// at random (a directed Watts-Strogatz graph). Well mixed: a peer is anyone, drawn afresh.
/// </summary>
public sealed class SocialNetwork
{
    private readonly NetworkSpec _spec;
    private readonly int _population;
    private readonly ulong _seed;
    private readonly int _replicate;

    /// <summary>Creates the network of one replicate.</summary>
    public SocialNetwork(NetworkSpec spec, int population, ulong seed, int replicate)
    {
        _spec = spec;
        _population = population;
        _seed = seed;
        _replicate = replicate;
    }

    /// <summary>The tick used for the network's draws: far before any burn-in week.</summary>
    public const int NetworkTick = int.MinValue + 1;

    /// <summary>Number of peers a customer talks to (at most population - 1).</summary>
    public int Degree => Math.Min(_spec.Neighbours, Math.Max(0, _population - 1));

    /// <summary>The network's settings.</summary>
    public NetworkSpec Spec => _spec;

    /// <summary>Peer number <paramref name="tie"/> of <paramref name="customer"/> (small world), or a random peer for (tick, draw) when well mixed.</summary>
    public int Peer(int customer, int tie, int tick, int draw)
    {
        var random = CounterRandom.For(_seed, _replicate, customer);
        if (_spec.Kind == NetworkKind.WellMixed)
        {
            return OtherThan(customer, random.Below(_population - 1, tick, DrawPurpose.Peer, draw));
        }

        // The network is fixed for the whole run: its draws use a tick outside any run or burn-in.
        if (random.Chance(_spec.Rewiring, NetworkTick, DrawPurpose.Rewiring, tie))
        {
            return OtherThan(customer, random.Below(_population - 1, NetworkTick, DrawPurpose.RewiringTarget, tie));
        }

        var distance = tie / 2 + 1;
        var offset = tie % 2 == 0 ? distance : -distance;
        var peer = (int)(((long)customer + offset) % _population);
        return peer < 0 ? peer + _population : peer;
    }

    private static int OtherThan(int customer, int draw) => draw >= customer ? draw + 1 : draw;
}
