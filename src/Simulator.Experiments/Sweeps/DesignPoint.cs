using System.Globalization;

namespace Simulator.Experiments.Sweeps;

/// <summary>One point of a sweep design: its stable id and the value of every varied parameter.</summary>
/// <param name="Id">The point's index in the design (0-based); stable for a given design.</param>
/// <param name="Paths">The varied parameters' paths, in the order they were given.</param>
/// <param name="Values">The value of each parameter at this point, in the order of <paramref name="Paths"/>.</param>
public sealed record DesignPoint(int Id, IReadOnlyList<string> Paths, IReadOnlyList<double> Values)
{
    /// <summary>
    /// The canonical key of the point, <c>path=value;path=value</c> with every value written by
    /// <see cref="FormatValue"/>: two points with the same key set the scenario identically.
    /// </summary>
    public string Key => string.Join(';', Paths.Select((path, i) => path + "=" + FormatValue(Values[i])));

    /// <summary>A parameter value as text: invariant culture, the shortest text that reads back as the same number.</summary>
    public static string FormatValue(double value) =>
        value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);
}
