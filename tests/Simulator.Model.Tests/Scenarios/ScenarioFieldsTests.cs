using System.Globalization;
using Simulator.Model.Scenarios;
using Xunit;
using static Simulator.Model.Tests.Scenarios.ScenarioTexts;

namespace Simulator.Model.Tests.Scenarios;

/// <summary>The reader takes the fields, their ranges and defaults from the one declaration, <see cref="ScenarioFields"/>.</summary>
public class ScenarioFieldsTests
{
    // Where each ranged field can be set in ScenarioTexts.Valid: the text it replaces and how to write a value there.
    public static TheoryData<string> RangedFields() => ["weeks", "burnInWeeks", "customers", "replicates", "initialShare", "initialAwareness", "share", "neighbours", "rewiring", "mean", "spread"];

    private static (ScenarioField Field, string Text, string Path) Place(string name) => name switch
    {
        "weeks" => (ScenarioFields.Weeks, "\"weeks\": {0},", "$.weeks"),
        "burnInWeeks" => (ScenarioFields.BurnInWeeks, "\"weeks\": 10, \"burnInWeeks\": {0},", "$.burnInWeeks"),
        "customers" => (ScenarioFields.Customers, "\"customers\": {0},", "$.customers"),
        "replicates" => (ScenarioFields.Replicates, "\"weeks\": 10, \"replicates\": {0},", "$.replicates"),
        "initialShare" => (ScenarioFields.InitialShare, "\"Rival\": { \"initialShare\": {0} }", "$.brands.Rival.initialShare"),
        "initialAwareness" => (ScenarioFields.InitialAwareness, "\"Rival\": { \"initialShare\": 0.2, \"initialAwareness\": {0} }", "$.brands.Rival.initialAwareness"),
        "share" => (ScenarioFields.Share, "\"main\": { \"share\": {0},", "$.segments.main.share"),
        "neighbours" => (ScenarioFields.Neighbours, "\"network\": { \"kind\": \"smallWorld\", \"neighbours\": {0} },", "$.network.neighbours"),
        "rewiring" => (ScenarioFields.Rewiring, "\"network\": { \"kind\": \"smallWorld\", \"rewiring\": {0} },", "$.network.rewiring"),
        "mean" => (ScenarioFields.TraitMean, "\"forgiveness\": { \"mean\": {0} }", "$.segments.main.traits.forgiveness.mean"),
        "spread" => (ScenarioFields.TraitSpread, "\"forgiveness\": { \"spread\": {0} }", "$.segments.main.traits.forgiveness.spread"),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static string Original(string name) => name switch
    {
        "weeks" or "burnInWeeks" or "replicates" => "\"weeks\": 10,",
        "customers" => "\"customers\": 100,",
        "initialShare" or "initialAwareness" => "\"Rival\": { \"initialShare\": 0.2 }",
        "share" => "\"main\": { \"share\": 1,",
        "neighbours" or "rewiring" => "\"network\": { \"kind\": \"smallWorld\" },",
        _ => "\"forgiveness\": { \"mean\": 0.5 }",
    };

    private static string With(string name, double value)
    {
        var (_, text, _) = Place(name);
        return ValidWith(Original(name), text.Replace("{0}", value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RangedFields))]
    public void A_value_beyond_the_declared_range_is_refused_naming_the_declared_range(string name)
    {
        var (field, _, path) = Place(name);
        var above = field.Max!.Value + (field.Kind == FieldKind.Integer ? 1 : 0.5);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(With(name, above), "main.json"));

        var problem = Assert.Single(error.Errors, e => e.Path == path);
        Assert.Equal(field.Range, problem.Allowed);
    }

    [Theory]
    [MemberData(nameof(RangedFields))]
    public void The_ends_of_the_declared_range_are_accepted(string name)
    {
        var (field, _, _) = Place(name);
        var low = field.MinExclusive ? field.Min!.Value + 0.5 : field.Min!.Value;

        // Other rules still hold at the ends: the schedule's change in week 5 needs 5 weeks, and the brands' shares add up to at most 1.
        if (name != "weeks")
        {
            ScenarioLoader.Parse(With(name, low), "main.json");
        }

        if (name != "initialShare")
        {
            ScenarioLoader.Parse(With(name, field.Max!.Value), "main.json");
        }
    }

    [Fact]
    public void An_unknown_field_is_refused_listing_the_declared_fields()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(ValidWith("\"weeks\": 10,", "\"weeks\": 10, \"colour\": 1,"), "main.json"));

        var problem = Assert.Single(error.Errors, e => e.Path == "$.colour");
        Assert.Equal(string.Join(", ", ScenarioFields.Root.Select(f => f.Name)), problem.Allowed);
    }

    [Fact]
    public void Defaults_left_out_of_a_file_are_the_declared_ones()
    {
        var scenario = ScenarioLoader.Parse(Minimal, "min.json");

        Assert.Equal(ScenarioFields.BurnInWeeks.Default, scenario.BurnInWeeks.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ScenarioFields.Seed.Default, scenario.Seed.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ScenarioFields.Replicates.Default, scenario.Replicates.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ScenarioFields.Neighbours.Default, scenario.Network.Neighbours.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ScenarioFields.Rewiring.Default, scenario.Network.Rewiring.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ScenarioFields.NetworkKindField.Default, ScenarioFields.NetworkKindNames[(int)scenario.Network.Kind]);
        Assert.Equal(ScenarioFields.PermanentNeed.Default, scenario.Segments[0].PermanentNeed ? "true" : "false");
        Assert.Equal(ScenarioFields.InitialShare.Default, scenario.Brands[0].InitialShare.ToString(CultureInfo.InvariantCulture));
    }
}
