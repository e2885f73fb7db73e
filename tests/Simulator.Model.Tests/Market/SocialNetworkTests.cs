using Simulator.Model.Market;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Model.Tests.Market;

public class SocialNetworkTests
{
    [Fact]
    public void Without_rewiring_peers_are_the_ring_neighbours()
    {
        var network = new SocialNetwork(new NetworkSpec(NetworkKind.SmallWorld, 4, 0), 100, 1, 0);
        var peers = Enumerable.Range(0, 4).Select(tie => network.Peer(0, tie, 0, 0)).ToArray();
        Assert.Equal([1, 99, 2, 98], peers);
    }

    [Fact]
    public void The_small_world_is_fixed_for_the_run_and_never_points_at_oneself()
    {
        var network = new SocialNetwork(new NetworkSpec(NetworkKind.SmallWorld, 10, 0.3), 1000, 1, 0);
        for (var customer = 0; customer < 1000; customer++)
        {
            for (var tie = 0; tie < 10; tie++)
            {
                var peer = network.Peer(customer, tie, 3, 0);
                Assert.Equal(peer, network.Peer(customer, tie, 70, 5));
                Assert.NotEqual(customer, peer);
                Assert.InRange(peer, 0, 999);
            }
        }
    }

    [Fact]
    public void About_the_rewiring_share_of_ties_is_rewired()
    {
        var network = new SocialNetwork(new NetworkSpec(NetworkKind.SmallWorld, 10, 0.2), 10_000, 1, 0);
        var ring = new SocialNetwork(new NetworkSpec(NetworkKind.SmallWorld, 10, 0), 10_000, 1, 0);
        var rewired = 0;
        for (var customer = 0; customer < 10_000; customer++)
        {
            for (var tie = 0; tie < 10; tie++)
            {
                rewired += network.Peer(customer, tie, 0, 0) != ring.Peer(customer, tie, 0, 0) ? 1 : 0;
            }
        }

        Assert.InRange(rewired / 100_000.0, 0.19, 0.21);
    }

    [Fact]
    public void Well_mixed_peers_are_drawn_afresh_each_week()
    {
        var network = new SocialNetwork(new NetworkSpec(NetworkKind.WellMixed, 10, 0), 1000, 1, 0);
        var weeks = Enumerable.Range(0, 20).Select(t => network.Peer(5, 0, t, 0)).Distinct().Count();
        Assert.True(weeks > 15);
        Assert.DoesNotContain(5, Enumerable.Range(0, 500).Select(t => network.Peer(5, 0, t, 0)));
    }

    [Fact]
    public void A_tiny_population_limits_the_degree()
    {
        Assert.Equal(2, new SocialNetwork(NetworkSpec.Default, 3, 1, 0).Degree);
        Assert.Equal(0, new SocialNetwork(NetworkSpec.Default, 1, 1, 0).Degree);
    }
}
