namespace Simulator.Experiments.Sensitivity;

/// <summary>One parameter of a sensitivity analysis: the range it is moved over and its value in the scenario.</summary>
/// <param name="Path">The scenario path (as for <c>--set</c>).</param>
/// <param name="Low">The low end of the range studied: the plausible minimum.</param>
/// <param name="High">The high end: the plausible maximum.</param>
/// <param name="Base">The value in the scenario, where the one-at-a-time swings start from.</param>
/// <param name="Whole">Whether only whole numbers are meaningful: values are rounded.</param>
public sealed record SensitivityParameter(string Path, double Low, double High, double Base, bool Whole)
{
    /// <summary>The value at <paramref name="unit"/> (0 to 1) of the range, rounded for a whole-number parameter.</summary>
    public double At(double unit)
    {
        var value = Math.Min(High, Low + unit * (High - Low));
        return Whole ? Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), Math.Ceiling(Low), Math.Floor(High)) : value;
    }
}
