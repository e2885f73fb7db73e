using System.Globalization;
using System.Text.Json;
using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Market;

namespace Simulator.Model.Scenarios;

/// <summary>
/// Every field of a scenario file besides the numeric parameters of the registries, declared once:
/// name, kind, range, default, unit, description and source. <see cref="ScenarioReader"/> takes its field
/// lists, ranges and defaults from here, <see cref="ScenarioSchema"/> writes the schema from here, and
/// <see cref="ScenarioTables"/> the tables of docs/model.md.
/// </summary>
public static class ScenarioFields
{
    /// <summary>The JSON names of <see cref="NetworkKind"/>, in enum order.</summary>
    public static IReadOnlyList<string> NetworkKindNames { get; } =
        [.. Enum.GetValues<NetworkKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()))];

    /// <summary><c>$schema</c>.</summary>
    public static ScenarioField SchemaPath { get; } = new("$schema", FieldKind.Text, "Path or URL of this schema, for editors; ignored by the simulator.");

    /// <summary><c>extends</c>.</summary>
    public static ScenarioField Extends { get; } = new("extends", FieldKind.Text,
        "Path of a base scenario, relative to this file's directory. The base is loaded first and this file is deep-merged over it: objects merge key by key, arrays and values are replaced whole. The name is never inherited.")
    { MinLength = 1 };

    /// <summary><c>name</c>.</summary>
    public static ScenarioField Name { get; } = new("name", FieldKind.Text, "Short name of the scenario; defaults to the file name without extension.") { MinLength = 1, Default = "the file name" };

    /// <summary><c>description</c>.</summary>
    public static ScenarioField Description { get; } = new("description", FieldKind.Text, "What the scenario represents. Required, possibly through extends.") { MinLength = 1, Required = true };

    /// <summary><c>weeks</c>.</summary>
    public static ScenarioField Weeks { get; } = new("weeks", FieldKind.Integer, "Number of weekly ticks to simulate and report.")
    { Min = 1, Max = Scenario.MaxWeeks, Unit = "weeks", Required = true };

    /// <summary><c>burnInWeeks</c>.</summary>
    public static ScenarioField BurnInWeeks { get; } = new("burnInWeeks", FieldKind.Integer,
        "Weeks the market runs before week 0 so that feelings, trust and shares settle; they are simulated but not reported.")
    { Min = 0, Max = Scenario.MaxBurnInWeeks, Default = Scenario.DefaultBurnInWeeks.ToString(CultureInfo.InvariantCulture), Unit = "weeks", Source = "Modelling choice: two years let trust and feelings reach their steady state (section 1)." };

    /// <summary><c>customers</c>.</summary>
    public static ScenarioField Customers { get; } = new("customers", FieldKind.Integer, "Population size.")
    { Min = 1, Max = Scenario.MaxCustomers, Unit = "people", Required = true };

    /// <summary><c>seed</c> (any unsigned 64-bit integer).</summary>
    public static ScenarioField Seed { get; } = new("seed", FieldKind.Seed, "Root seed of all random draws.") { Default = "1" };

    /// <summary><c>replicates</c>.</summary>
    public static ScenarioField Replicates { get; } = new("replicates", FieldKind.Integer, "Number of replicates; replicate k uses the same random numbers in every scenario.")
    { Min = 1, Max = Scenario.MaxReplicates, Default = "1" };

    /// <summary><c>brands</c>.</summary>
    public static ScenarioField Brands { get; } = new("brands", FieldKind.Map, FormattableString.Invariant(
        $"The brands, keyed by name, in order: the first is the focal brand. {MarketLimits.MinBrands} to {MarketLimits.MaxBrands} brands; their initial shares add up to at most 1."))
    { Definition = "brand", Required = true, MinCount = MarketLimits.MinBrands, MaxCount = MarketLimits.MaxBrands };

    /// <summary><c>segments</c>.</summary>
    public static ScenarioField Segments { get; } = new("segments", FieldKind.Map, "The population segments, keyed by name; at least one.") { Definition = "segment", Required = true, MinCount = 1 };

    /// <summary><c>network</c>.</summary>
    public static ScenarioField Network { get; } = new("network", FieldKind.Object, "The word-of-mouth network.") { Definition = "network" };

    /// <summary><c>market</c>.</summary>
    public static ScenarioField Market { get; } = new("market", FieldKind.Object, "The economic constants of the market.") { Definition = "market" };

    /// <summary><c>model</c>.</summary>
    public static ScenarioField Model { get; } = new("model", FieldKind.Object, "The behavioural constants of the model.") { Definition = "model" };

    /// <summary><c>schedule</c>.</summary>
    public static ScenarioField Schedule { get; } = new("schedule", FieldKind.List,
        "Scheduled policy changes. Each lever in an entry's policy becomes one change; changes apply in order of week, then of position. The burn-in runs under the starting policies.")
    { Definition = "policyChange", Default = "none" };

    /// <summary>The fields a scenario file may have at the top level, in file order.</summary>
    public static IReadOnlyList<ScenarioField> Root { get; } =
        [SchemaPath, Extends, Name, Description, Weeks, BurnInWeeks, Customers, Seed, Replicates, Brands, Segments, Network, Market, Model, Schedule];

    /// <summary><c>brands.NAME.initialShare</c>.</summary>
    public static ScenarioField InitialShare { get; } = new("initialShare", FieldKind.Number,
        "Share of the population that are the brand's customers when the population is created, before the burn-in (at week 0 only without one). The shares of all brands add up to at most 1.")
    { Min = 0, Max = 1, Default = "0", Unit = "share 0-1" };

    /// <summary><c>brands.NAME.initialAwareness</c>.</summary>
    public static ScenarioField InitialAwareness { get; } = new("initialAwareness", FieldKind.Number,
        "Share of the population that know the brand when the population is created, before the burn-in.")
    { Min = 0, Max = 1, Default = "0", Unit = "share 0-1" };

    /// <summary><c>brands.NAME.policy</c>.</summary>
    public static ScenarioField Policy { get; } = new("policy", FieldKind.Object, "The brand's policy: the value of each lever. Levers left out take their default.") { Definition = "policy" };

    /// <summary><c>brands.NAME.responses</c>.</summary>
    public static ScenarioField Responses { get; } = new("responses", FieldKind.List,
        "Rules by which the brand responds to what the market does, evaluated after every reported week on that week's prices and shares (section 4.2). A rule decides nothing while its last decision waits to act. The burn-in runs under the starting policies.")
    { Definition = "response", Default = "none" };

    /// <summary>The fields of a brand.</summary>
    public static IReadOnlyList<ScenarioField> Brand { get; } = [InitialShare, InitialAwareness, Policy, Responses];

    /// <summary><c>brands.NAME.responses[].rule</c>.</summary>
    public static ScenarioField ResponseRuleKind { get; } = new("rule", FieldKind.Choice,
        "matchPriceCut: when another brand cuts its price below this brand's, match it. defendShare: when the brand's customer share has fallen since its last review, raise its advertising spend. copyLeader: copy one lever of the brand with the most customers (or of the brand named in of) whenever it differs.")
    { Choices = ResponseRules.KindNames, Required = true, Source = "Modelling choice of three common reactions (price matching, advertising defence, imitation of the leader); Steenkamp, Nijs, Hanssens & Dekimpe (2005), Marketing Science 24(1): the most common reaction to a rival's promotion or advertising attack is none, and reactions that come are often in kind. A brand declares its rules; none is assumed." };

    /// <summary><c>brands.NAME.responses[].delayWeeks</c>.</summary>
    public static ScenarioField ResponseDelay { get; } = new("delayWeeks", FieldKind.Integer,
        "Weeks from the week the brand observes to the week its change acts; never less than the information lag.")
    { Min = 1, Max = Scenario.MaxWeeks, Default = "4", Unit = "weeks", Source = "Modelling choice: a month to decide and carry out." };

    /// <summary><c>brands.NAME.responses[].floor</c> (matchPriceCut).</summary>
    public static ScenarioField ResponseFloor { get; } = new("floor", FieldKind.Number, "matchPriceCut only: the lowest price the brand will match.")
    { Min = 0, Max = 1000, Default = "0", Unit = "currency per week" };

    /// <summary><c>brands.NAME.responses[].reviewWeeks</c> (defendShare).</summary>
    public static ScenarioField ResponseReviewWeeks { get; } = new("reviewWeeks", FieldKind.Integer,
        "defendShare only: weeks between two looks at the share; the brand looks at the end of weeks reviewWeeks - 1, 2 reviewWeeks - 1, ...")
    { Min = 1, Max = Scenario.MaxWeeks, Default = ResponseRules.DefaultReviewWeeks.ToString(CultureInfo.InvariantCulture), Unit = "weeks", Source = "Modelling choice: a quarterly review." };

    /// <summary><c>brands.NAME.responses[].shareDrop</c> (defendShare).</summary>
    public static ScenarioField ResponseShareDrop { get; } = new("shareDrop", FieldKind.Number,
        "defendShare only: the relative fall of the customer share since the last review that triggers a response.")
    { Min = 0, Max = 1, Default = ScenarioField.Format(ResponseRules.DefaultShareDrop), Unit = "share of the share" };

    /// <summary><c>brands.NAME.responses[].raise</c> (defendShare).</summary>
    public static ScenarioField ResponseRaise { get; } = new("raise", FieldKind.Number,
        "defendShare only: the relative raise of the advertising spend; the service spend stays as it is, so the budget grows (up to its lever maximum) and the acquisition focus rises.")
    { Min = 0, Max = 10, Default = ScenarioField.Format(ResponseRules.DefaultRaise), Unit = "share of the spend" };

    /// <summary><c>brands.NAME.responses[].lever</c> (copyLeader).</summary>
    public static ScenarioField ResponseLever { get; } = new("lever", FieldKind.Choice, "copyLeader only, and required there: the lever copied.")
    { Choices = [.. PolicyLevers.All.Select(l => l.Name)] };

    /// <summary><c>brands.NAME.responses[].of</c> (copyLeader).</summary>
    public static ScenarioField ResponseOf { get; } = new("of", FieldKind.Text,
        "copyLeader only: the brand copied, by name, or leader for whichever brand has the most customers that week (the first of equals).")
    { MinLength = 1, Default = ResponseRules.LeaderName };

    /// <summary>The fields of a response rule.</summary>
    public static IReadOnlyList<ScenarioField> ResponseFields { get; } =
        [ResponseRuleKind, ResponseDelay, ResponseFloor, ResponseReviewWeeks, ResponseShareDrop, ResponseRaise, ResponseLever, ResponseOf];

    /// <summary>The fields a rule of <paramref name="kind"/> reads (rule and delayWeeks, and its own).</summary>
    public static IReadOnlyList<ScenarioField> ResponseFieldsOf(ResponseKind kind) => kind switch
    {
        ResponseKind.MatchPriceCut => [ResponseRuleKind, ResponseDelay, ResponseFloor],
        ResponseKind.DefendShare => [ResponseRuleKind, ResponseDelay, ResponseReviewWeeks, ResponseShareDrop, ResponseRaise],
        _ => [ResponseRuleKind, ResponseDelay, ResponseLever, ResponseOf],
    };

    /// <summary><c>segments.NAME.share</c>.</summary>
    public static ScenarioField Share { get; } = new("share", FieldKind.Number, "Relative weight of the segment in the population (normalised over segments). Required.")
    { Min = 0, MinExclusive = true, Max = 1000, Unit = "weight", Required = true };

    /// <summary><c>segments.NAME.permanentNeed</c>.</summary>
    public static ScenarioField PermanentNeed { get; } = new("permanentNeed", FieldKind.Flag, "When true, a need once recognised never ends (pure diffusion).")
    { Default = "false" };

    /// <summary><c>segments.NAME.traits</c>.</summary>
    public static ScenarioField Traits { get; } = new("traits", FieldKind.Object,
        "How each trait is spread in the segment: a normal with this mean and spread, clipped to [0, 1]. Traits left out, and a mean or spread left out, take the default.")
    { Definition = "traits" };

    /// <summary>The fields of a segment besides its numeric settings (<see cref="SegmentSpec.Specs"/>).</summary>
    public static IReadOnlyList<ScenarioField> SegmentOwn { get; } = [Share, PermanentNeed, Traits];

    /// <summary><c>segments.NAME.traits.TRAIT.mean</c> (its default depends on the trait).</summary>
    public static ScenarioField TraitMean { get; } = new("mean", FieldKind.Number, "Mean of the trait in the segment.") { Min = 0, Max = 1 };

    /// <summary><c>segments.NAME.traits.TRAIT.spread</c> (its default depends on the trait).</summary>
    public static ScenarioField TraitSpread { get; } = new("spread", FieldKind.Number, "Standard deviation of the trait in the segment.") { Min = 0, Max = TraitDistribution.MaxSpread };

    /// <summary>The fields of one trait's distribution.</summary>
    public static IReadOnlyList<ScenarioField> Trait { get; } = [TraitMean, TraitSpread];

    /// <summary><c>network.kind</c>.</summary>
    public static ScenarioField NetworkKindField { get; } = new("kind", FieldKind.Choice,
        "smallWorld: a ring of neighbours with some ties rewired at random (Watts-Strogatz). wellMixed: everyone meets everyone; imitation follows the market share (the Bass mean field).")
    { Choices = NetworkKindNames, Default = NetworkKindNames[(int)NetworkSpec.Default.Kind], Source = "Watts & Strogatz (1998); Bass (1969)." };

    /// <summary><c>network.neighbours</c>.</summary>
    public static ScenarioField Neighbours { get; } = new("neighbours", FieldKind.Integer, "Peers each customer talks to (small world).")
    { Min = 1, Max = NetworkSpec.MaxNeighbours, Default = NetworkSpec.Default.Neighbours.ToString(CultureInfo.InvariantCulture), Unit = "ties", Source = "Watts & Strogatz (1998)." };

    /// <summary><c>network.rewiring</c>.</summary>
    public static ScenarioField Rewiring { get; } = new("rewiring", FieldKind.Number, "Probability that a tie to a ring neighbour is rewired to a random customer.")
    { Min = 0, Max = 1, Default = ScenarioField.Format(NetworkSpec.Default.Rewiring), Unit = "probability", Source = "Watts & Strogatz (1998)." };

    /// <summary>The fields of the network.</summary>
    public static IReadOnlyList<ScenarioField> NetworkFields { get; } = [NetworkKindField, Neighbours, Rewiring];

    /// <summary><c>schedule[].week</c>.</summary>
    public static ScenarioField Week { get; } = new("week", FieldKind.Integer, "First week (0-based tick) the new values apply; at most the scenario's weeks.")
    { Min = 0, Max = Scenario.MaxWeeks, Unit = "week", Required = true };

    /// <summary><c>schedule[].brand</c>.</summary>
    public static ScenarioField ScheduleBrand { get; } = new("brand", FieldKind.Text, "Name of a brand listed under brands.") { MinLength = 1, Required = true };

    /// <summary><c>schedule[].policy</c>.</summary>
    public static ScenarioField SchedulePolicy { get; } = new("policy", FieldKind.Object, "The levers that change, and their new values.") { Definition = "policy", Required = true };

    /// <summary>The fields of a scheduled change.</summary>
    public static IReadOnlyList<ScenarioField> PolicyChange { get; } = [Week, ScheduleBrand, SchedulePolicy];

    /// <summary>The names of <paramref name="fields"/>, in order.</summary>
    public static IReadOnlyList<string> Names(IEnumerable<ScenarioField> fields) => [.. fields.Select(f => f.Name)];
}
