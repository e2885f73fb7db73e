namespace Simulator.Experiments.Sensitivity;

/// <summary>One bar of a tornado chart: an outcome with one parameter at each end of its plausible range, every other at the scenario's value.</summary>
/// <param name="Path">The parameter.</param>
/// <param name="Low">Its plausible minimum.</param>
/// <param name="High">Its plausible maximum.</param>
/// <param name="AtLow">The outcome (mean over replicates) with the parameter at <paramref name="Low"/>.</param>
/// <param name="AtHigh">The outcome with the parameter at <paramref name="High"/>.</param>
public readonly record struct TornadoBar(string Path, double Low, double High, double AtLow, double AtHigh)
{
    /// <summary>How far the outcome moves over the range: |AtHigh - AtLow|.</summary>
    public double Swing => Math.Abs(AtHigh - AtLow);
}
