using Simulator.Model.Customers;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Metrics.Population;

/// <summary>
/// The attributes a population view colours customers by, declared once: the frames, the API's
/// legends and the docs' table all come from this list.
/// </summary>
public static class PopulationAttributes
{
    /// <summary>Steps of a feeling or of trust (0 to 1 read into 0 to 250).</summary>
    public const int Steps = 250;

    /// <summary>Every attribute, in the order of a frame's columns.</summary>
    public static IReadOnlyList<PopulationAttribute> All { get; } =
    [
        new("brand", "Brand", "The brand the customer buys from; none for prospects and churned customers.", AttributeKind.Category, 0,
            (_, c) => c.IsCustomer && c.Brand >= 0 ? (byte)c.Brand : PopulationAttribute.None)
        {
            Categories = s => s is null ? [] : [.. s.Brands.Select(b => b.Name)],
        },
        new("stage", "Stage", "Where the customer stands in the lifecycle.", AttributeKind.Category, Enum.GetValues<LifecycleStage>().Length - 1,
            (_, c) => (byte)c.Stage)
        {
            Categories = _ => [.. Enum.GetNames<LifecycleStage>()],
        },
        new("trust", "Trust", "Trust (0 to 1) in the brand the customer buys from or last left; in the first brand for someone who never bought.", AttributeKind.Scale, Steps,
            (_, c) => Scale(c.Trust[TrustedBrand(c)])),
        new("anger", "Anger", "Anger (0 to 1), which decays week by week.", AttributeKind.Scale, Steps, (_, c) => Scale(c.Anger)),
        new("joy", "Joy", "Joy, or delight (0 to 1), which decays week by week.", AttributeKind.Scale, Steps, (_, c) => Scale(c.Joy)),
        new("likelihood", "Likelihood to recommend", "Likelihood to recommend the current or last brand (0 to 10: promoters 9-10, detractors 0-6); none for someone who never bought.", AttributeKind.Scale, 10,
            (_, c) => c.EverCustomer == 0 ? PopulationAttribute.None : c.LikelihoodToRecommend),
        new("churnReason", "Churn reason", "Why the customer last left a brand (kept after a win-back until the next exit).", AttributeKind.Category, Enum.GetValues<ChurnReason>().Length - 1,
            (_, c) => (byte)c.LastChurnReason)
        {
            Categories = _ => [.. Enum.GetNames<ChurnReason>()],
        },
    ];

    /// <summary>The attribute named <paramref name="name"/>, or null.</summary>
    public static PopulationAttribute? Find(string name) => All.FirstOrDefault(a => a.Name == name);

    // The brand whose trust a customer's dot shows: the one bought from, else the one left, else the first.
    private static int TrustedBrand(in CustomerState c) => c.IsCustomer && c.Brand >= 0 ? c.Brand : c.FormerBrand >= 0 ? c.FormerBrand : 0;

    private static byte Scale(float value) => (byte)Math.Round(Math.Clamp(value, 0f, 1f) * Steps, MidpointRounding.AwayFromZero);
}
