using Simulator.Experiments.Sensitivity;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Uncertainty;

/// <summary>
/// The parameter sets of a robust comparison: a Latin hypercube (McKay, Beckman &amp; Conover 1979) of
/// <c>N</c> points over the selected parameters' plausible ranges, each applied alike to every scenario
/// compared. A Latin hypercube rather than a Sobol sequence because it works for any number of
/// parameters (every coefficient of the model is 80-odd) and each parameter's range is covered evenly
/// whatever N. Deterministic for a seed.
/// </summary>
public sealed class RobustDesign
{
    /// <summary>The most parameter sets.</summary>
    public const int MaxSets = 10_000;

    private RobustDesign(IReadOnlyList<SensitivityParameter> parameters, IReadOnlyList<double[]> sets, ulong seed)
    {
        Parameters = parameters;
        Sets = sets;
        Seed = seed;
    }

    /// <summary>The parameters, in order.</summary>
    public IReadOnlyList<SensitivityParameter> Parameters { get; }

    /// <summary>Each set's values, in the parameters' order.</summary>
    public IReadOnlyList<double[]> Sets { get; }

    /// <summary>The seed of the hypercube.</summary>
    public ulong Seed { get; }

    /// <summary>Draws <paramref name="count"/> sets over <paramref name="parameters"/>' plausible ranges.</summary>
    /// <exception cref="SensitivitySpecException"><paramref name="count"/> is out of range, or there is no parameter.</exception>
    public static RobustDesign Create(IReadOnlyList<SensitivityParameter> parameters, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (count < 2 || count > MaxSets)
        {
            throw new SensitivitySpecException(FormattableString.Invariant($"--uncertain {count} is out of range; allowed: 2 to {MaxSets:N0} parameter sets."));
        }

        if (parameters.Count == 0)
        {
            throw new SensitivitySpecException("--parameters: no parameter to draw.");
        }

        var unit = LatinHypercube.Sample(count, parameters.Count, seed);
        return new RobustDesign(parameters, [.. unit.Select(u => parameters.Select((p, i) => p.At(u[i])).ToArray())], seed);
    }

    /// <summary><paramref name="scenario"/> with set <paramref name="set"/>'s values.</summary>
    public Scenario Apply(Scenario scenario, int set)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var result = scenario;
        for (var i = 0; i < Parameters.Count; i++)
        {
            result = ScenarioParameters.With(result, Parameters[i].Path, Sets[set][i]);
        }

        return result;
    }
}
