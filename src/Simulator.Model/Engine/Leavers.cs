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
        var was = new bool[scenario.Customers];
        var isNow = new bool[scenario.Customers];
        ReferenceEngine.RunReplicate(scenario, replicate, cancellationToken: cancellationToken, onStates: (tick, customers) =>
        {
            for (var i = 0; i < customers.Length; i++)
            {
                isNow[i] = customers[i].IsCustomer && customers[i].Brand == brand;
                was[i] |= tick >= 0 && isNow[i];
            }
        });
        cancellationToken.ThrowIfCancellationRequested();
        return [.. Enumerable.Range(0, scenario.Customers).Where(i => was[i] && !isNow[i])];
    }
}
