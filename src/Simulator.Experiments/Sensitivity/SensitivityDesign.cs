using System.Globalization;
using Simulator.Experiments.Sweeps;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Sensitivity;

/// <summary>
/// The points of a sensitivity analysis, in parameter values: the method's points (Morris trajectories,
/// or Saltelli's A, B and AB_i matrices on a Sobol sequence) mapped from the unit cube onto each
/// parameter's plausible range, then the one-at-a-time points of the tornado chart (the scenario as it
/// is, then each parameter at its plausible minimum and maximum with every other at the scenario's
/// value). Run like a sweep's points (<see cref="Sweep"/>), with common random numbers at every point.
/// Deterministic: the same parameters, method, sizes and seed give the same points in the same order.
/// </summary>
public sealed class SensitivityDesign
{
    /// <summary>The default number of Morris trajectories.</summary>
    public const int DefaultTrajectories = 10;

    /// <summary>The default N of a Sobol analysis (a power of two keeps the Sobol sequence balanced).</summary>
    public const int DefaultSobolSamples = 64;

    /// <summary>The default number of levels of the Morris grid.</summary>
    public const int DefaultLevels = 4;

    /// <summary>The most parameters a Sobol analysis takes: A and B come from one sequence of twice as many dimensions.</summary>
    public static int MaxSobolParameters => SobolSequence.MaxDimensions / 2;

    private SensitivityDesign(SensitivityMethod method, IReadOnlyList<SensitivityParameter> parameters, int samples, int levels, ulong seed, double[][] unit, SweepDesign sweep)
    {
        Method = method;
        Parameters = parameters;
        Samples = samples;
        Levels = levels;
        Seed = seed;
        UnitPoints = unit;
        Sweep = sweep;
    }

    /// <summary>Morris or Sobol.</summary>
    public SensitivityMethod Method { get; }

    /// <summary>The parameters, in order.</summary>
    public IReadOnlyList<SensitivityParameter> Parameters { get; }

    /// <summary>Morris: the trajectories r; Sobol: the base sample N.</summary>
    public int Samples { get; }

    /// <summary>The levels of the Morris grid (unused by Sobol).</summary>
    public int Levels { get; }

    /// <summary>The seed of the Morris trajectories and of the bootstrap.</summary>
    public ulong Seed { get; }

    /// <summary>The method's points in the unit cube, in run order.</summary>
    public IReadOnlyList<double[]> UnitPoints { get; }

    /// <summary>Every point in parameter values: the method's, then the base, then each parameter's low and high.</summary>
    public SweepDesign Sweep { get; }

    /// <summary>How many of the points are the method's (the tornado's follow).</summary>
    public int MethodPoints => UnitPoints.Count;

    /// <summary>The id of the point with every parameter at the scenario's value.</summary>
    public int BasePoint => MethodPoints;

    /// <summary>The id of the point with parameter <paramref name="parameter"/> at its plausible minimum (the others at base).</summary>
    public int LowPoint(int parameter) => MethodPoints + 1 + 2 * parameter;

    /// <summary>The id of the point with parameter <paramref name="parameter"/> at its plausible maximum.</summary>
    public int HighPoint(int parameter) => LowPoint(parameter) + 1;

    /// <summary>The design in words, e.g. "Morris, 10 trajectories on a 4-level grid: 840 + 167 one-at-a-time = 1,007 points".</summary>
    public string Describe() => Method == SensitivityMethod.Morris
        ? string.Create(CultureInfo.InvariantCulture, $"Morris, {Samples} trajectories on a {Levels}-level grid: {MethodPoints:N0} + {Sweep.Points.Count - MethodPoints} one-at-a-time = {Sweep.Points.Count:N0} points")
        : string.Create(CultureInfo.InvariantCulture, $"Sobol (Saltelli), N = {Samples}: N (d + 2) = {MethodPoints:N0} + {Sweep.Points.Count - MethodPoints} one-at-a-time = {Sweep.Points.Count:N0} points");

    /// <summary>Builds the design.</summary>
    /// <param name="method">Morris or Sobol.</param>
    /// <param name="parameters">The parameters (<see cref="SensitivityParameters.Select"/>).</param>
    /// <param name="samples">Morris trajectories, or Sobol's N.</param>
    /// <param name="levels">The Morris grid's levels (even, at least 2).</param>
    /// <param name="seed">The seed of the trajectories.</param>
    /// <exception cref="SensitivitySpecException">A size is out of range, or Sobol is asked for too many parameters.</exception>
    public static SensitivityDesign Create(SensitivityMethod method, IReadOnlyList<SensitivityParameter> parameters, int samples, int levels, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count == 0)
        {
            throw new SensitivitySpecException("--parameters: no parameter to study.");
        }

        var d = parameters.Count;
        double[][] unit;
        if (method == SensitivityMethod.Morris)
        {
            if (samples < 2 || samples > 1000)
            {
                throw new SensitivitySpecException(FormattableString.Invariant($"--samples {samples} is out of range for Morris; allowed: 2 to 1000 trajectories."));
            }

            if (levels < 2 || levels > 20 || levels % 2 != 0)
            {
                throw new SensitivitySpecException(FormattableString.Invariant($"--levels {levels} is not allowed; allowed: an even number from 2 to 20."));
            }

            unit = MorrisScreening.Design(samples, d, levels, seed);
        }
        else
        {
            if (d > MaxSobolParameters)
            {
                throw new SensitivitySpecException(FormattableString.Invariant($"--method sobol takes at most {MaxSobolParameters} parameters and {d} were selected ({string.Join(", ", parameters.Take(4).Select(p => p.Path))}...); screen them with --method morris first, then name the few that matter with --parameters."));
            }

            if (samples < 4 || samples > 8192)
            {
                throw new SensitivitySpecException(FormattableString.Invariant($"--samples {samples} is out of range for Sobol; allowed: 4 to 8192 (N; a power of two is best)."));
            }

            unit = SobolAnalysis.Design(samples, d);
        }

        var total = (long)unit.Length + 1 + 2 * d;
        if (total > SweepDesign.MaxPoints)
        {
            throw new SensitivitySpecException(FormattableString.Invariant($"the design has {total:N0} points ({d} parameters); at most {SweepDesign.MaxPoints:N0} allowed: use fewer --samples or fewer --parameters."));
        }

        var values = new List<IReadOnlyList<double>>((int)total);
        values.AddRange(unit.Select(u => (IReadOnlyList<double>)[.. parameters.Select((p, i) => p.At(u[i]))]));
        var baseValues = parameters.Select(p => p.Base).ToArray();
        values.Add(baseValues);
        for (var i = 0; i < d; i++)
        {
            foreach (var end in new[] { parameters[i].Low, parameters[i].High })
            {
                var point = (double[])baseValues.Clone();
                point[i] = parameters[i].At(end == parameters[i].Low ? 0 : 1);
                values.Add(point);
            }
        }

        var sweepParameters = parameters
            .Select(p => new SweepParameter(string.Create(CultureInfo.InvariantCulture, $"{p.Path}={DesignPoint.FormatValue(p.Low)}:{DesignPoint.FormatValue(p.High)}"), p.Path, SweepParameterKind.Range, p.Low, p.High, null, []))
            .ToArray();
        return new SensitivityDesign(method, parameters, samples, levels, seed, unit, SweepDesign.Given(sweepParameters, values));
    }

    /// <summary>Every problem with applying the design's points to <paramref name="scenario"/> (see <see cref="SweepDesign.Problems"/>).</summary>
    public IReadOnlyList<string> Problems(Scenario scenario) => Sweep.Problems(scenario);
}
