using System.Globalization;
using System.Text;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// What a scenario's burn-in depends on, and how scenarios that share it share one run of it: every
/// setting the weeks before week 0 read (the population, the seed, the brands and their starting
/// policies, the segments, the network, the constants, the length, the changes scheduled before week
/// 0), and none of what acts from week 0 on (later changes, the brands' response rules). Scenarios with the same fingerprint live the
/// same burn-in, replicate by replicate, so one run of it can be copied into each of them
/// (<see cref="ReplicateStepper.Fork"/>) with the same bytes as running each from scratch.
/// </summary>
public static class BurnIn
{
    /// <summary>The text of everything the burn-in of <paramref name="scenario"/> reads; equal texts, equal burn-ins.</summary>
    public static string Fingerprint(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var text = new StringBuilder();
        void Add(string name, FormattableString value) => text.Append(name).Append('=').Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
        void Values(string name, double[] values) => Add(name, $"{string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}");

        Add("run", $"{scenario.Customers},{scenario.Seed},{scenario.BurnInWeeks},{scenario.Weeks}");
        foreach (var brand in scenario.Brands)
        {
            Add("brand", $"{brand.Name},{brand.InitialShare:R},{brand.InitialAwareness:R}");
            // Not the brand's response rules: they watch from week 0 only (ResponseRules.Decide).
            Values("policy", brand.Policy.ToArray());
        }

        foreach (var segment in scenario.Segments)
        {
            Add("segment", $"{segment.Name},{segment.Share:R},{segment.PermanentNeed},{string.Join(",", segment.Traits.Select(t => FormattableString.Invariant($"{t.Mean:R}/{t.Spread:R}")))}");
            Values("values", segment.ToArray());
        }

        Add("network", $"{scenario.Network.Kind},{scenario.Network.Neighbours},{scenario.Network.Rewiring:R}");
        Values("market", scenario.Market.ToArray());
        Values("model", scenario.Model.ToArray());
        // The changes before week 0, and those of the first week run: the policies "before" the run start from them (with no burn-in, week 0's).
        foreach (var change in scenario.Schedule.Where(c => c.Week < 0 || c.Week <= -scenario.BurnInWeeks))
        {
            Add("change", $"{change.Week},{change.Brand},{change.Lever},{change.Value:R}");
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> live the same burn-in.</summary>
    public static bool Shared(Scenario a, Scenario b) => Fingerprint(a) == Fingerprint(b);
}
