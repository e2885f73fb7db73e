using Simulator.Experiments.Comparison;
using Xunit;

namespace Simulator.Experiments.Tests.Comparison;

public class BreakEvenTests
{
    [Fact]
    public void The_crossing_of_a_line_is_its_root_wherever_the_grid_falls()
    {
        var grid = BreakEven.Grid(0, 10, 7);

        Assert.Equal(6, BreakEven.Crossing(grid, [.. grid.Select(x => 3 - 0.5 * x)]), 12);
        Assert.Equal(2.5, BreakEven.Crossing(grid, [.. grid.Select(x => -5 + 2 * x)]), 12);
        Assert.True(double.IsNaN(BreakEven.Crossing(grid, [.. grid.Select(x => 1 + x)])));
        Assert.Equal(0, BreakEven.Crossing(grid, [.. grid.Select(x => -x)]));
    }

    [Fact]
    public void Each_replicate_crosses_where_its_own_difference_does_and_the_estimate_is_their_mean()
    {
        // Three replicates whose profit difference falls linearly through zero at 4, 5 and 6.
        var grid = BreakEven.Grid(0, 10, 5);
        double[] roots = [4, 5, 6];
        var profits = new double[grid.Length, 2, roots.Length];
        for (var i = 0; i < grid.Length; i++)
        {
            for (var r = 0; r < roots.Length; r++)
            {
                profits[i, 0, r] = 100;
                profits[i, 1, r] = 100 + 20 * (roots[r] - grid[i]);
            }
        }

        var result = BreakEven.Analyse("market.x", grid, profits);

        Assert.Equal(3, result.Crossed);
        Assert.Equal(5, result.Estimate.Mean, 12);
        Assert.Equal(5, result.CrossingOfMean, 12);
        Assert.True(result.Estimate.Lower < 5 && result.Estimate.Upper > 5);
        Assert.Equal(20 * (5 - 2.5), result.Differences[1].Mean, 12);
    }
}
