namespace Simulator.Model.Customers;

/// <summary>Moments of a customer's life worth telling in an explanation trace.</summary>
public enum LifeEvent : byte
{
    /// <summary>Recognised a need.</summary>
    NeedRecognised,
    /// <summary>The need ended.</summary>
    NeedEnded,
    /// <summary>Became aware of a brand through advertising.</summary>
    AwareFromAdvertising,
    /// <summary>Became aware of a brand because others use it (well-mixed imitation).</summary>
    AwareFromImitation,
    /// <summary>Became aware of a brand through a peer's recommendation.</summary>
    AwareFromPeer,
    /// <summary>Heard a recommendation.</summary>
    HeardRecommendation,
    /// <summary>Heard a warning.</summary>
    HeardWarning,
    /// <summary>Bought from a brand.</summary>
    Bought,
    /// <summary>Finished onboarding.</summary>
    BecameActive,
    /// <summary>Met a product problem.</summary>
    Incident,
    /// <summary>A defect was replaced at once.</summary>
    DefectReplaced,
    /// <summary>Service solved the problem.</summary>
    ProblemSolved,
    /// <summary>Service did not solve the problem.</summary>
    ProblemNotSolved,
    /// <summary>Complained.</summary>
    Complained,
    /// <summary>Took revenge by warning every peer.</summary>
    Revenge,
    /// <summary>Gave feedback that was acted on.</summary>
    FeedbackAnswered,
    /// <summary>Gave feedback that was ignored.</summary>
    FeedbackIgnored,
    /// <summary>Felt watched: a tailored offer built on harvested data.</summary>
    PrivacyWorry,
    /// <summary>Wanted to leave but the termination fee kept them.</summary>
    Trapped,
    /// <summary>Recommended the brand to a peer.</summary>
    Recommended,
    /// <summary>Warned a peer about the brand.</summary>
    Warned,
    /// <summary>Left for nothing.</summary>
    LeftDissatisfied,
    /// <summary>Left for a competitor.</summary>
    Switched,
    /// <summary>Left because the need ended.</summary>
    LeftNeedEnded,
    /// <summary>Answered the brand's NPS survey.</summary>
    AnsweredSurvey,
    /// <summary>Struck a brand from consideration after a peer's warning.</summary>
    Dissuaded,
}
