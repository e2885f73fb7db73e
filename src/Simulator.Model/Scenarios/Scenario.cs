using Simulator.Model.Brands;

namespace Simulator.Model.Scenarios;

/// <summary>A fully resolved, validated scenario: the market, the population, the policies and the run settings.</summary>
public sealed record Scenario
{
    /// <summary>The largest population a scenario may ask for.</summary>
    public const int MaxCustomers = 100_000_000;
    /// <summary>The longest run, in weeks (100 years).</summary>
    public const int MaxWeeks = 5200;
    /// <summary>The most replicates.</summary>
    public const int MaxReplicates = 1000;

    /// <summary>The longest burn-in, in weeks (20 years).</summary>
    public const int MaxBurnInWeeks = 1040;

    /// <summary>Default burn-in: two years, enough for trust, expectations and feelings to settle from the neutral start.</summary>
    public const int DefaultBurnInWeeks = 104;

    /// <summary>Short name (the file name without extension, unless the file says otherwise).</summary>
    public required string Name { get; init; }
    /// <summary>What the scenario represents, in the words of the articles.</summary>
    public required string Description { get; init; }
    /// <summary>Number of weekly ticks.</summary>
    public required int Weeks { get; init; }
    /// <summary>
    /// Weeks the market runs before week 0 (ticks -burnIn to -1) so that trust, expectations and
    /// feelings settle from the neutral starting values. Simulated exactly like the other weeks, not
    /// reported. Customers won during burn-in belong to the cohort of week-0 customers.
    /// </summary>
    public int BurnInWeeks { get; init; } = DefaultBurnInWeeks;

    /// <summary>Population size.</summary>
    public required int Customers { get; init; }
    /// <summary>Root seed of all random draws.</summary>
    public required ulong Seed { get; init; }
    /// <summary>Number of replicates (replicate k uses the same numbers in every scenario).</summary>
    public required int Replicates { get; init; }
    /// <summary>The brands; index 0 is the focal brand.</summary>
    public required IReadOnlyList<BrandSpec> Brands { get; init; }
    /// <summary>The population segments.</summary>
    public required IReadOnlyList<SegmentSpec> Segments { get; init; }
    /// <summary>The word-of-mouth network.</summary>
    public required NetworkSpec Network { get; init; }
    /// <summary>Economic constants.</summary>
    public required MarketParameters Market { get; init; }
    /// <summary>Behavioural constants.</summary>
    public required ModelParameters Model { get; init; }
    /// <summary>Scheduled policy changes.</summary>
    public required IReadOnlyList<PolicyChange> Schedule { get; init; }
    /// <summary>The file the scenario was loaded from, if any.</summary>
    public string? SourceFile { get; init; }

    /// <summary>The schedule resolver for this scenario.</summary>
    public PolicySchedule CreateSchedule() => CreateSchedule([]);

    /// <summary>The schedule with <paramref name="interventions"/> applied after the scenario's own changes (same week: the intervention wins).</summary>
    public PolicySchedule CreateSchedule(IEnumerable<PolicyChange> interventions) => new(Brands.Select(b => b.Policy).ToArray(), Schedule.Concat(interventions));

    /// <summary>A copy with run settings overridden (from the command line).</summary>
    public Scenario WithRun(int? customers = null, int? weeks = null, ulong? seed = null, int? replicates = null, int? burnInWeeks = null) => this with
    {
        Weeks = weeks ?? Weeks,
        BurnInWeeks = burnInWeeks ?? BurnInWeeks,
        Customers = customers ?? Customers,
        Seed = seed ?? Seed,
        Replicates = replicates ?? Replicates,
    };
}
