namespace Simulator.Model.Scenarios;

/// <summary>The numeric settings of a population segment. Their order is the order of <see cref="SegmentSpec.Specs"/>.</summary>
public enum SegmentParameter
{
    /// <summary>Weekly probability that a customer without a need recognises one.</summary>
    NeedRecognitionPerWeek,
    /// <summary>Mean weeks a need lasts.</summary>
    MeanNeedWeeks,
    /// <summary>Share of non-customers that have a need at the start.</summary>
    InitialNeedShare,
    /// <summary>Expectation at the start.</summary>
    InitialExpectation,
    /// <summary>Trust in every brand at the start.</summary>
    InitialTrust,
    /// <summary>Weekly probability that a considering customer buys the best acceptable brand.</summary>
    ConversionPerWeek,
    /// <summary>Variance of the customers' propensity to reconsider and leave (0: all alike).</summary>
    LoyaltyHeterogeneity,
}
