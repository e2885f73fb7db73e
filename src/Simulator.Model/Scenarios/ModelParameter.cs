namespace Simulator.Model.Scenarios;

/// <summary>The behavioural constants of the model. Their order is the order of <see cref="ModelParameters.Specs"/>.</summary>
public enum ModelParameter
{
    /// <summary>Trust gained per unit of expectation exceeded.</summary>
    TrustGain,
    /// <summary>How many times faster trust is lost than gained.</summary>
    TrustLossRatio,
    /// <summary>Weekly drift of trust towards the brand's structural trustworthiness.</summary>
    TrustAnchoring,
    /// <summary>Joy per unit of expectation exceeded.</summary>
    JoyGain,
    /// <summary>Anger per unit of expectation missed.</summary>
    AngerGain,
    /// <summary>Share of joy that fades each week.</summary>
    JoyDecay,
    /// <summary>Share of anger that fades each week.</summary>
    AngerDecay,
    /// <summary>Half-width of the zone of tolerance around expectation.</summary>
    ToleranceZone,
    /// <summary>Weight of the newest experience in running satisfaction.</summary>
    SatisfactionSmoothing,
    /// <summary>Rate at which expectation rises towards better experiences.</summary>
    ExpectationRise,
    /// <summary>Rate at which expectation falls towards worse experiences.</summary>
    ExpectationFall,
    /// <summary>Pull of a peer's recommendation on expectation.</summary>
    PeerExpectationPull,
    /// <summary>Standard deviation of delivered performance around product quality.</summary>
    PerformanceNoise,
    /// <summary>Weekly probability that a fully talkative promoter recommends.</summary>
    RecommendRate,
    /// <summary>Weekly probability that a fully talkative detractor warns.</summary>
    WarnRate,
    /// <summary>Probability that a peer's recommendation makes an unaware customer aware.</summary>
    Persuasion,
    /// <summary>Weight of the brand's own messages on trust, relative to a peer's (1).</summary>
    BrandMessageWeight,
    /// <summary>Anger above which an unresolved complaint turns into revenge.</summary>
    RevengeAnger,
    /// <summary>Weekly probability of contacting service about an unresolved problem.</summary>
    ServiceContactRate,
    /// <summary>Weekly probability of complaining, per unit of anger, with an unresolved problem.</summary>
    ComplaintRate,
    /// <summary>Base probability of answering a feedback request.</summary>
    FeedbackReplyRate,
    /// <summary>Weekly probability of reconsidering the relationship without a trigger.</summary>
    ReviewRate,
    /// <summary>Extra weekly probability of reconsidering per unit of anger.</summary>
    AngerReview,
    /// <summary>Extra weekly probability of reconsidering per unresolved problem.</summary>
    ProblemReview,
    /// <summary>Scale of the random part of utility (logit temperature).</summary>
    ChoiceNoise,
    /// <summary>Weight of trust in the utility of a brand.</summary>
    TrustWeight,
    /// <summary>Weight of anger against staying.</summary>
    AngerWeight,
    /// <summary>Habit: the bonus of staying with the current brand.</summary>
    Inertia,
    /// <summary>Cost of doing without while the need lasts.</summary>
    NeedUrgency,
    /// <summary>Anger felt when a termination fee keeps a customer who wanted to leave.</summary>
    TrappedAnger,
    /// <summary>Standard deviation of likelihood to recommend, in points.</summary>
    RecommendationNoise,
}
