using Simulator.Model.Parameters;

namespace Simulator.Model.Brands;

/// <summary>The specification of every brand policy lever: range, default, effect and source.</summary>
public static class PolicyLevers
{
    /// <summary>All levers, in the order of <see cref="Lever"/>.</summary>
    public static IReadOnlyList<ParameterSpec> All { get; } =
    [
        new("acquisitionFocus", 0, 1, 0.5, "share 0-1",
            "Share of the relationship budget (relationshipBudget) spent on winning customers (advertising) instead of serving them (service capacity): the same money either way; it also lowers onboarding care and reads as short-term orientation (a part of trust).",
            "Franz, 'Do customers want control?' (acquisition focus and neglect after the sale make the relationship one-sided); Ariely's long-term relationship part of trust (Romanian CEM article).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("relationshipBudget", 0, 100000, 135, "currency per week per 1,000 people in the market",
            "Money the brand spends each week on winning and serving customers, per 1,000 people in the market: acquisitionFocus of it buys advertising (costPerImpression each), the rest buys service capacity (costPerServiceContact a contact). A brand that grows on a fixed budget has less service per customer.",
            "Modelling choice, sized so that the balanced brand of the baseline market reaches 0.4% of people a week (the Bass p of an advertised service, Sultan, Farley & Lehmann 1990) and handles 30 service contacts per 1,000 customers a week at its customer share (the reach and capacity of the earlier fixed levers); docs/economics.md checks the acquisition cost it implies against Gallo (HBR 2014).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("marketingContactsPerWeek", 0, 7, 0.25, "contacts per customer per week",
            "Brand-initiated marketing messages to current customers; contacts beyond one a week annoy, and tailored ones made from harvested data worry privacy-sensitive customers.",
            "Forrester, 'Build experiences, not relationships' (CRM tactics: more contact, data harvesting, tailored offers).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("pressureSelling", 0, 1, 0.2, "intensity 0-1",
            "High-pressure selling: raises conversion of considering customers but makes the purchase touchpoint worse and costs trust.",
            "Forrester, 'Build experiences, not relationships' (customers stay suspicious of high-pressure selling).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("tailoredOffers", 0, 1, 0.3, "share 0-1",
            "Share of marketing contacts tailored to the customer: a small joy when relevant, a privacy worry when built on harvested data.",
            "Forrester, 'Build experiences, not relationships' (tailored offers as a CRM tactic).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("dataHarvesting", 0, 1, 0.3, "intensity 0-1",
            "How much personal data the brand collects; erodes trust of privacy-sensitive customers unless the brand is transparent.",
            "Forrester survey quoted in the Arabic article: 69% of about 6,000 North American online consumers very or extremely concerned about losing control of personal data.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("transparency", 0, 1, 0.5, "level 0-1",
            "Transparency and communicated intentions: parts of trust, softens billing surprises and the privacy cost of data harvesting.",
            "Ariely's parts of trust (transparency, communicated intentions), Romanian CEM article.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("productQuality", 0, 1, 0.72, "performance 0-1",
            "What a use of the product delivers when nothing goes wrong, compared with the customer's expectation.",
            "Oliver (1980), expectation-disconfirmation, Journal of Marketing Research 17(4).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("incidentRate", 0, 0.5, 0.02, "probability per week",
            "Weekly probability that a customer meets a product problem (defect, outage, error) before prevention.",
            "Russian CEM article: prevent problems first, then innovate; BigML/Orange telecom churn data (unresolved problems drive exit).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("problemPrevention", 0, 1, 0.3, "share 0-1",
            "Share of problems the brand prevents before they reach the customer.",
            "Russian CEM article: prevent problems first, then innovate.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("defectGenerosity", 0, 1, 0.5, "probability 0-1",
            "Probability that a defective product is replaced or refunded at once, without a fight.",
            "Forrester, 'Build experiences, not relationships' (refusing to replace defective goods breeds suspicion).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("serviceEffort", 0, 1, 0.5, "effort 0-1",
            "Effort a service contact costs the customer (repeating information, transfers, channel switching); effort above the customer's tolerance causes anger and disloyalty.",
            "Dixon, Freeman & Toman, 'Stop Trying to Delight Your Customers', HBR 2010; CEB: 96% of high-effort customers became more disloyal against 9% with low effort.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("firstContactResolution", 0, 1, 0.6, "probability 0-1",
            "Probability that a service contact solves the problem: the outcome, not the activity.",
            "Forrester: measure outcomes (was the problem solved?) not activity; one unified contact centre.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("serviceEmpathy", 0, 1, 0.5, "level 0-1",
            "Empathy in service and complaint handling: reduces the anger a bad contact causes and the wish for revenge.",
            "Romanian CEM article: CEM is about emotions (anger, revenge, complaint).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("feedbackSolicitation", 0, 1, 0.04, "probability per week",
            "Weekly probability that the brand asks a customer for feedback.",
            "Franz: brands ask for feedback and then ignore it; Romanian article: measure satisfaction continuously.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("feedbackResponse", 0, 1, 0.3, "probability 0-1",
            "Probability that feedback given is acted on and answered ('we heard you, and here's what we did'); ignored feedback is remembered and costs trust.",
            "Franz, 'Do customers want control?' (closing the loop).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("price", 0, 1000, 10, "currency per week",
            "Price per week; weighed by each customer's price sensitivity against the market's reference price.",
            "Russian CEM article: customers seek the best cost/benefit, least hassle, worry and money.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("terminationFeeWeeks", 0, 104, 0, "weeks of price",
            "Fee for leaving before the contract ends, in weeks of price: a switching cost that keeps customers who want to leave, and angers them.",
            "Forrester (arbitrary termination fees); IBM Telco churn data: month-to-month 42.7% churn, one-year 11.3%, two-year 2.8%.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("contractWeeks", 0, 260, 0, "weeks",
            "Contract length from acquisition during which the termination fee applies.",
            "IBM Telco churn data (contract length and churn).") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
        new("processLearning", 0, 1, 0, "share 0-1",
            "Share of feedback acted on that the brand also traces to its root cause and fixes in the process (the outer loop): each fix costs costPerProcessFix and adds to the brand's process knowledge, which lowers incidents and effort for every customer.",
            "Reichheld & Markey (2011), The Ultimate Question 2.0 (the inner loop answers the customer, the outer loop changes the process); the default 0 is a brand that only answers, as the brands of the other stories do.") { PlausibleReason = "A policy lever: every value in its range is a policy a brand can choose." },
    ];

    /// <summary>Finds a lever by its JSON name.</summary>
    public static bool TryParse(string name, out Lever lever)
    {
        var index = BrandPolicy.IndexOf(All, name);
        lever = (Lever)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The JSON name of a lever.</summary>
    public static string NameOf(Lever lever) => All[(int)lever].Name;
}
