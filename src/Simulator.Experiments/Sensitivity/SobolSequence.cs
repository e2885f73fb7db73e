namespace Simulator.Experiments.Sensitivity;

/// <summary>
/// The Sobol low-discrepancy sequence in up to <see cref="MaxDimensions"/> dimensions, 32-bit, in Gray-code
/// order (Antonov &amp; Saleev 1979), with the direction numbers of Joe &amp; Kuo (2008), "Constructing Sobol
/// sequences with better two-dimensional projections", SIAM J. Sci. Comput. 30(5), 2635-2654 (their file
/// new-joe-kuo-6.21201). The first point, all zeros, is skipped, as is usual for integration.
/// </summary>
public static class SobolSequence
{
    // Dimensions 2 to 37 as (degree s, polynomial a, initial numbers m_1 ... m_s); dimension 1 is van der Corput.
    private static readonly (int S, uint A, uint[] M)[] JoeKuo =
    [
        (1, 0, [1]), (2, 1, [1, 3]), (3, 1, [1, 3, 1]), (3, 2, [1, 1, 1]), (4, 1, [1, 1, 3, 3]), (4, 4, [1, 3, 5, 13]),
        (5, 2, [1, 1, 5, 5, 17]), (5, 4, [1, 1, 5, 5, 5]), (5, 7, [1, 1, 7, 11, 19]), (5, 11, [1, 1, 5, 1, 1]),
        (5, 13, [1, 1, 1, 3, 11]), (5, 14, [1, 3, 5, 5, 31]), (6, 1, [1, 3, 3, 9, 7, 49]), (6, 13, [1, 1, 1, 15, 21, 21]),
        (6, 16, [1, 3, 1, 13, 27, 49]), (6, 19, [1, 1, 1, 15, 7, 5]), (6, 22, [1, 3, 1, 15, 13, 25]), (6, 25, [1, 1, 5, 5, 19, 61]),
        (7, 1, [1, 3, 7, 11, 23, 15, 103]), (7, 4, [1, 3, 7, 13, 13, 15, 69]), (7, 7, [1, 1, 3, 13, 7, 35, 63]),
        (7, 8, [1, 3, 5, 9, 1, 25, 53]), (7, 14, [1, 3, 1, 13, 9, 35, 107]), (7, 19, [1, 3, 1, 5, 27, 61, 31]),
        (7, 21, [1, 1, 5, 11, 19, 41, 61]), (7, 28, [1, 3, 5, 3, 3, 13, 69]), (7, 31, [1, 1, 7, 13, 1, 19, 1]),
        (7, 32, [1, 3, 7, 5, 13, 19, 59]), (7, 37, [1, 1, 3, 9, 25, 29, 41]), (7, 41, [1, 3, 5, 13, 23, 1, 55]),
        (7, 42, [1, 3, 7, 3, 13, 59, 17]), (7, 50, [1, 3, 1, 3, 5, 53, 69]), (7, 55, [1, 1, 5, 5, 23, 33, 13]),
        (7, 56, [1, 1, 7, 7, 1, 61, 123]), (7, 59, [1, 1, 7, 9, 13, 61, 49]), (7, 62, [1, 3, 3, 5, 3, 55, 33]),
    ];

    private const int Bits = 32;

    /// <summary>The most dimensions the table supports.</summary>
    public static int MaxDimensions => JoeKuo.Length + 1;

    /// <summary>The first <paramref name="count"/> points (after the all-zero one) in <paramref name="dimensions"/> dimensions, each coordinate in (0, 1).</summary>
    public static double[][] Points(int count, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        var directions = new uint[dimensions][];
        for (var d = 0; d < dimensions; d++)
        {
            directions[d] = Directions(d);
        }

        var x = new uint[dimensions];
        var points = new double[count][];
        for (var i = 1; i <= count; i++)
        {
            // Gray code: point i differs from point i - 1 by the direction of the lowest zero bit of i - 1.
            var c = System.Numerics.BitOperations.TrailingZeroCount(~(uint)(i - 1));
            var point = new double[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                x[d] ^= directions[d][c];
                point[d] = x[d] / 4294967296.0;
            }

            points[i - 1] = point;
        }

        return points;
    }

    private static uint[] Directions(int dimension)
    {
        var v = new uint[Bits];
        if (dimension == 0)
        {
            for (var k = 0; k < Bits; k++)
            {
                v[k] = 1u << (Bits - 1 - k);
            }

            return v;
        }

        var (s, a, m) = JoeKuo[dimension - 1];
        for (var k = 0; k < s && k < Bits; k++)
        {
            v[k] = m[k] << (Bits - 1 - k);
        }

        for (var k = s; k < Bits; k++)
        {
            v[k] = v[k - s] ^ (v[k - s] >> s);
            for (var j = 1; j < s; j++)
            {
                v[k] ^= ((a >> (s - 1 - j)) & 1) * v[k - j];
            }
        }

        return v;
    }
}
