namespace Simulator.Experiments.Optimisation;

/// <summary>The non-dominated points of two objectives, both maximised.</summary>
public static class ParetoFront
{
    /// <summary>
    /// The indices of the points no other point dominates (at least as good on both objectives and better on one),
    /// sorted by the first objective, highest first; of points with the same values the first is kept. Points with
    /// an undefined objective are left out.
    /// </summary>
    public static IReadOnlyList<int> Of(IReadOnlyList<(double First, double Second)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var front = new List<int>();
        var best = double.NegativeInfinity;
        foreach (var i in Enumerable.Range(0, points.Count)
            .Where(i => !double.IsNaN(points[i].First) && !double.IsNaN(points[i].Second))
            .OrderByDescending(i => points[i].First).ThenByDescending(i => points[i].Second).ThenBy(i => i))
        {
            // Sorted by the first objective, a point is dominated exactly when an earlier one is at least as good on the second.
            if (points[i].Second > best)
            {
                front.Add(i);
                best = points[i].Second;
            }
        }

        return front;
    }
}
