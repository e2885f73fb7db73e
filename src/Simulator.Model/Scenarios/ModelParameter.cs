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
    /// <summary>How much lower service effort raises what a bill and an onboarding feel like.</summary>
    EffortEase,
    /// <summary>How much a tailored offer built on harvested data worries a privacy-sensitive customer.</summary>
    Creepiness,
    /// <summary>What a relevant tailored offer adds to the contact.</summary>
    TailoringRelevance,
    /// <summary>Share of a tailored offer's relevance the brand achieves without harvested data.</summary>
    RelevanceWithoutData,
    /// <summary>How much each marketing contact beyond one a week takes from the contact's performance.</summary>
    ContactAnnoyance,
    /// <summary>Weekly trust lost by a privacy-sensitive customer of a brand that harvests data without transparency.</summary>
    HarvestingErosion,
    /// <summary>Trust signal of one peer's recommendation.</summary>
    RecommendationTrustSignal,
    /// <summary>Trust signal of one peer's warning.</summary>
    WarningTrustSignal,
    /// <summary>Share of a warning about one's own brand that is resisted.</summary>
    OwnBrandWarningResistance,
    /// <summary>Probability that a warning strikes the brand from the consideration of a listener who is not its customer.</summary>
    Dissuasion,
    /// <summary>What a week of product use delivers when a problem is met and not fixed at once.</summary>
    SevereIncidentPerformance,
    /// <summary>What a week with a defect that the brand replaces at once delivers.</summary>
    ReplacedDefectPerformance,
    /// <summary>Base performance of a service contact that solves the problem (before effort and empathy).</summary>
    SolvedServicePerformance,
    /// <summary>Base performance of a service contact that does not solve the problem (before effort and empathy).</summary>
    UnsolvedServicePerformance,
    /// <summary>How far above expectation a feedback request feels when the brand acts on it and says so ('we heard you, and here's what we did').</summary>
    AnsweredFeedbackDelight,
    /// <summary>How far below expectation a feedback request feels when the feedback is ignored.</summary>
    IgnoredFeedbackLetdown,
    /// <summary>Extra letdown per earlier unanswered feedback request (up to five).</summary>
    IgnoredFeedbackMemory,
    /// <summary>Satisfaction when an experience exactly meets expectation (and of a new customer).</summary>
    MetExpectationSatisfaction,
    /// <summary>How far satisfaction moves per unit by which an experience beats or misses expectation.</summary>
    SatisfactionSlope,
    /// <summary>Likelihood to recommend (in tenths of the 0-10 scale) of a customer with zero satisfaction, neutral trust and no emotions.</summary>
    RecommendBase,
    /// <summary>Weight of satisfaction in the likelihood to recommend.</summary>
    RecommendSatisfactionWeight,
    /// <summary>Weight of trust (centred on 0.5) in the likelihood to recommend.</summary>
    RecommendTrustWeight,
    /// <summary>Weight of joy in the likelihood to recommend.</summary>
    RecommendJoyWeight,
    /// <summary>Weight of anger against the likelihood to recommend.</summary>
    RecommendAngerWeight,
    /// <summary>Likelihood to recommend lost per unresolved problem (up to three).</summary>
    RecommendProblemPenalty,
    /// <summary>Likelihood to recommend lost per unanswered feedback request (up to five).</summary>
    RecommendUnansweredPenalty,
    /// <summary>How many unresolved problems one fruitless service contact about a problem counts as when a customer reconsiders (up to four contacts).</summary>
    FruitlessContactReview,
    /// <summary>Weight of a termination fee against leaving.</summary>
    FeeBurdenWeight,
    /// <summary>How much running satisfaction above or below the met-expectation level colours the quality a customer expects of its own brand when reconsidering.</summary>
    SatisfactionQualityPull,
    /// <summary>Utility of staying lost per unresolved problem (up to three).</summary>
    OpenProblemValuePenalty,
    /// <summary>How much balanced or retention-minded focus improves purchase and onboarding.</summary>
    OnboardingCare,
    /// <summary>How much high-pressure selling spoils the purchase touchpoint.</summary>
    PressureAtSale,
    /// <summary>Trust signal lost at the purchase per unit of pressure selling.</summary>
    PressureTrustCost,
    /// <summary>Weight of price (relative to the reference price, times price sensitivity) in the value of a brand.</summary>
    PriceBurdenWeight,
    /// <summary>Weight of expected service effort (times intolerance of effort) in the value of a brand.</summary>
    EffortWorryWeight,
    /// <summary>Weight of data harvesting without transparency (times privacy sensitivity) in the value of a brand.</summary>
    PrivacyWorryWeight,
    /// <summary>Weight of a long contract with a termination fee (times price sensitivity) in the value of a brand.</summary>
    LockInWorryWeight,
    /// <summary>How much service overload raises the effort of a contact.</summary>
    OverloadEffort,
    /// <summary>How much effort takes from a service contact's performance.</summary>
    ServiceEffortWeight,
    /// <summary>How much empathy (around its midpoint) adds to a service contact's performance.</summary>
    ServiceEmpathyWeight,
    /// <summary>Share of the anger caused by too much effort that full empathy takes away.</summary>
    EffortAngerEmpathyRelief,
    /// <summary>Share of first-contact resolution a complaint gets without empathy.</summary>
    ComplaintResolutionBase,
    /// <summary>Share of first-contact resolution that empathy adds to complaint handling.</summary>
    ComplaintResolutionEmpathy,
    /// <summary>Performance of a complaint that is resolved, before empathy.</summary>
    ResolvedComplaintPerformance,
    /// <summary>What empathy adds to a resolved complaint's performance.</summary>
    ResolvedComplaintEmpathy,
    /// <summary>Performance of a complaint that is not resolved.</summary>
    UnresolvedComplaintPerformance,
    /// <summary>How far full empathy raises the revenge threshold towards 1.</summary>
    RevengeEmpathyRelief,
    /// <summary>How much transparency (around its midpoint) improves a bill.</summary>
    BillingTransparencyWeight,
    /// <summary>How much a price above the reference (times price sensitivity) spoils a bill.</summary>
    PriceSurpriseWeight,
    /// <summary>Creepiness above which a tailored offer is told as a privacy worry in a customer's story (it changes no number).</summary>
    PrivacyWorryThreshold,
    /// <summary>Extra probability of answering a feedback request per unit of anger.</summary>
    FeedbackReplyAnger,
    /// <summary>Extra probability of answering a feedback request while a problem is open.</summary>
    FeedbackReplyProblem,
    /// <summary>Share of the anger from a shortfall that full forgiveness takes away.</summary>
    ForgivenessWeight,
    /// <summary>Talk propensity of a promoter without joy.</summary>
    RecommendTalkBase,
    /// <summary>Talk propensity of a detractor without anger.</summary>
    WarnTalkBase,
    /// <summary>Trust signal lost when a termination fee keeps a customer who wanted to leave.</summary>
    TrappedTrustShock,
    /// <summary>Weight of a grudge against a brand left in choosing it again.</summary>
    GrudgeWeight,
    /// <summary>Weekly fading of a grudge.</summary>
    GrudgeDecay,
    /// <summary>Weekly probability that a brand invites one of its customers to its NPS survey.</summary>
    SurveyInvitationRate,
    /// <summary>Probability that a calm invited customer answers.</summary>
    SurveyResponse,
    /// <summary>Extra probability of answering per unit of anger.</summary>
    SurveyAngerResponse,
    /// <summary>Extra probability of answering per unit of joy.</summary>
    SurveyJoyResponse,
    /// <summary>Share of the process improvement still to win that one root-cause fix per 1,000 customers a week wins.</summary>
    LearningRate,
    /// <summary>Weekly share of process knowledge forgotten.</summary>
    KnowledgeDecay,
    /// <summary>Share of incidents that full process knowledge removes.</summary>
    LearnedIncidentReduction,
    /// <summary>Share of service effort that full process knowledge removes.</summary>
    LearnedEffortReduction,
}
