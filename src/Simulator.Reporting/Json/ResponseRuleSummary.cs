using System.Text.Json.Serialization;
using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Scenarios;

namespace Simulator.Reporting.Json;

/// <summary>A brand's response rule as run, with the fields its kind reads (the others left out).</summary>
/// <param name="Rule">The rule's JSON name.</param>
/// <param name="DelayWeeks">Weeks from the week seen to the week the change acts.</param>
public sealed record ResponseRuleSummary(string Rule, int DelayWeeks)
{
    /// <summary>matchPriceCut: the lowest price matched.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Floor { get; init; }

    /// <summary>defendShare: weeks between reviews.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ReviewWeeks { get; init; }

    /// <summary>defendShare: the fall that triggers a defence.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? ShareDrop { get; init; }

    /// <summary>defendShare: the raise of the advertising spend.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Raise { get; init; }

    /// <summary>copyLeader: the lever copied.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Lever { get; init; }

    /// <summary>copyLeader: the brand copied, or "leader".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Of { get; init; }

    /// <summary>The summary of <paramref name="rule"/> in <paramref name="scenario"/>.</summary>
    public static ResponseRuleSummary From(ResponseRule rule, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(scenario);
        var summary = new ResponseRuleSummary(ResponseRules.NameOf(rule.Kind), rule.DelayWeeks);
        return rule.Kind switch
        {
            ResponseKind.MatchPriceCut => summary with { Floor = rule.Floor },
            ResponseKind.DefendShare => summary with { ReviewWeeks = rule.ReviewWeeks, ShareDrop = rule.ShareDrop, Raise = rule.Raise },
            _ => summary with { Lever = PolicyLevers.NameOf(rule.Lever), Of = rule.Of == ResponseRules.Leader ? ResponseRules.LeaderName : scenario.Brands[rule.Of].Name },
        };
    }
}
