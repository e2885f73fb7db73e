using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>Finds the customers who left a brand during a run: the people whose stories are worth reading.</summary>
public static class Leavers
{
    /// <summary>
    /// Ids of everyone who was a customer of <paramref name="brand"/> at some point from week 0 on
    /// and is not at the end of the run, in id order (runs the replicate on the reference engine).
    /// </summary>
    public static IReadOnlyList<int> Of(Scenario scenario, int brand, int replicate = 0, CancellationToken cancellationToken = default)
    {
        var watch = new BrandWatch(brand, scenario.Customers);
        ReplicateStepper.Start(scenario, replicate).RunToEnd(watch, cancellationToken: cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return [.. Enumerable.Range(0, scenario.Customers).Where(i => watch.Was[i] && !watch.IsNow[i])];
    }

    // Who has been a customer of the brand since week 0, and who is one now.
    private sealed class BrandWatch(int brand, int customers) : WeekObserver
    {
        public bool[] Was { get; } = new bool[customers];

        public bool[] IsNow { get; } = new bool[customers];

        public override void Observed(int tick, ReadOnlySpan<Customers.CustomerState> customers)
        {
            for (var i = 0; i < customers.Length; i++)
            {
                IsNow[i] = customers[i].IsCustomer && customers[i].Brand == brand;
                Was[i] |= tick >= 0 && IsNow[i];
            }
        }
    }
}
