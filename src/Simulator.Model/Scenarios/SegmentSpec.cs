using Simulator.Model.Parameters;

namespace Simulator.Model.Scenarios;

/// <summary>A population segment: its share of the population, how its traits are spread, and its needs.</summary>
public sealed class SegmentSpec : ParameterSet<SegmentParameter>
{
    /// <summary>Every numeric setting, in the order of <see cref="SegmentParameter"/>.</summary>
    public static IReadOnlyList<ParameterSpec> Specs { get; } =
    [
        new("needRecognitionPerWeek", 0, 1, 0.01, "probability per week",
            "Weekly probability that a person without a need recognises one: the experience starts when the need is recognised.",
            "Russian CEM article.") { PlausibleMin = 0.005, PlausibleMax = 0.02, PlausibleReason = "Half to twice the default." },
        new("meanNeedWeeks", 1, 10000, 520, "weeks",
            "Mean weeks a need lasts (geometric); when it ends the customer leaves with reason 'need ended'.",
            "Russian CEM article: the experience ends when the need is gone.") { PlausibleMin = 260.0, PlausibleMax = 1040.0, PlausibleReason = "A need lasts five to twenty years on average; calibrated segments may sit elsewhere." },
        new("initialNeedShare", 0, 1, 0.1, "share 0-1",
            "Share of non-customers that already have a need at week 0.",
            "Modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Half to twice the default." },
        new("initialExpectation", 0, 1, 0.65, "performance 0-1",
            "Expected performance of an interaction at week 0.",
            "Oliver (1980).") { PlausibleMin = 0.55, PlausibleMax = 0.75, PlausibleReason = "Around a typical product quality, neither naive nor jaded." },
        new("initialTrust", 0, 1, 0.5, "trust 0-1",
            "Trust in every brand at week 0 (neutral).",
            "Modelling choice.") { PlausibleMin = 0.4, PlausibleMax = 0.6, PlausibleReason = "Neutral trust, give or take." },
        new("conversionPerWeek", 0, 1, 0.25, "probability per week",
            "Weekly probability that a considering customer buys the best acceptable brand it knows.",
            "Modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.4, PlausibleReason = "A considering customer buys within two to ten weeks." },
        new("loyaltyHeterogeneity", 0, 10, 1, "variance",
            "Variance of each customer's fickleness, a gamma-distributed multiplier of mean 1 on the weekly chance of reconsidering and on the hazard that a need ends: the fickle leave first, so a cohort's retention rises with tenure. 0 makes every customer of the segment alike.",
            "Fader & Hardie (2007): churn propensities differ between customers (shifted-beta-geometric). For small churn probabilities their Beta(alpha, beta) tends to a gamma of variance 1/alpha relative to its mean: 1.42 (regular customers) and 1.50 (high end); the squared coefficient of variation of their yearly churn probability is 0.58 and 1.04. The default 1 is of that order; the gamma form is a modelling choice.") { PlausibleMin = 0.5, PlausibleMax = 4.0, PlausibleReason = "From below Fader & Hardie's cohorts to the variances that fits of the simulation to their tables need (1.85 and 3.79, docs/calibration.md)." },
    ];

    /// <summary>Default trait spreads, in the order of <see cref="TraitDistribution.TraitNames"/>.</summary>
    public static IReadOnlyList<TraitDistribution> DefaultTraits { get; } =
    [
        new(0.6, 0.25),
        new(0.5, 0.2),
        new(0.5, 0.25),
        new(0.5, 0.2),
        new(0.5, 0.2),
    ];

    /// <summary>Creates a segment.</summary>
    public SegmentSpec(string name, double share, IReadOnlyList<TraitDistribution> traits, bool permanentNeed, double[] values)
        : base(Specs, values)
    {
        if (traits.Count != TraitDistribution.TraitNames.Count)
        {
            throw new ArgumentException($"Expected {TraitDistribution.TraitNames.Count} traits.", nameof(traits));
        }

        Name = name;
        Share = share;
        Traits = traits;
        PermanentNeed = permanentNeed;
    }

    /// <summary>The segment's name.</summary>
    public string Name { get; }
    /// <summary>Relative weight of the segment in the population (normalised over segments).</summary>
    public double Share { get; }
    /// <summary>Trait spreads, in the order of <see cref="TraitDistribution.TraitNames"/>.</summary>
    public IReadOnlyList<TraitDistribution> Traits { get; }
    /// <summary>When true, a need once recognised never ends (used for pure diffusion).</summary>
    public bool PermanentNeed { get; }

    /// <summary>Need recognition per week.</summary>
    public double NeedRecognitionPerWeek => Get((int)SegmentParameter.NeedRecognitionPerWeek);
    /// <summary>Mean need duration in weeks.</summary>
    public double MeanNeedWeeks => Get((int)SegmentParameter.MeanNeedWeeks);
    /// <summary>Initial need share.</summary>
    public double InitialNeedShare => Get((int)SegmentParameter.InitialNeedShare);
    /// <summary>Initial expectation.</summary>
    public double InitialExpectation => Get((int)SegmentParameter.InitialExpectation);
    /// <summary>Initial trust.</summary>
    public double InitialTrust => Get((int)SegmentParameter.InitialTrust);
    /// <summary>Conversion per week.</summary>
    public double ConversionPerWeek => Get((int)SegmentParameter.ConversionPerWeek);
    /// <summary>Variance of the customers' fickleness.</summary>
    public double LoyaltyHeterogeneity => Get((int)SegmentParameter.LoyaltyHeterogeneity);
}
