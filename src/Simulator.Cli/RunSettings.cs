using Simulator.Model.Scenarios;

namespace Simulator.Cli;

/// <summary>Command-line overrides of a scenario's run settings, checked against the model's limits.</summary>
/// <param name="Customers">Population size, or null to keep the scenario's.</param>
/// <param name="Weeks">Weeks, or null.</param>
/// <param name="Seed">Seed, or null.</param>
/// <param name="Replicates">Replicates, or null.</param>
/// <param name="BurnInWeeks">Burn-in weeks, or null.</param>
/// <param name="Settings">Other settings to change, as PATH=VALUE (see <see cref="ScenarioParameters"/>).</param>
public sealed record RunSettings(int? Customers, int? Weeks, ulong? Seed, int? Replicates, int? BurnInWeeks = null, IReadOnlyList<string>? Settings = null)
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

    /// <summary>The scenario with the overrides applied; a bad --set throws <see cref="ArgumentException"/> naming what is allowed.</summary>
    public Scenario ApplyTo(Scenario scenario)
    {
        var result = scenario.WithRun(Customers, Weeks, Seed, Replicates, BurnInWeeks);
        foreach (var setting in Settings ?? [])
        {
            if (ParameterAssignment.TryParseNumber(setting) is not var (path, value))
            {
                throw new ArgumentException($"--set '{setting}' is not PATH=NUMBER, e.g. --set policy.serviceEffort=0.2 or --set market.informationLagWeeks=4.");
            }

            result = ScenarioParameters.With(result, path, value);
        }

        return result;
    }

    /// <summary>Applies the overrides, or reports a bad --set through <paramref name="cli"/> and returns null.</summary>
    public Scenario? TryApplyTo(Scenario scenario, CliContext cli)
    {
        try
        {
            return ApplyTo(scenario);
        }
        catch (ArgumentException e)
        {
            cli.InvalidInput(e.Message);
            return null;
        }
    }
}
