namespace Simulator.Model.Parameters;

/// <summary>
/// An immutable vector of parameter values indexed by an enum whose order matches a list of
/// <see cref="ParameterSpec"/>. Policies and model constants are stored this way so that a
/// schedule, a sweep or a slider can change any of them by name.
/// </summary>
/// <typeparam name="TKey">The enum that names the parameters.</typeparam>
public abstract class ParameterSet<TKey> where TKey : struct, Enum
{
    private readonly double[] _values;

    /// <summary>Creates a set from values in the order of <paramref name="specs"/>.</summary>
    protected ParameterSet(IReadOnlyList<ParameterSpec> specs, double[] values)
    {
        if (values.Length != specs.Count)
        {
            throw new ArgumentException($"Expected {specs.Count} values, got {values.Length}.", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!specs[i].Allows(values[i]))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(values),
                    FormattableString.Invariant($"{specs[i].Name} = {values[i]} is outside {specs[i].RangeText}."));
            }
        }

        _values = values;
    }

    /// <summary>The value of one parameter.</summary>
    public double this[TKey key] => _values[Convert.ToInt32(key, System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>A copy of all values in spec order.</summary>
    public double[] ToArray() => (double[])_values.Clone();

    /// <summary>Whether <paramref name="other"/> holds exactly the same values, bit for bit.</summary>
    public bool SameAs(ParameterSet<TKey> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Bits(_values).SequenceEqual(Bits(other._values));
    }

    private static ReadOnlySpan<long> Bits(double[] values) => System.Runtime.InteropServices.MemoryMarshal.Cast<double, long>(values);

    /// <summary>Reads a value by index, without boxing, for hot paths.</summary>
    protected double Get(int index) => _values[index];

    /// <summary>Finds the index of a parameter by its JSON name, or -1.</summary>
    public static int IndexOf(IReadOnlyList<ParameterSpec> specs, string name)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            if (string.Equals(specs[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The defaults of <paramref name="specs"/> as a fresh array.</summary>
    public static double[] Defaults(IReadOnlyList<ParameterSpec> specs) => specs.Select(s => s.Default).ToArray();
}
