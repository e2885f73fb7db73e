namespace Simulator.Experiments.Calibration;

/// <summary>
/// A deterministic, derivative-free minimiser on the unit cube [0, 1]^n: the Nelder-Mead simplex method
/// (reflection 1, expansion 2, contraction 0.5, shrink 0.5; Nelder &amp; Mead 1965, in the form of Lagarias
/// et al. 1998). A point that falls outside the cube is reflected back at the bound it crossed
/// (−0.2 becomes 0.2, 1.3 becomes 0.7), so the search never leaves the bounds and never sticks to them.
/// Optionally, a space-filling design (<see cref="NelderMeadOptions.InitialDesign"/>) is evaluated first
/// and the simplex starts from the best point seen. When the simplex has shrunk below the tolerance, the
/// search restarts from the best point with a smaller simplex, while that improves on the best. The same inputs always give the same evaluations
/// in the same order; a point already evaluated is answered from memory without spending budget.
/// </summary>
public static class NelderMead
{
    private const double ReflectionCoefficient = 1;
    private const double ExpansionCoefficient = 2;
    private const double ContractionCoefficient = 0.5;
    private const double ShrinkCoefficient = 0.5;

    /// <summary>
    /// Minimises <paramref name="objective"/> from <paramref name="start"/> (coordinates in [0, 1]). NaN values
    /// count as worse than any number. An <see cref="OperationCanceledException"/> from the objective, or
    /// <paramref name="cancellationToken"/>, stops the search with the best point so far.
    /// </summary>
    public static OptimizationResult Minimize(Func<double[], double> objective, IReadOnlyList<double> start, NelderMeadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(start);
        options ??= new NelderMeadOptions();
        var problem = options.Problems().FirstOrDefault();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        if (start.Count == 0)
        {
            throw new ArgumentException("At least one coordinate is needed.", nameof(start));
        }

        var evaluator = new SimplexEvaluator(objective, options.MaxEvaluations, cancellationToken);
        var center = start.Select(Reflect).ToArray();
        var step = options.InitialStep;
        var stop = OptimizationStop.Converged;
        if (options.InitialDesign > 0)
        {
            if (!evaluator.TryEvaluate(center, out _))
            {
                return Result(evaluator, center);
            }

            for (var k = 1; k <= options.InitialDesign; k++)
            {
                if (!evaluator.TryEvaluate(Halton(k, center.Length), out _))
                {
                    return Result(evaluator, center);
                }
            }

            center = [.. evaluator.BestPoint!];
        }

        for (var pass = 0; pass <= options.MaxRestarts; pass++)
        {
            var bestBefore = evaluator.BestValue;
            stop = Pass(evaluator, center, step, options);
            if (stop != OptimizationStop.Converged || !(evaluator.BestValue < bestBefore))
            {
                break;
            }

            center = [.. evaluator.BestPoint!];
            step /= 2;
        }

        return new OptimizationResult(evaluator.BestPoint ?? center, evaluator.BestValue, evaluator.Count, stop);
    }

    /// <summary>
    /// The <paramref name="index"/>-th point (from 1) of the Halton sequence in <paramref name="dimensions"/>
    /// dimensions: coordinate j is the radical inverse of the index in the j-th prime base. Consecutive points
    /// fill the unit cube evenly, without randomness.
    /// </summary>
    public static double[] Halton(int index, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var point = new double[dimensions];
        var primes = Primes(dimensions);
        for (var j = 0; j < dimensions; j++)
        {
            double fraction = 1, value = 0;
            for (var i = index; i > 0; i /= primes[j])
            {
                fraction /= primes[j];
                value += fraction * (i % primes[j]);
            }

            point[j] = Reflect(value);
        }

        return point;
    }

    private static OptimizationResult Result(SimplexEvaluator evaluator, double[] center) =>
        new(evaluator.BestPoint ?? center, evaluator.BestValue, evaluator.Count, evaluator.Stop);

    private static int[] Primes(int count)
    {
        var primes = new List<int>(count);
        for (var candidate = 2; primes.Count < count; candidate++)
        {
            if (primes.All(p => candidate % p != 0))
            {
                primes.Add(candidate);
            }
        }

        return [.. primes];
    }

    /// <summary>Reflects a coordinate into [0, 1] at the bound it crossed (repeatedly for far points), rounded to 12 decimals.</summary>
    public static double Reflect(double u)
    {
        if (!double.IsFinite(u))
        {
            return 0.5;
        }

        var folded = Math.Abs(u) % 2;

        // Rounded so that the same point reached by different arithmetic is recognised and not simulated twice.
        return Math.Round(folded > 1 ? 2 - folded : folded, 12);
    }

    private static OptimizationStop Pass(SimplexEvaluator evaluator, double[] center, double step, NelderMeadOptions options)
    {
        var n = center.Length;
        var points = new double[n + 1][];
        var values = new double[n + 1];
        points[0] = center;
        if (!evaluator.TryEvaluate(points[0], out values[0]))
        {
            return evaluator.Stop;
        }

        for (var i = 0; i < n; i++)
        {
            var vertex = (double[])center.Clone();
            vertex[i] = Reflect(center[i] + step <= 1 ? center[i] + step : center[i] - step);
            points[i + 1] = vertex;
            if (!evaluator.TryEvaluate(vertex, out values[i + 1]))
            {
                return evaluator.Stop;
            }
        }

        // A safety net: every iteration either evaluates a point or shrinks the simplex.
        var maxIterations = 100 * (options.MaxEvaluations + n + 1);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            Order(points, values);
            if (Diameter(points) < options.Tolerance)
            {
                return OptimizationStop.Converged;
            }

            var centroid = new double[n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    centroid[j] += points[i][j] / n;
                }
            }

            var worst = points[n];
            var reflected = Combine(centroid, worst, ReflectionCoefficient);
            if (!evaluator.TryEvaluate(reflected, out var reflectedValue))
            {
                return evaluator.Stop;
            }

            if (reflectedValue < values[0])
            {
                var expanded = Combine(centroid, worst, ExpansionCoefficient);
                if (!evaluator.TryEvaluate(expanded, out var expandedValue))
                {
                    return evaluator.Stop;
                }

                (points[n], values[n]) = expandedValue < reflectedValue ? (expanded, expandedValue) : (reflected, reflectedValue);
                continue;
            }

            if (reflectedValue < values[n - 1])
            {
                (points[n], values[n]) = (reflected, reflectedValue);
                continue;
            }

            var outside = reflectedValue < values[n];
            var contracted = Combine(centroid, worst, outside ? ContractionCoefficient : -ContractionCoefficient);
            if (!evaluator.TryEvaluate(contracted, out var contractedValue))
            {
                return evaluator.Stop;
            }

            if (outside ? contractedValue <= reflectedValue : contractedValue < values[n])
            {
                (points[n], values[n]) = (contracted, contractedValue);
                continue;
            }

            for (var i = 1; i <= n; i++)
            {
                var shrunk = new double[n];
                for (var j = 0; j < n; j++)
                {
                    shrunk[j] = Reflect(points[0][j] + (ShrinkCoefficient * (points[i][j] - points[0][j])));
                }

                points[i] = shrunk;
                if (!evaluator.TryEvaluate(shrunk, out values[i]))
                {
                    return evaluator.Stop;
                }
            }
        }

        return OptimizationStop.Converged;
    }

    // centroid + coefficient · (centroid − worst), reflected into the cube.
    private static double[] Combine(double[] centroid, double[] worst, double coefficient)
    {
        var point = new double[centroid.Length];
        for (var j = 0; j < point.Length; j++)
        {
            point[j] = Reflect(centroid[j] + (coefficient * (centroid[j] - worst[j])));
        }

        return point;
    }

    private static void Order(double[][] points, double[] values)
    {
        // Stable: ties keep their order, so the search is reproducible.
        var order = Enumerable.Range(0, points.Length).OrderBy(i => values[i]).ToArray();
        var sortedPoints = order.Select(i => points[i]).ToArray();
        var sortedValues = order.Select(i => values[i]).ToArray();
        sortedPoints.CopyTo(points, 0);
        sortedValues.CopyTo(values, 0);
    }

    private static double Diameter(double[][] points)
    {
        double diameter = 0;
        for (var i = 1; i < points.Length; i++)
        {
            for (var j = 0; j < points[0].Length; j++)
            {
                diameter = Math.Max(diameter, Math.Abs(points[i][j] - points[0][j]));
            }
        }

        return diameter;
    }
}
