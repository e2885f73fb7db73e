using Simulator.Model.Scenarios;

namespace Simulator.Cli;

/// <summary>Command-line overrides of a scenario's run settings, checked against the model's limits.</summary>
/// <param name="Customers">Population size, or null to keep the scenario's.</param>
/// <param name="Weeks">Weeks, or null.</param>
/// <param name="Seed">Seed, or null.</param>
/// <param name="Replicates">Replicates, or null.</param>
/// <param name="BurnInWeeks">Burn-in weeks, or null.</param>
public sealed record RunSettings(int? Customers, int? Weeks, ulong? Seed, int? Replicates, int? BurnInWeeks = null)
{
    /// <summary>Every problem with the overrides, in words naming the option and its allowed values.</summary>
    public IEnumerable<string> Problems()
    {
        if (Customers is { } c && (c < 1 || c > Scenario.MaxCustomers))
        {
            yield return $"--customers {c} is out of range; allowed: 1 to {Scenario.MaxCustomers}.";
        }

        if (Weeks is { } w && (w < 1 || w > Scenario.MaxWeeks))
        {
            yield return $"--weeks {w} is out of range; allowed: 1 to {Scenario.MaxWeeks}.";
        }

        if (Replicates is { } r && (r < 1 || r > Scenario.MaxReplicates))
        {
            yield return $"--replicates {r} is out of range; allowed: 1 to {Scenario.MaxReplicates}.";
        }

        if (BurnInWeeks is { } b && (b < 0 || b > Scenario.MaxBurnInWeeks))
        {
            yield return $"--burn-in {b} is out of range; allowed: 0 to {Scenario.MaxBurnInWeeks}.";
        }
    }

    /// <summary>The scenario with the overrides applied.</summary>
    public Scenario ApplyTo(Scenario scenario) => scenario.WithRun(Customers, Weeks, Seed, Replicates, BurnInWeeks);
}
