using Simulator.Experiments.Sensitivity;
using Xunit;

namespace Simulator.Experiments.Tests.Sensitivity;

public class MorrisScreeningTests
{
    [Fact]
    public void Trajectories_stay_on_the_grid_inside_the_unit_cube_and_move_one_input_by_delta_at_a_time()
    {
        var design = MorrisScreening.Design(trajectories: 20, dimensions: 5, levels: 4, seed: 3);
        var delta = MorrisScreening.Delta(4);

        Assert.Equal(20 * 6, design.Length);
        Assert.All(design, p => Assert.All(p, x => Assert.Contains(Math.Round(x * 3, 9), new[] { 0.0, 1, 2, 3 })));
        for (var t = 0; t < 20; t++)
        {
            var moved = new HashSet<int>();
            for (var s = 0; s < 5; s++)
            {
                var changes = Enumerable.Range(0, 5).Where(i => design[t * 6 + s + 1][i] != design[t * 6 + s][i]).ToArray();
                var i = Assert.Single(changes);
                Assert.Equal(delta, design[t * 6 + s + 1][i] - design[t * 6 + s][i], 12);
                moved.Add(i);
            }

            Assert.Equal(5, moved.Count);
        }
    }

    [Fact]
    public void On_a_linear_model_every_elementary_effect_is_the_weight()
    {
        double[] weights = [4, -2, 0.5, 0];
        var effects = MorrisScreening.Run(u => weights.Select((w, i) => w * u[i]).Sum(), trajectories: 10, dimensions: 4);

        for (var i = 0; i < weights.Length; i++)
        {
            Assert.Equal(Math.Abs(weights[i]), effects[i].MuStar, 9);
            Assert.Equal(weights[i], effects[i].Mu, 9);
            Assert.Equal(0, effects[i].Sigma, 9);
        }
    }

    [Fact]
    public void An_interaction_shows_as_a_spread_of_effects_and_signs_cancel_in_mu_but_not_in_mu_star()
    {
        // x1 and x2 interact; x3 acts alone; x4 pulls both ways around the middle.
        var effects = MorrisScreening.Run(u => u[0] * u[1] + 0.3 * u[2] + (u[3] - 0.5) * (u[3] - 0.5), trajectories: 40, dimensions: 4, seed: 11);

        Assert.True(effects[0].Sigma > 0.1 && effects[1].Sigma > 0.1, "interacting inputs must spread");
        Assert.Equal(0, effects[2].Sigma, 9);
        Assert.Equal(0.3, effects[2].MuStar, 9);
        Assert.True(effects[3].MuStar > Math.Abs(effects[3].Mu) + 0.01, "effects of both signs must cancel in mu only");
    }
}
