using Simulator.Experiments.Sensitivity;

namespace Simulator.Reporting.Sensitivity;

/// <summary>One line of indices.csv: one parameter's indices for one outcome.</summary>
/// <param name="Result">The outcome's analysis.</param>
/// <param name="Parameter">The parameter.</param>
/// <param name="Index">The parameter's position in the design.</param>
public sealed record SensitivityRow(OutcomeSensitivity Result, SensitivityParameter Parameter, int Index)
{
    /// <summary>The parameter's Morris effect, or NaNs.</summary>
    public MorrisEffect Morris => Result.Morris is { } m ? m[Index] : new MorrisEffect(double.NaN, double.NaN, double.NaN);

    /// <summary>The parameter's first-order Sobol index, or NaNs.</summary>
    public SensitivityIndex First => Result.Sobol is { } s ? s.FirstOrder[Index] : new SensitivityIndex(double.NaN, double.NaN, double.NaN);

    /// <summary>The parameter's total Sobol index, or NaNs.</summary>
    public SensitivityIndex Total => Result.Sobol is { } s ? s.Total[Index] : new SensitivityIndex(double.NaN, double.NaN, double.NaN);

    /// <summary>The parameter's one-at-a-time bar.</summary>
    public TornadoBar Tornado => Result.Tornado[Index];
}
