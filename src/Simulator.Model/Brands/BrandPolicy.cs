using Simulator.Model.Parameters;

namespace Simulator.Model.Brands;

/// <summary>A brand's policy: the value of every lever at one moment. Immutable.</summary>
public sealed class BrandPolicy : ParameterSet<Lever>
{
    /// <summary>The policy with every lever at its default.</summary>
    public static BrandPolicy Default { get; } = new(Defaults(PolicyLevers.All));

    /// <summary>Creates a policy from values in <see cref="Lever"/> order; each must be in range.</summary>
    public BrandPolicy(double[] values) : base(PolicyLevers.All, values)
    {
    }

    /// <summary>A copy with one lever changed.</summary>
    public BrandPolicy With(Lever lever, double value)
    {
        var values = ToArray();
        values[(int)lever] = value;
        return new BrandPolicy(values);
    }

    /// <summary><see cref="Lever.AcquisitionFocus"/>.</summary>
    public double AcquisitionFocus => Get((int)Lever.AcquisitionFocus);
    /// <summary><see cref="Lever.RelationshipBudget"/>.</summary>
    public double RelationshipBudget => Get((int)Lever.RelationshipBudget);
    /// <summary><see cref="Lever.MarketingContactsPerWeek"/>.</summary>
    public double MarketingContactsPerWeek => Get((int)Lever.MarketingContactsPerWeek);
    /// <summary><see cref="Lever.PressureSelling"/>.</summary>
    public double PressureSelling => Get((int)Lever.PressureSelling);
    /// <summary><see cref="Lever.TailoredOffers"/>.</summary>
    public double TailoredOffers => Get((int)Lever.TailoredOffers);
    /// <summary><see cref="Lever.DataHarvesting"/>.</summary>
    public double DataHarvesting => Get((int)Lever.DataHarvesting);
    /// <summary><see cref="Lever.Transparency"/>.</summary>
    public double Transparency => Get((int)Lever.Transparency);
    /// <summary><see cref="Lever.ProductQuality"/>.</summary>
    public double ProductQuality => Get((int)Lever.ProductQuality);
    /// <summary><see cref="Lever.IncidentRate"/>.</summary>
    public double IncidentRate => Get((int)Lever.IncidentRate);
    /// <summary><see cref="Lever.ProblemPrevention"/>.</summary>
    public double ProblemPrevention => Get((int)Lever.ProblemPrevention);
    /// <summary><see cref="Lever.DefectGenerosity"/>.</summary>
    public double DefectGenerosity => Get((int)Lever.DefectGenerosity);
    /// <summary><see cref="Lever.ServiceEffort"/>.</summary>
    public double ServiceEffort => Get((int)Lever.ServiceEffort);
    /// <summary><see cref="Lever.FirstContactResolution"/>.</summary>
    public double FirstContactResolution => Get((int)Lever.FirstContactResolution);
    /// <summary><see cref="Lever.ServiceEmpathy"/>.</summary>
    public double ServiceEmpathy => Get((int)Lever.ServiceEmpathy);
    /// <summary><see cref="Lever.FeedbackSolicitation"/>.</summary>
    public double FeedbackSolicitation => Get((int)Lever.FeedbackSolicitation);
    /// <summary><see cref="Lever.FeedbackResponse"/>.</summary>
    public double FeedbackResponse => Get((int)Lever.FeedbackResponse);
    /// <summary><see cref="Lever.Price"/>.</summary>
    public double Price => Get((int)Lever.Price);
    /// <summary><see cref="Lever.TerminationFeeWeeks"/>.</summary>
    public double TerminationFeeWeeks => Get((int)Lever.TerminationFeeWeeks);
    /// <summary><see cref="Lever.ContractWeeks"/>.</summary>
    public double ContractWeeks => Get((int)Lever.ContractWeeks);
    /// <summary><see cref="Lever.ProcessLearning"/>.</summary>
    public double ProcessLearning => Get((int)Lever.ProcessLearning);

    /// <summary>
    /// Ariely's parts of trust read from the policy (long-term orientation, transparency and
    /// communicated intentions, shared goals): the level towards which customers' trust drifts
    /// when nothing happens.
    /// </summary>
    public double StructuralTrustworthiness
    {
        get
        {
            var longTerm = 1 - AcquisitionFocus;
            var sharedGoals = (DefectGenerosity + (1 - PressureSelling) + (1 - Math.Min(1, TerminationFeeWeeks / 26.0))) / 3;
            return (longTerm + Transparency + sharedGoals) / 3;
        }
    }
}
