using System.Globalization;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Sweeps;

/// <summary>
/// The points of a sweep: a full factorial over every parameter's values (the default), or a Latin
/// hypercube of N points over every parameter's range. Pure and deterministic: the same specs, kind,
/// size and seed always give the same points in the same order.
/// </summary>
public sealed class SweepDesign
{
    /// <summary>The most points a design may have.</summary>
    public const int MaxPoints = 10_000;

    private SweepDesign(DesignKind kind, IReadOnlyList<SweepParameter> parameters, ulong seed, IReadOnlyList<DesignPoint> points)
    {
        Kind = kind;
        Parameters = parameters;
        Seed = seed;
        Points = points;
    }

    /// <summary>Factorial or Latin hypercube.</summary>
    public DesignKind Kind { get; }

    /// <summary>The varied parameters, in the order given.</summary>
    public IReadOnlyList<SweepParameter> Parameters { get; }

    /// <summary>The varied parameters' paths, in the order given.</summary>
    public IReadOnlyList<string> Paths => Parameters.Select(p => p.Path).ToArray();

    /// <summary>The seed of a Latin hypercube (kept, unused, for a factorial design).</summary>
    public ulong Seed { get; }

    /// <summary>The points, by id.</summary>
    public IReadOnlyList<DesignPoint> Points { get; }

    /// <summary>
    /// Parses <paramref name="specs"/> (one per <c>--vary</c>) and builds the design: a Latin hypercube
    /// of <paramref name="latinHypercubePoints"/> points when given, else the full factorial.
    /// </summary>
    /// <exception cref="SweepSpecException">A spec is wrong, a path is given twice, or the design is too large.</exception>
    public static SweepDesign Create(IReadOnlyList<string> specs, int? latinHypercubePoints, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(specs);
        if (specs.Count == 0)
        {
            throw new SweepSpecException($"--vary is required: give at least one {SweepParameter.Syntax}.");
        }

        var parameters = specs.Select(SweepParameter.Parse).ToArray();
        var repeated = parameters.GroupBy(p => p.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new SweepSpecException($"--vary {repeated.Key} is given {repeated.Count()} times; vary each parameter once.");
        }

        return latinHypercubePoints is { } n ? LatinHypercube(parameters, n, seed) : Factorial(parameters);
    }

    /// <summary>
    /// Every combination of the parameters' levels, as nested loops in the order given: the first
    /// parameter changes slowest, the last fastest.
    /// </summary>
    /// <exception cref="SweepSpecException">A range has no STEP, or there are more than <see cref="MaxPoints"/> combinations.</exception>
    public static SweepDesign Factorial(IReadOnlyList<SweepParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var missingStep = parameters.FirstOrDefault(p => p.Levels.Count == 0);
        if (missingStep is not null)
        {
            throw new SweepSpecException($"--vary '{missingStep.Spec}': STEP is missing; expected PATH=FROM:TO:STEP (FROM:TO alone is allowed only with --lhs).");
        }

        var size = parameters.Aggregate(1.0, (product, p) => product * p.Levels.Count);
        if (size > MaxPoints)
        {
            var sizes = string.Join(" x ", parameters.Select(p => p.Levels.Count.ToString(CultureInfo.InvariantCulture)));
            throw new SweepSpecException(FormattableString.Invariant($"the full factorial design has {sizes} = {size:N0} points; at most {MaxPoints:N0} allowed (use fewer values, or --lhs N)."));
        }

        var paths = parameters.Select(p => p.Path).ToArray();
        var points = new DesignPoint[(int)size];
        var index = new int[parameters.Count];
        for (var id = 0; id < points.Length; id++)
        {
            points[id] = new DesignPoint(id, paths, parameters.Select((p, j) => p.Levels[index[j]]).ToArray());
            for (var j = parameters.Count - 1; j >= 0; j--)
            {
                if (++index[j] < parameters[j].Levels.Count)
                {
                    break;
                }

                index[j] = 0;
            }
        }

        return new SweepDesign(DesignKind.Factorial, parameters, 0, points);
    }

    /// <summary>
    /// <paramref name="count"/> points of a Latin hypercube over each parameter's [FROM, TO]
    /// (continuous values; STEP, if given, is not used), drawn from <paramref name="seed"/>.
    /// </summary>
    /// <exception cref="SweepSpecException"><paramref name="count"/> is out of range, or a parameter is a list.</exception>
    public static SweepDesign LatinHypercube(IReadOnlyList<SweepParameter> parameters, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (count < 1 || count > MaxPoints)
        {
            throw new SweepSpecException(FormattableString.Invariant($"--lhs {count} is out of range; allowed: 1 to {MaxPoints}."));
        }

        var list = parameters.FirstOrDefault(p => p.Kind == SweepParameterKind.List);
        if (list is not null)
        {
            throw new SweepSpecException($"--vary '{list.Spec}': --lhs samples ranges, not lists; give PATH=FROM:TO (a STEP is allowed and not used).");
        }

        var paths = parameters.Select(p => p.Path).ToArray();
        var sample = Sweeps.LatinHypercube.Sample(count, parameters.Count, seed);
        var points = new DesignPoint[count];
        for (var id = 0; id < count; id++)
        {
            points[id] = new DesignPoint(id, paths, parameters.Select((p, j) => Scale(p, sample[id][j])).ToArray());
        }

        return new SweepDesign(DesignKind.LatinHypercube, parameters, seed, points);
    }

    /// <summary>
    /// A design of the points <paramref name="values"/> (one value per parameter each, in the parameters'
    /// order), kept in the order given: the points of a sensitivity design, run like a sweep's.
    /// </summary>
    /// <exception cref="SweepSpecException">No points, more than <see cref="MaxPoints"/>, or a point with the wrong number of values.</exception>
    public static SweepDesign Given(IReadOnlyList<SweepParameter> parameters, IReadOnlyList<IReadOnlyList<double>> values)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 1 || values.Count > MaxPoints)
        {
            throw new SweepSpecException(FormattableString.Invariant($"the design has {values.Count:N0} points; allowed: 1 to {MaxPoints:N0}."));
        }

        var paths = parameters.Select(p => p.Path).ToArray();
        var points = new DesignPoint[values.Count];
        for (var id = 0; id < points.Length; id++)
        {
            if (values[id].Count != parameters.Count)
            {
                throw new SweepSpecException(FormattableString.Invariant($"point {id} has {values[id].Count} values for {parameters.Count} parameters."));
            }

            points[id] = new DesignPoint(id, paths, [.. values[id]]);
        }

        return new SweepDesign(DesignKind.Given, parameters, 0, points);
    }

    /// <summary>
    /// Every problem with applying the design to <paramref name="scenario"/>: a path the scenario does
    /// not have, a value out of the setting's range (at most one message per parameter), each naming the
    /// spec and the allowed values. Empty when every point can be applied.
    /// </summary>
    public IReadOnlyList<string> Problems(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = new List<string>();
        for (var j = 0; j < Parameters.Count; j++)
        {
            var parameter = Parameters[j];
            try
            {
                _ = ScenarioParameters.Get(scenario, parameter.Path);
                foreach (var value in Points.Select(p => p.Values[j]).Distinct())
                {
                    _ = ScenarioParameters.With(scenario, parameter.Path, value);
                }
            }
            catch (ArgumentException e)
            {
                problems.Add($"--vary '{parameter.Spec}': {e.Message}");
            }
        }

        return problems;
    }

    /// <summary>The scenario at <paramref name="point"/>: each parameter set in the order given (a later one wins where paths overlap).</summary>
    public Scenario Apply(Scenario scenario, DesignPoint point)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(point);
        var result = scenario;
        for (var j = 0; j < point.Paths.Count; j++)
        {
            result = ScenarioParameters.With(result, point.Paths[j], point.Values[j]);
        }

        return result;
    }

    /// <summary>The design in words, e.g. "full factorial, 5 x 3 = 15 points" or "Latin hypercube, 20 points".</summary>
    public string Describe() => Kind switch
    {
        DesignKind.Factorial when Parameters.Count == 1 => FormattableString.Invariant($"{Points.Count} points"),
        DesignKind.Factorial => FormattableString.Invariant($"full factorial, {string.Join(" x ", Parameters.Select(p => p.Levels.Count))} = {Points.Count:N0} points"),
        DesignKind.LatinHypercube => FormattableString.Invariant($"Latin hypercube, {Points.Count:N0} points"),
        _ => FormattableString.Invariant($"{Points.Count:N0} given points"),
    };

    private static double Scale(SweepParameter parameter, double unit) =>
        parameter.From == parameter.To ? parameter.From : Math.Min(parameter.To, parameter.From + unit * (parameter.To - parameter.From));
}
