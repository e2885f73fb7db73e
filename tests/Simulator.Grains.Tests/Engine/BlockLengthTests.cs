using Simulator.Grains.Simulations;
using Xunit;

namespace Simulator.Grains.Tests.Engine;

/// <summary>The adaptive block length: it climbs while a week gets cheaper, settles on the cheapest length it knows, and tries its neighbours again now and then.</summary>
public class BlockLengthTests
{
    // A week's cost at each length, as customer-weeks and calls over a block of 1,000 customers.
    private static (long Calls, long Weeks) Block(int length, double callsPerCustomer, double runAgain) =>
        ((long)(1000 * callsPerCustomer), (long)(1000 * length * (1 + runAgain)));

    [Fact]
    public void A_fixed_length_never_moves()
    {
        var lengths = new BlockLength(fixedWeeks: 6, maxWeeks: 16, lag: 1);
        for (var i = 0; i < 20; i++)
        {
            lengths.Observe(6, 1000, 1000, 6000);
            Assert.Equal(6, lengths.Weeks);
        }
    }

    [Fact]
    public void It_starts_at_the_lag_and_climbs_while_a_week_gets_cheaper_up_to_the_most()
    {
        var lengths = new BlockLength(fixedWeeks: 0, maxWeeks: 16, lag: 1);
        var seen = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            seen.Add(lengths.Weeks);
            // Calls dominate: a longer block is always cheaper per week.
            var (calls, weeks) = Block(lengths.Weeks, 1.5, 0.05);
            lengths.Observe(lengths.Weeks, 1000, calls, weeks);
        }

        Assert.Equal([1, 2, 4, 8, 16], seen);
        Assert.Equal(16, lengths.Weeks);
    }

    [Fact]
    public void It_goes_back_to_the_cheapest_length_when_a_longer_one_costs_more()
    {
        var lengths = new BlockLength(fixedWeeks: 0, maxWeeks: 16, lag: 1);
        // Weeks run again grow fast with the length: 4 weeks is cheapest (cost (10 calls + weeks run) / weeks).
        var runAgain = new Dictionary<int, double> { [1] = 0, [2] = 0.1, [4] = 0.3, [8] = 3, [16] = 8 };
        var seen = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            seen.Add(lengths.Weeks);
            var (calls, weeks) = Block(lengths.Weeks, 1 + runAgain[lengths.Weeks], runAgain[lengths.Weeks]);
            lengths.Observe(lengths.Weeks, 1000, calls, weeks);
        }

        Assert.Equal([1, 2, 4, 8, 4, 4, 4], seen);
        Assert.True(lengths.Costs[4] < lengths.Costs[8]);
    }

    [Fact]
    public void The_last_short_block_of_a_run_tells_nothing_and_a_resume_goes_on_from_the_length_saved()
    {
        var lengths = new BlockLength(fixedWeeks: 0, maxWeeks: 16, lag: 2);
        Assert.Equal(2, lengths.Weeks);
        lengths.Observe(1, 1000, 10, 1000);
        Assert.Equal(2, lengths.Weeks);

        lengths.GoOnFrom(8);
        Assert.Equal(8, lengths.Weeks);
        lengths.GoOnFrom(64);
        Assert.Equal(16, lengths.Weeks);
        lengths.GoOnFrom(0);
        Assert.Equal(16, lengths.Weeks);
    }
}
