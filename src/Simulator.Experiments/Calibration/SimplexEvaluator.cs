using System.Globalization;

namespace Simulator.Experiments.Calibration;

/// <summary>Evaluates points for <see cref="NelderMead"/>: counts against the budget, remembers every point, keeps the best, and notes why it refused.</summary>
internal sealed class SimplexEvaluator(Func<double[], double> objective, int budget, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, double> _memory = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public double BestValue { get; private set; } = double.PositiveInfinity;

    public double[]? BestPoint { get; private set; }

    public OptimizationStop Stop { get; private set; } = OptimizationStop.Budget;

    public bool TryEvaluate(double[] point, out double value)
    {
        var key = string.Join(";", point.Select(x => x.ToString("R", CultureInfo.InvariantCulture)));
        if (_memory.TryGetValue(key, out value))
        {
            return true;
        }

        if (cancellationToken.IsCancellationRequested)
        {
            Stop = OptimizationStop.Cancelled;
            return false;
        }

        if (Count >= budget)
        {
            Stop = OptimizationStop.Budget;
            return false;
        }

        try
        {
            value = objective((double[])point.Clone());
        }
        catch (OperationCanceledException)
        {
            Stop = OptimizationStop.Cancelled;
            return false;
        }

        if (double.IsNaN(value))
        {
            value = double.PositiveInfinity;
        }

        Count++;
        _memory[key] = value;
        if (value < BestValue || BestPoint is null)
        {
            BestValue = value;
            BestPoint = (double[])point.Clone();
        }

        return true;
    }
}
