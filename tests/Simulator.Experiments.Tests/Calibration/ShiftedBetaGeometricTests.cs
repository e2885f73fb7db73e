using Simulator.Experiments.Calibration;
using Xunit;
using Xunit.Abstractions;

namespace Simulator.Experiments.Tests.Calibration;

public class ShiftedBetaGeometricTests(ITestOutputHelper output)
{
    [Fact]
    public void Survival_is_the_product_of_the_retention_rates_of_the_beta_geometric_cohort()
    {
        // Fader & Hardie (2007), eq. 5-6: S(t) = prod over i = 1..t of (beta + i - 1) / (alpha + beta + i - 1).
        var model = new ShiftedBetaGeometric(0.7, 1.2);
        var product = 1.0;
        Assert.Equal(1, model.Survival(0));
        for (var t = 1; t <= 30; t++)
        {
            product *= (1.2 + t - 1) / (0.7 + 1.2 + t - 1);
            Assert.Equal(product, model.Survival(t), 9);
        }

        Assert.Equal(0.7 / 1.9, model.MeanChurn, 12);
    }

    [Fact]
    public void The_fit_recovers_the_parameters_of_an_exact_curve_even_from_scattered_periods()
    {
        var truth = new ShiftedBetaGeometric(2.5, 6.0);
        var table = new RetentionTable("synthetic", [.. Enumerable.Range(0, 16).Select(p => new RetentionPoint(p, 100 * truth.Survival(p)))]);
        foreach (int[] periods in new[] { new[] { 1, 2, 3, 4, 5, 6, 7 }, [2, 5, 9, 15] })
        {
            var fit = ShiftedBetaGeometric.Fit(table, periods);
            Assert.Equal(2.5, fit.Alpha, 2.5e-3);
            Assert.Equal(6.0, fit.Beta, 6e-3);
        }
    }

    [Theory]
    // Fader & Hardie (2007), fitted to years 1-7 of 1,000 customers: regular alpha 0.704, beta 1.182; high end 0.668, 3.806.
    [InlineData("fader-hardie-regular.csv", 0.704, 1.182)]
    [InlineData("fader-hardie-high-end.csv", 0.668, 3.806)]
    public void The_fit_of_years_1_to_7_gives_fader_and_hardies_published_estimates(string file, double alpha, double beta)
    {
        var table = RetentionTableReader.Load(ShippedTables.PathOf(file));
        var fit = ShiftedBetaGeometric.Fit(table, [1, 2, 3, 4, 5, 6, 7]);
        var heldOut = new[] { 8, 9, 10, 11, 12 };
        var error = RetentionError.Rmse(table, fit.Curve(heldOut), heldOut);
        output.WriteLine($"{file}: alpha {fit.Alpha:F3}, beta {fit.Beta:F3}; years 8-12 RMSE {error:F2} points; year 12 {100 * fit.Survival(12):F1}% against {table.PercentAt(12)}%");
        // The table's shares are rounded to 0.1 points, so the estimates can differ from the paper's in the third digit.
        Assert.Equal(alpha, fit.Alpha, 0.01);
        Assert.Equal(beta, fit.Beta, 0.04);
        Assert.True(error < 2, $"years 8-12 missed by {error:F2} points; Fader & Hardie report under 2");
    }

    [Fact]
    public void A_table_that_leaves_nothing_to_fit_gives_an_undefined_benchmark_not_an_exception()
    {
        var kept = new RetentionTable("kept", [new RetentionPoint(0, 100), new RetentionPoint(1, 100), new RetentionPoint(2, 100)]);
        var lost = new RetentionTable("lost", [new RetentionPoint(0, 100), new RetentionPoint(1, 0), new RetentionPoint(2, 0)]);
        foreach (var table in new[] { kept, lost })
        {
            var fit = ShiftedBetaGeometric.Fit(table, [1, 2]);
            Assert.True(double.IsNaN(fit.Alpha) && double.IsNaN(fit.Survival(1)));
        }
    }

    [Fact]
    public void A_fit_needs_a_period_after_zero()
    {
        var table = new RetentionTable("t", [new RetentionPoint(0, 100), new RetentionPoint(1, 80)]);
        Assert.Throws<ArgumentException>(() => ShiftedBetaGeometric.Fit(table, [0]));
    }
}
