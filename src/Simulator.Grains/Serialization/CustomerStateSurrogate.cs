using Simulator.Model.Customers;

namespace Simulator.Grains.Serialization;

/// <summary>The wire form of <see cref="CustomerState"/> (the model knows nothing of Orleans).</summary>
[GenerateSerializer]
public struct CustomerStateSurrogate
{
    /// <summary>Id.</summary>
    [Id(0)] public int Id;
    /// <summary>Segment index.</summary>
    [Id(1)] public byte Segment;
    /// <summary>Privacy sensitivity.</summary>
    [Id(2)] public float Privacy;
    /// <summary>Forgiveness.</summary>
    [Id(3)] public float Forgiveness;
    /// <summary>Talkativeness.</summary>
    [Id(4)] public float Talkativeness;
    /// <summary>Price sensitivity.</summary>
    [Id(5)] public float PriceSensitivity;
    /// <summary>Effort tolerance.</summary>
    [Id(6)] public float EffortTolerance;
    /// <summary>Stage.</summary>
    [Id(7)] public LifecycleStage Stage;
    /// <summary>Last churn reason.</summary>
    [Id(8)] public ChurnReason LastChurnReason;
    /// <summary>Current brand.</summary>
    [Id(9)] public sbyte Brand;
    /// <summary>Former brand.</summary>
    [Id(10)] public sbyte FormerBrand;
    /// <summary>Awareness bits.</summary>
    [Id(11)] public byte Awareness;
    /// <summary>Ever-customer bits.</summary>
    [Id(12)] public byte EverCustomer;
    /// <summary>Whether a need is recognised.</summary>
    [Id(13)] public bool HasNeed;
    /// <summary>Weeks left of the need.</summary>
    [Id(14)] public short NeedWeeksLeft;
    /// <summary>Acquisition week.</summary>
    [Id(15)] public short AcquiredWeek;
    /// <summary>Expectation.</summary>
    [Id(16)] public float Expectation;
    /// <summary>Satisfaction.</summary>
    [Id(17)] public float Satisfaction;
    /// <summary>Joy.</summary>
    [Id(18)] public float Joy;
    /// <summary>Anger.</summary>
    [Id(19)] public float Anger;
    /// <summary>Trust in brand 0.</summary>
    [Id(20)] public float Trust0;
    /// <summary>Trust in brand 1.</summary>
    [Id(21)] public float Trust1;
    /// <summary>Trust in brand 2.</summary>
    [Id(22)] public float Trust2;
    /// <summary>Trust in brand 3.</summary>
    [Id(23)] public float Trust3;
    /// <summary>Open problems.</summary>
    [Id(24)] public byte UnresolvedProblems;
    /// <summary>Unanswered feedback.</summary>
    [Id(25)] public byte UnansweredFeedback;
    /// <summary>Service contacts on open problems.</summary>
    [Id(26)] public byte ServiceContactsOnProblem;
    /// <summary>Likelihood to recommend.</summary>
    [Id(27)] public byte LikelihoodToRecommend;
    /// <summary>Fickleness.</summary>
    [Id(28)] public float Fickleness;
    /// <summary>Grudge against brand 0.</summary>
    [Id(29)] public float Grudge0;
    /// <summary>Grudge against brand 1.</summary>
    [Id(30)] public float Grudge1;
    /// <summary>Grudge against brand 2.</summary>
    [Id(31)] public float Grudge2;
    /// <summary>Grudge against brand 3.</summary>
    [Id(32)] public float Grudge3;
}

/// <summary>Converts <see cref="CustomerState"/> to and from its wire form.</summary>
[RegisterConverter]
public sealed class CustomerStateConverter : IConverter<CustomerState, CustomerStateSurrogate>
{
    /// <inheritdoc />
    public CustomerState ConvertFromSurrogate(in CustomerStateSurrogate s)
    {
        var c = new CustomerState
        {
            Id = s.Id,
            Segment = s.Segment,
            Traits = new Traits(s.Privacy, s.Forgiveness, s.Talkativeness, s.PriceSensitivity, s.EffortTolerance, s.Fickleness),
            Stage = s.Stage,
            LastChurnReason = s.LastChurnReason,
            Brand = s.Brand,
            FormerBrand = s.FormerBrand,
            Awareness = s.Awareness,
            EverCustomer = s.EverCustomer,
            HasNeed = s.HasNeed,
            NeedWeeksLeft = s.NeedWeeksLeft,
            AcquiredWeek = s.AcquiredWeek,
            Expectation = s.Expectation,
            Satisfaction = s.Satisfaction,
            Joy = s.Joy,
            Anger = s.Anger,
            UnresolvedProblems = s.UnresolvedProblems,
            UnansweredFeedback = s.UnansweredFeedback,
            ServiceContactsOnProblem = s.ServiceContactsOnProblem,
            LikelihoodToRecommend = s.LikelihoodToRecommend,
        };
        c.Trust[0] = s.Trust0;
        c.Trust[1] = s.Trust1;
        c.Trust[2] = s.Trust2;
        c.Trust[3] = s.Trust3;
        c.Grudge[0] = s.Grudge0;
        c.Grudge[1] = s.Grudge1;
        c.Grudge[2] = s.Grudge2;
        c.Grudge[3] = s.Grudge3;
        return c;
    }

    /// <inheritdoc />
    public CustomerStateSurrogate ConvertToSurrogate(in CustomerState c) => new()
    {
        Id = c.Id,
        Segment = c.Segment,
        Privacy = c.Traits.PrivacySensitivity,
        Forgiveness = c.Traits.Forgiveness,
        Talkativeness = c.Traits.Talkativeness,
        PriceSensitivity = c.Traits.PriceSensitivity,
        EffortTolerance = c.Traits.EffortTolerance,
        Fickleness = c.Traits.Fickleness,
        Stage = c.Stage,
        LastChurnReason = c.LastChurnReason,
        Brand = c.Brand,
        FormerBrand = c.FormerBrand,
        Awareness = c.Awareness,
        EverCustomer = c.EverCustomer,
        HasNeed = c.HasNeed,
        NeedWeeksLeft = c.NeedWeeksLeft,
        AcquiredWeek = c.AcquiredWeek,
        Expectation = c.Expectation,
        Satisfaction = c.Satisfaction,
        Joy = c.Joy,
        Anger = c.Anger,
        Trust0 = c.Trust[0],
        Trust1 = c.Trust[1],
        Trust2 = c.Trust[2],
        Trust3 = c.Trust[3],
        Grudge0 = c.Grudge[0],
        Grudge1 = c.Grudge[1],
        Grudge2 = c.Grudge[2],
        Grudge3 = c.Grudge[3],
        UnresolvedProblems = c.UnresolvedProblems,
        UnansweredFeedback = c.UnansweredFeedback,
        ServiceContactsOnProblem = c.ServiceContactsOnProblem,
        LikelihoodToRecommend = c.LikelihoodToRecommend,
    };
}
