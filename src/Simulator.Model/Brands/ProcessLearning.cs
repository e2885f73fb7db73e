using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Brands;

/// <summary>
/// Brands that learn (docs/model.md, section 4): the outer loop of Reichheld &amp; Markey (2011). Feedback acted
/// on is, for the share <see cref="BrandPolicy.ProcessLearning"/>, also traced to its root cause and
/// fixed; the fixes build a stock of process knowledge K in [0, 1) that is forgotten slowly and lowers
/// incidents and service effort for every customer of the brand. K is brand-level state carried from
/// week to week in the aggregates (<see cref="BrandGauge.ProcessKnowledge"/>), and customers meet the
/// K of the week their market conditions come from.
/// </summary>
public static class ProcessLearning
{
    /// <summary>Fixes per this many customers: the unit of the learning rate.</summary>
    public const double CustomersPerUnit = 1000;

    /// <summary>
    /// The knowledge after a week that started with <paramref name="knowledge"/> and made
    /// <paramref name="fixesPerThousand"/> root-cause fixes per 1,000 customers:
    /// 1 - (1 - K (1 - decay)) exp(-learningRate x). Forgetting first, then the fixes win a share of what
    /// is left to learn, so K stays in [0, 1).
    /// </summary>
    public static double Next(double knowledge, double fixesPerThousand, ModelParameters model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var kept = knowledge * (1 - model.KnowledgeDecay);
        return 1 - (1 - kept) * Math.Exp(-model.LearningRate * fixesPerThousand);
    }

    /// <summary>
    /// The knowledge a constant <paramref name="fixesPerThousand"/> leads to in the long run: the fixed
    /// point of <see cref="Next"/>, (1 - e) / (1 - (1 - decay) e) with e = exp(-learningRate x).
    /// </summary>
    public static double SteadyState(double fixesPerThousand, ModelParameters model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var e = Math.Exp(-model.LearningRate * fixesPerThousand);
        var denominator = 1 - (1 - model.KnowledgeDecay) * e;
        return denominator <= 0 ? 0 : (1 - e) / denominator;
    }

    /// <summary>
    /// Root-cause fixes per 1,000 customers of <paramref name="brand"/> in <paramref name="week"/>:
    /// feedback acted on times the brand's <see cref="BrandPolicy.ProcessLearning"/>, over its customers.
    /// </summary>
    public static double FixesPerThousand(TickAggregate week, int brand, BrandPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(policy);
        var customers = week.Total(brand, Measure.Onboarding) + week.Total(brand, Measure.Active);
        if (customers == 0 || policy.ProcessLearning <= 0)
        {
            return 0;
        }

        var acted = FixedPoint.ToDouble(week.Total(brand, Counter.FeedbackActed));
        return CustomersPerUnit * acted * policy.ProcessLearning / customers;
    }

    /// <summary>
    /// Sets the process knowledge of every brand in <paramref name="week"/>'s aggregate, from the knowledge
    /// of the week before and the fixes made this week. Every engine calls it at the barrier.
    /// </summary>
    public static void Settle(TickAggregate week, TickAggregate previous, IReadOnlyList<BrandPolicy> policies, ModelParameters model)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(policies);
        for (var b = 0; b < week.Brands; b++)
        {
            var before = previous.GetGauge(b, BrandGauge.ProcessKnowledge);
            week.SetGauge(b, BrandGauge.ProcessKnowledge, Next(before, FixesPerThousand(week, b, policies[b]), model));
        }
    }

    /// <summary>The weekly incident probability before prevention, lowered by what the brand has learned.</summary>
    public static double IncidentRate(BrandPolicy policy, double knowledge, ModelParameters model) =>
        policy.IncidentRate * (1 - model.LearnedIncidentReduction * knowledge);

    /// <summary>The effort a service contact costs, lowered by what the brand has learned.</summary>
    public static double ServiceEffort(BrandPolicy policy, double knowledge, ModelParameters model) =>
        policy.ServiceEffort * (1 - model.LearnedEffortReduction * knowledge);
}
