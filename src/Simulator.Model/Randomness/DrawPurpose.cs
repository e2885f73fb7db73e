namespace Simulator.Model.Randomness;

/// <summary>
/// Why a random number is drawn. Each purpose has its own counter space, so adding or skipping a
/// draw for one purpose never shifts the numbers another purpose sees.
/// </summary>
public enum DrawPurpose : ushort
{
    /// <summary>Choice of population segment.</summary>
    Segment = 1,
    /// <summary>Trait values (index = trait).</summary>
    Trait,
    /// <summary>Initial customers of each brand.</summary>
    InitialCustomer,
    /// <summary>Initial need and tenure.</summary>
    InitialNeed,
    /// <summary>Recognising a need.</summary>
    NeedRecognition,
    /// <summary>How long a need lasts.</summary>
    NeedDuration,
    /// <summary>Noticing advertising (index = brand).</summary>
    Advertising,
    /// <summary>Being persuaded by a peer's recommendation (index = message).</summary>
    Persuasion,
    /// <summary>Noise in the choice between brands (index = brand).</summary>
    Choice,
    /// <summary>Deciding to buy this week.</summary>
    Conversion,
    /// <summary>A product problem this week.</summary>
    Incident,
    /// <summary>Whether a defect is replaced at once.</summary>
    Generosity,
    /// <summary>Variation in delivered performance.</summary>
    Performance,
    /// <summary>Contacting service about a problem.</summary>
    ServiceContact,
    /// <summary>Whether service solves the problem.</summary>
    Resolution,
    /// <summary>Marketing contacts this week (index = contact).</summary>
    Marketing,
    /// <summary>Whether a marketing contact is tailored.</summary>
    Tailoring,
    /// <summary>Being asked for feedback.</summary>
    FeedbackRequest,
    /// <summary>Answering a feedback request.</summary>
    FeedbackReply,
    /// <summary>The brand acting on feedback.</summary>
    FeedbackAction,
    /// <summary>Complaining.</summary>
    Complaint,
    /// <summary>Reviewing and possibly leaving the relationship.</summary>
    Churn,
    /// <summary>Noise in likelihood to recommend.</summary>
    Recommendation,
    /// <summary>Telling a peer.</summary>
    Talk,
    /// <summary>Which peer is told.</summary>
    Peer,
    /// <summary>Rewiring of the social network (index = tie).</summary>
    Rewiring,
    /// <summary>The new end of a rewired tie (index = tie).</summary>
    RewiringTarget,
    /// <summary>The customer's propensity to reconsider and leave (a gamma draw).</summary>
    Fickleness,
    /// <summary>The NPS survey: being invited (index 0) and answering (index 1).</summary>
    Survey,
    /// <summary>A warning striking a brand from consideration (index = message).</summary>
    Dissuasion,
}
