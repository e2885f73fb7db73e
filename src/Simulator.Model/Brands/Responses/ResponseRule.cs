namespace Simulator.Model.Brands.Responses;

/// <summary>
/// One response rule a brand follows, as declared under <c>brands.NAME.responses</c> (fields in
/// <see cref="Simulator.Model.Scenarios.ScenarioFields.ResponseFields"/>). Each kind reads only its own settings; the
/// others keep their defaults.
/// </summary>
/// <param name="Kind">What the rule watches and what it changes.</param>
/// <param name="DelayWeeks">Weeks from the week the brand observes to the week its change acts (at least the information lag).</param>
public sealed record ResponseRule(ResponseKind Kind, int DelayWeeks)
{
    /// <summary><see cref="ResponseKind.MatchPriceCut"/>: the lowest price the brand will match.</summary>
    public double Floor { get; init; }

    /// <summary><see cref="ResponseKind.DefendShare"/>: weeks between two looks at the share.</summary>
    public int ReviewWeeks { get; init; } = ResponseRules.DefaultReviewWeeks;

    /// <summary><see cref="ResponseKind.DefendShare"/>: relative fall of the share since the last look that triggers a response.</summary>
    public double ShareDrop { get; init; } = ResponseRules.DefaultShareDrop;

    /// <summary><see cref="ResponseKind.DefendShare"/>: relative raise of the advertising spend, service spend unchanged.</summary>
    public double Raise { get; init; } = ResponseRules.DefaultRaise;

    /// <summary><see cref="ResponseKind.CopyLeader"/>: the lever copied.</summary>
    public Lever Lever { get; init; }

    /// <summary><see cref="ResponseKind.CopyLeader"/>: the brand copied, or <see cref="ResponseRules.Leader"/> for whichever brand has the most customers.</summary>
    public int Of { get; init; } = ResponseRules.Leader;
}
