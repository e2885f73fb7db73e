namespace Simulator.Model.Customers;

/// <summary>
/// Everything one customer carries from week to week. A plain struct: the reference engine keeps
/// an array of them, a customer grain keeps one. All random draws are recomputed from counters,
/// so no generator lives here.
/// </summary>
public struct CustomerState
{
    /// <summary>The customer's id, 0-based and dense.</summary>
    public int Id;
    /// <summary>Index of the population segment the customer was drawn from.</summary>
    public byte Segment;
    /// <summary>Fixed dispositions.</summary>
    public Traits Traits;
    /// <summary>Lifecycle stage.</summary>
    public LifecycleStage Stage;
    /// <summary>Why the customer last left a brand (kept after a win-back until the next exit).</summary>
    public ChurnReason LastChurnReason;
    /// <summary>Index of the current brand, or -1.</summary>
    public sbyte Brand;
    /// <summary>Index of the brand most recently left, or -1.</summary>
    public sbyte FormerBrand;
    /// <summary>Bit b set when the customer knows brand b.</summary>
    public byte Awareness;
    /// <summary>Bit b set when the customer has ever been a customer of brand b.</summary>
    public byte EverCustomer;
    /// <summary>Whether a need is currently recognised.</summary>
    public bool HasNeed;
    /// <summary>Weeks until the current need ends; -1 for a need that never ends.</summary>
    public short NeedWeeksLeft;
    /// <summary>Week the current relationship started (negative for customers at the start of the run).</summary>
    public short AcquiredWeek;
    /// <summary>Expected performance of an interaction, in [0, 1].</summary>
    public float Expectation;
    /// <summary>Trust in each brand, in [0, 1].</summary>
    public BrandValues Trust;
    /// <summary>Running satisfaction with the current brand, in [0, 1].</summary>
    public float Satisfaction;
    /// <summary>Joy (delight), in [0, 1], decaying.</summary>
    public float Joy;
    /// <summary>Anger (frustration), in [0, 1], decaying.</summary>
    public float Anger;
    /// <summary>The anger each brand was left with, in [0, 1], fading slowly: the wish to avoid that brand.</summary>
    public BrandValues Grudge;
    /// <summary>Problems met and not yet solved.</summary>
    public byte UnresolvedProblems;
    /// <summary>Feedback given and never answered (memory of being ignored).</summary>
    public byte UnansweredFeedback;
    /// <summary>Service contacts made about the current unresolved problems.</summary>
    public byte ServiceContactsOnProblem;
    /// <summary>Likelihood to recommend the current (or last) brand, 0-10.</summary>
    public byte LikelihoodToRecommend;

    /// <summary>Whether the customer currently buys from a brand.</summary>
    public readonly bool IsCustomer => Stage is LifecycleStage.Onboarding or LifecycleStage.Active;

    /// <summary>Whether the customer knows brand <paramref name="brand"/>.</summary>
    public readonly bool Knows(int brand) => (Awareness & (1 << brand)) != 0;
}
