using Simulator.Model.Parameters;

namespace Simulator.Model.Scenarios;

/// <summary>The behavioural constants of the model, with calibrated defaults and their sources.</summary>
public sealed class ModelParameters : ParameterSet<ModelParameter>
{
    /// <summary>Every constant, in the order of <see cref="ModelParameter"/>.</summary>
    public static IReadOnlyList<ParameterSpec> Specs { get; } =
    [
        new("trustGain", 0, 1, 0.10, "per unit gap",
            "Trust gained per unit by which an experience exceeds the zone of tolerance, scaled by the room left (1 - trust).",
            "Ariely's parts of trust (Romanian CEM article); Slovic (1993), 'Perceived risk, trust, and democracy', Risk Analysis 13(6).") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Half to twice the default: trust takes months to build (Slovic 1993), not weeks or years." },
        new("trustLossRatio", 1, 10, 3, "ratio",
            "How many times more trust a violation costs than an equal fulfilment earns: trust is slow to build and fast to lose.",
            "Slovic (1993), the asymmetry principle of trust; Baumeister et al. (2001), 'Bad is stronger than good', Review of General Psychology 5(4).") { PlausibleMin = 2.0, PlausibleMax = 5.0, PlausibleReason = "Losses of trust weigh two to five times gains: the span of the negativity effects reviewed by Baumeister et al. (2001)." },
        new("trustAnchoring", 0, 0.5, 0.03, "per week",
            "Weekly drift of trust in the current brand towards the brand's structural trustworthiness (long-term orientation, transparency, shared goals).",
            "Ariely's five parts of trust (Romanian CEM article).") { PlausibleMin = 0.01, PlausibleMax = 0.06, PlausibleReason = "A third to twice the default: trust drifts towards what the brand is over one to two years." },
        new("joyGain", 0, 5, 1.0, "per unit gap",
            "Joy per unit by which an experience exceeds the zone of tolerance.",
            "Romanian CEM article: emotions first (joy, satisfaction).") { PlausibleMin = 0.5, PlausibleMax = 1.5, PlausibleReason = "Half to one and a half times the default; calibrated with the NPS range, not measured." },
        new("angerGain", 0, 5, 1.2, "per unit gap",
            "Anger per unit by which an experience falls below the zone of tolerance, reduced by forgiveness.",
            "Romanian CEM article: emotions first (anger, revenge, complaint).") { PlausibleMin = 0.8, PlausibleMax = 1.8, PlausibleReason = "Two thirds to one and a half times the default, kept above joy over most of the range (bad is stronger than good)." },
        new("joyDecay", 0, 1, 0.25, "share per week",
            "Share of joy that fades each week.",
            "Baumeister et al. (2001): bad emotions last longer than good ones.") { PlausibleMin = 0.15, PlausibleMax = 0.4, PlausibleReason = "Joy fades within two to seven weeks." },
        new("angerDecay", 0, 1, 0.10, "share per week",
            "Share of anger that fades each week (slower than joy).",
            "Baumeister et al. (2001): bad emotions last longer than good ones.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Anger fades within five to twenty weeks, slower than joy over most of the range." },
        new("toleranceZone", 0, 0.5, 0.08, "performance units",
            "Half-width of the zone of tolerance: gaps smaller than this move satisfaction and expectation but not emotions or trust.",
            "Zeithaml, Berry & Parasuraman (1993), 'The nature and determinants of customer expectations of service', JAMS 21(1).") { PlausibleMin = 0.04, PlausibleMax = 0.15, PlausibleReason = "Half to about twice the default zone of tolerance (Zeithaml, Berry & Parasuraman 1993 give no number)." },
        new("satisfactionSmoothing", 0, 1, 0.2, "weight",
            "Weight of the newest experience in running satisfaction (an exponential average of confirmed and disconfirmed expectations).",
            "Oliver (1980), expectation-disconfirmation, Journal of Marketing Research 17(4).") { PlausibleMin = 0.1, PlausibleMax = 0.35, PlausibleReason = "Running satisfaction remembers three to ten experiences." },
        new("expectationRise", 0, 1, 0.06, "per unit gap",
            "Rate at which expectation rises towards experiences better than expected.",
            "Franz: customers want expectations known and met; expectations rise with good experiences.") { PlausibleMin = 0.03, PlausibleMax = 0.1, PlausibleReason = "Half to about one and a half times the default." },
        new("expectationFall", 0, 1, 0.03, "per unit gap",
            "Rate at which expectation falls towards worse experiences (slower than it rises).",
            "Franz; Oliver (1980).") { PlausibleMin = 0.015, PlausibleMax = 0.06, PlausibleReason = "Half to twice the default, kept at or below the rise over most of the range." },
        new("peerExpectationPull", 0, 1, 0.02, "per message",
            "Pull of one peer's recommendation on expectation, towards 1.",
            "Russian CEM article: delighted customers tell friends; expectations rise with what peers say.") { PlausibleMin = 0.01, PlausibleMax = 0.04, PlausibleReason = "Half to twice the default." },
        new("performanceNoise", 0, 0.5, 0.06, "performance units",
            "Standard deviation of what a normal week of product use delivers around product quality.",
            "Modelling choice: experiences vary week to week.") { PlausibleMin = 0.03, PlausibleMax = 0.1, PlausibleReason = "Half to about one and a half times the default week-to-week variation." },
        new("recommendRate", 0, 1, 0.12, "probability per week",
            "Weekly probability that a fully talkative promoter recommends the brand to one peer (scaled by talkativeness and joy).",
            "Reichheld (2003), promoters; East, Hammond & Wright (2007): positive word of mouth about 3 times as frequent as negative.") { PlausibleMin = 0.06, PlausibleMax = 0.2, PlausibleReason = "Half to about one and a half times the default; together with warnRate it sets the ratio of positive to negative word of mouth, about 3 (East, Hammond & Wright 2007), which the range keeps between about 1.5 and 6." },
        new("warnRate", 0, 1, 0.055, "probability per week",
            "Weekly probability that a fully talkative detractor warns one peer (scaled by talkativeness and anger).",
            "East, Hammond & Wright (2007), 'The relative incidence of positive and negative word of mouth', International Journal of Research in Marketing 24(2).") { PlausibleMin = 0.03, PlausibleMax = 0.09, PlausibleReason = "About half to one and a half times the default (see recommendRate)." },
        new("persuasion", 0, 1, 0.3, "probability per message",
            "Probability that one peer's recommendation makes an unaware customer aware of the brand (imitation on the network).",
            "Bass (1969): imitation; Russian CEM article: advocates tell friends.") { PlausibleMin = 0.15, PlausibleMax = 0.5, PlausibleReason = "Half to about one and a half times the default." },
        new("brandMessageWeight", 0, 1, 0.3, "relative to a peer",
            "Effect of the brand's own message on trust relative to a peer's message: peers are trusted more than the brand.",
            "Nielsen Global Trust in Advertising (2015): 83% trust recommendations from people they know, well above any form of advertising.") { PlausibleMin = 0.15, PlausibleMax = 0.5, PlausibleReason = "A brand's message weighs a sixth to a half of a peer's (Nielsen 2015: trust in advertising well below trust in people one knows)." },
        new("revengeAnger", 0, 1, 0.6, "anger 0-1",
            "Anger above which an unresolved complaint turns into revenge: a warning to every peer.",
            "Ariely's limits of trust / the possibility of revenge (Romanian CEM article).") { PlausibleMin = 0.45, PlausibleMax = 0.75, PlausibleReason = "Revenge needs strong anger in any case." },
        new("serviceContactRate", 0, 1, 0.5, "probability per week",
            "Weekly probability of contacting service about an unresolved problem.",
            "Russian CEM article: 66% of touchpoints are created by customers.") { PlausibleMin = 0.3, PlausibleMax = 0.7, PlausibleReason = "A customer with an open problem contacts service within one to three weeks." },
        new("complaintRate", 0, 1, 0.03, "probability per week per unit anger",
            "Weekly probability of a formal complaint, per unit of anger, while a problem is unresolved: most dissatisfied customers never complain.",
            "TARP studies for the US Office of Consumer Affairs (about 1 complainer per 26 silent dissatisfied customers; second-hand, weak).") { PlausibleMin = 0.015, PlausibleMax = 0.06, PlausibleReason = "Half to twice the default: the TARP figure it rests on is old and second-hand." },
        new("feedbackReplyRate", 0, 1, 0.3, "probability",
            "Base probability of answering a feedback request; angry customers and customers with a problem answer more often.",
            "Franz: brands ask for feedback; the conversation is the relationship.") { PlausibleMin = 0.15, PlausibleMax = 0.45, PlausibleReason = "Half to one and a half times the default: survey response rates vary that much." },
        new("reviewRate", 0, 1, 0.01, "probability per week",
            "Weekly probability that a customer reconsiders the relationship without any trigger.",
            "Franz: the customer's real control is the choice to leave.") { PlausibleMin = 0.005, PlausibleMax = 0.02, PlausibleReason = "Half to twice the default; calibrated with yearly churn, so its plausible span is that of published churn rates." },
        new("angerReview", 0, 2, 0.05, "probability per week per unit anger",
            "Extra weekly probability of reconsidering per unit of anger: a bad experience triggers a review.",
            "PwC (2018), 'Experience is everything': 32% would leave a loved brand after one bad experience (17% in the US).") { PlausibleMin = 0.025, PlausibleMax = 0.1, PlausibleReason = "Half to twice the default; calibrated with the PwC (2018) figure on leaving after one bad experience." },
        new("problemReview", 0, 1, 0.05, "probability per week per problem",
            "Extra weekly probability of reconsidering per unresolved problem, plus a quarter of that per fruitless service contact about it (up to four).",
            "BigML/Orange telecom churn data: 4 or more service calls 52.9% churn against 10-14% with 0-3.") { PlausibleMin = 0.025, PlausibleMax = 0.1, PlausibleReason = "Half to twice the default." },
        new("choiceNoise", 0.001, 1, 0.05, "utility units",
            "Scale of the random (Gumbel) part of utility in choosing a brand and in deciding to stay: the logit temperature.",
            "McFadden (1974), conditional logit analysis of qualitative choice behaviour.") { PlausibleMin = 0.03, PlausibleMax = 0.1, PlausibleReason = "Choices from nearly deterministic to clearly noisy." },
        new("trustWeight", 0, 2, 0.4, "utility per unit trust",
            "Weight of trust (centred on 0.5) in the utility of a brand.",
            "Romanian CEM article: trust (Ariely) as the basis of the relationship.") { PlausibleMin = 0.2, PlausibleMax = 0.6, PlausibleReason = "Half to one and a half times the default." },
        new("angerWeight", 0, 2, 0.3, "utility per unit anger",
            "Weight of anger against staying with the current brand.",
            "Romanian CEM article: anger and the wish to leave; 17% end the relationship outright.") { PlausibleMin = 0.15, PlausibleMax = 0.45, PlausibleReason = "Half to one and a half times the default." },
        new("inertia", 0, 1, 0.25, "utility",
            "Habit: the bonus of staying with the current brand when reconsidering.",
            "Forrester: do not count on loyalty (inertia is modest, not loyalty).") { PlausibleMin = 0.1, PlausibleMax = 0.4, PlausibleReason = "From weak habit to strong habit; Forrester warns not to count on loyalty, so not beyond." },
        new("needUrgency", 0, 1, 0.1, "utility",
            "Cost of doing without while the need lasts: the utility of leaving for nothing is -needUrgency.",
            "Russian CEM article: the experience starts when the need is recognised and ends when it is gone.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Half to twice the default." },
        new("trappedAnger", 0, 1, 0.15, "anger",
            "Anger felt when a termination fee keeps a customer who wanted to leave.",
            "Forrester (arbitrary termination fees breed suspicion); IBM Telco churn data (lock-in lowers churn, says nothing of feelings).") { PlausibleMin = 0.05, PlausibleMax = 0.25, PlausibleReason = "A third to about one and a half times the default." },
        new("recommendationNoise", 0, 5, 1.2, "points",
            "Standard deviation of the likelihood to recommend around its value from satisfaction, trust and emotions.",
            "Reichheld (2003), the 0-10 likelihood-to-recommend question.") { PlausibleMin = 0.8, PlausibleMax = 1.6, PlausibleReason = "Two thirds to four thirds of the default spread of the 0-10 score." },
        new("effortEase", 0.0, 1.0, 0.2, "performance per unit effort",
            "How much lower service effort raises what a bill and an onboarding feel like: performance shifts by effortEase x (0.5 - serviceEffort).",
            "Modelling choice, after Dixon, Freeman & Toman (2010): effort, not delight, drives disloyalty.") { PlausibleMin = 0.1, PlausibleMax = 0.3, PlausibleReason = "Half to one and a half times the default: effort is the strongest service driver in CEB's data, but bills and onboarding are only partly service." },
        new("creepiness", 0.0, 1.0, 0.15, "performance per unit",
            "How much a tailored offer built on harvested data worries a privacy-sensitive customer: performance falls by creepiness x privacy sensitivity x dataHarvesting x (1 - transparency).",
            "Forrester, 'Build experiences, not relationships' (69% very concerned about losing control of personal data); size a modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.3, PlausibleReason = "From a faint worry to one as large as a failed service contact; no study sizes it." },
        new("tailoringRelevance", 0.0, 1.0, 0.12, "performance",
            "What a tailored offer built on all the data a brand can harvest adds to the contact: a small joy. With less data it is worth less: tailoringRelevance x (relevanceWithoutData + (1 - relevanceWithoutData) x dataHarvesting).",
            "Forrester (tailored offers as a CRM tactic); size a modelling choice.") { PlausibleMin = 0.04, PlausibleMax = 0.2, PlausibleReason = "Below the creepiness at full harvesting, so that tailoring without transparency can hurt, as the Forrester article argues; no study sizes it." },
        new("relevanceWithoutData", 0.0, 1.0, 0.25, "share 0-1",
            "Share of a tailored offer's relevance the brand achieves with no harvested data (from what it knows of the purchase alone); the rest grows with dataHarvesting, so harvesting buys relevance at the price of privacy worry.",
            "Modelling choice, after the Forrester article's CRM tactics (tailored offers made from harvested data); no study sizes it.") { PlausibleMin = 0.0, PlausibleMax = 0.5, PlausibleReason = "From offers worthless without data to offers half as relevant without it; no study sizes it." },
        new("contactAnnoyance", 0.0, 1.0, 0.03, "performance per extra contact",
            "How much each marketing contact beyond one a week takes from the contact's performance.",
            "Forrester (more contact as a CRM tactic customers resent); size a modelling choice.") { PlausibleMin = 0.01, PlausibleMax = 0.06, PlausibleReason = "Small per contact so that only heavy over-contact (several a week) reads as harassment." },
        new("harvestingErosion", 0.0, 0.5, 0.02, "trust signal per week",
            "Weekly trust lost by a privacy-sensitive customer of a brand that harvests data without transparency: a trust signal of -harvestingErosion x privacy sensitivity x dataHarvesting x (1 - transparency).",
            "Forrester survey (69% very or extremely concerned about losing control of personal data); size a modelling choice.") { PlausibleMin = 0.005, PlausibleMax = 0.05, PlausibleReason = "A quarter to two and a half times the default: at the default a fully exposed customer loses about a tenth of its trust in a year." },
        new("recommendationTrustSignal", 0.0, 1.0, 0.25, "trust signal per message",
            "Strength of one peer's recommendation as a trust signal (it moves trust by trustGain times this times the room left, 1 - trust); a brand's own message weighs brandMessageWeight times as much.",
            "Nielsen Global Trust in Advertising (2015): recommendations from people one knows are the most trusted source; East, Hammond & Lomax (2008): the impact of a recommendation grows with the room left to rise; size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.4, PlausibleReason = "From a faint nudge to a signal close to a good own experience." },
        new("warningTrustSignal", 0.0, 3.0, 0.25, "trust signal per message",
            "Strength of one peer's warning as a trust signal: it lowers trust by trustGain times this times trust (the room left to fall). Word of mouth is not weighted by trustLossRatio: at the default a warning and a recommendation are equally strong, so a recommendation moves a listener whose trust is below one half more than a warning does.",
            "East, Hammond & Lomax (2008), IJRM 25(3): for familiar brands the impact of positive word of mouth on purchase probability is generally greater than that of negative, because the pre-message probability is usually below 0.5 and impact grows with the room left to move; equal strengths with proportional room reproduce that; size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.75, PlausibleReason = "From weaker than a recommendation to the earlier default of three times its effect on trust (the negativity bias of trust, Slovic 1993), which East, Hammond & Lomax's findings argue against for word of mouth." },
        new("ownBrandWarningResistance", 0.0, 1.0, 0.5, "share 0-1",
            "Share of a warning's trust signal that a listener resists when the warning is about the brand it buys from now.",
            "East, Hammond & Lomax (2008): respondents resist negative word of mouth on brands they are very likely to choose; size a modelling choice.") { PlausibleMin = 0.0, PlausibleMax = 0.8, PlausibleReason = "From no resistance to shrugging off most of a warning about one's own brand." },
        new("dissuasion", 0.0, 1.0, 0.1, "probability per message",
            "Probability that a peer's warning makes a listener who is not the brand's customer (a prospect, a considerer, a former customer or a rival's customer) strike the brand from consideration (forget it): the warning's effect on choice beside its effect on trust.",
            "East, Hammond & Lomax (2008): negative word of mouth deters choice but generally less than positive word of mouth encourages it, so below persuasion; size a modelling choice.") { PlausibleMin = 0.0, PlausibleMax = 0.3, PlausibleReason = "From no effect on consideration to as strong as a recommendation's (persuasion)." },
        new("severeIncidentPerformance", 0.0, 1.0, 0.1, "performance 0-1",
            "What a week of product use delivers when a problem is met and not fixed at once.",
            "Modelling choice: a problem is a clear failure against any expectation.") { PlausibleMin = 0.0, PlausibleMax = 0.3, PlausibleReason = "Anywhere between total failure and a poor but usable week." },
        new("replacedDefectPerformance", 0.0, 1.0, 0.45, "performance 0-1",
            "What a week with a defect that the brand replaces at once delivers: a disappointment, softened.",
            "Forrester (refusing to replace defective goods breeds suspicion); size a modelling choice.") { PlausibleMin = 0.3, PlausibleMax = 0.6, PlausibleReason = "Between a poor week and an ordinary one: replacing at once repairs much of the harm, not all of it." },
        new("solvedServicePerformance", 0.0, 1.0, 0.85, "performance 0-1",
            "Base performance of a service contact that solves the problem (before effort and empathy).",
            "Forrester: measure outcomes (was the problem solved?); size a modelling choice.") { PlausibleMin = 0.7, PlausibleMax = 0.95, PlausibleReason = "A solved problem meets or beats most expectations; the range keeps it above a typical expectation of 0.65." },
        new("unsolvedServicePerformance", 0.0, 1.0, 0.35, "performance 0-1",
            "Base performance of a service contact that does not solve the problem (before effort and empathy).",
            "Forrester: measure outcomes, not activity; size a modelling choice.") { PlausibleMin = 0.2, PlausibleMax = 0.5, PlausibleReason = "Clearly below expectation whatever the range: a contact that fails is a disappointment." },
        new("answeredFeedbackDelight", 0.0, 1.0, 0.25, "performance above expectation",
            "How far above expectation a feedback request feels when the brand acts on it and says so ('we heard you, and here's what we did').",
            "Franz, 'Do customers want control?' (closing the loop); size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.4, PlausibleReason = "From a small pleasant surprise to one of the best touchpoints a customer meets." },
        new("ignoredFeedbackLetdown", 0.0, 1.0, 0.12, "performance below expectation",
            "How far below expectation a feedback request feels when the feedback is ignored.",
            "Franz: brands ask for feedback and then ignore it; size a modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "A letdown smaller than the delight of an answered request: asking and ignoring disappoints, it is not a failure of the product." },
        new("ignoredFeedbackMemory", 0.0, 0.5, 0.04, "performance per unanswered request",
            "Extra letdown per earlier unanswered feedback request (up to five): ignored feedback is remembered.",
            "Franz; size a modelling choice.") { PlausibleMin = 0.0, PlausibleMax = 0.08, PlausibleReason = "From no memory at all to a letdown that doubles after three ignored requests." },
        new("metExpectationSatisfaction", 0.0, 1.0, 0.65, "satisfaction 0-1",
            "Satisfaction when an experience exactly meets expectation (and of a new customer).",
            "Oliver (1980), expectation-disconfirmation; the level a modelling choice calibrated with the NPS range.") { PlausibleMin = 0.55, PlausibleMax = 0.75, PlausibleReason = "Met expectations satisfy without delighting: the range keeps such customers passives rather than promoters or detractors." },
        new("satisfactionSlope", 0.0, 5.0, 1.5, "satisfaction per unit gap",
            "How far satisfaction moves per unit by which an experience beats or misses expectation.",
            "Oliver (1980); size a modelling choice.") { PlausibleMin = 1.0, PlausibleMax = 2.5, PlausibleReason = "A gap of a quarter then moves satisfaction by a quarter to more than half of its scale." },
        new("recommendBase", -1.0, 2.0, 0.47, "tenths of a point",
            "Likelihood to recommend (in tenths of the 0-10 scale) of a customer with zero satisfaction, neutral trust and no emotions: the intercept of the score.",
            "Reichheld (2003); intercept calibrated so that baseline NPS sits in the published industry range (Satmetrix 2011, Temkin 2017).") { PlausibleMin = 0.35, PlausibleMax = 0.55, PlausibleReason = "About one point of the 0-10 scale either way: the calibration target (NPS 9-43) allows no more." },
        new("recommendSatisfactionWeight", 0.0, 2.0, 0.6, "tenths per unit satisfaction",
            "Weight of satisfaction in the likelihood to recommend.",
            "Reichheld (2003): the score follows satisfaction; weight a modelling choice.") { PlausibleMin = 0.4, PlausibleMax = 0.8, PlausibleReason = "Satisfaction stays the largest single term over the range." },
        new("recommendTrustWeight", 0.0, 2.0, 0.5, "tenths per unit trust",
            "Weight of trust (centred on 0.5) in the likelihood to recommend.",
            "Romanian CEM article (trust as the basis of the relationship); weight a modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 0.75, PlausibleReason = "Half to one and a half times the default." },
        new("recommendJoyWeight", 0.0, 2.0, 0.5, "tenths per unit joy",
            "Weight of joy in the likelihood to recommend.",
            "Russian CEM article: delighted customers become advocates; weight a modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 0.75, PlausibleReason = "Half to one and a half times the default." },
        new("recommendAngerWeight", 0.0, 2.0, 0.8, "tenths per unit anger",
            "Weight of anger against the likelihood to recommend.",
            "Romanian CEM article (anger); Baumeister et al. (2001): bad is stronger than good; weight a modelling choice.") { PlausibleMin = 0.5, PlausibleMax = 1.1, PlausibleReason = "Kept above the joy weight over most of the range, as bad is stronger than good." },
        new("recommendProblemPenalty", 0.0, 1.0, 0.05, "tenths per open problem",
            "Likelihood to recommend lost per unresolved problem (up to three).",
            "BigML/Orange telecom churn data (open problems drive exit); size a modelling choice.") { PlausibleMin = 0.0, PlausibleMax = 0.1, PlausibleReason = "From no direct effect (problems act through anger only) to half a point per problem." },
        new("recommendUnansweredPenalty", 0.0, 1.0, 0.03, "tenths per unanswered request",
            "Likelihood to recommend lost per unanswered feedback request (up to five).",
            "Franz (ignored feedback is remembered); size a modelling choice.") { PlausibleMin = 0.0, PlausibleMax = 0.06, PlausibleReason = "From no direct effect to three points after five ignored requests." },
        new("fruitlessContactReview", 0.0, 1.0, 0.25, "problems per contact",
            "How many unresolved problems one fruitless service contact about a problem counts as when a customer reconsiders (up to four contacts).",
            "BigML/Orange telecom churn data: 4 or more service calls 52.9% churn against 10-14% with 0-3; weight a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.5, PlausibleReason = "A fruitless contact counts for a tenth to half of the problem itself." },
        new("feeBurdenWeight", 0.0, 2.0, 0.4, "utility per half a year of price",
            "Weight of a termination fee against leaving: the fee (in weeks of price, over 26) times (0.5 + price sensitivity) times this weight.",
            "IBM Telco churn data (contract length and churn); weight a modelling choice.") { PlausibleMin = 0.2, PlausibleMax = 0.8, PlausibleReason = "Half to twice the default: the IBM data says lock-in works, not by how much per unit of fee." },
        new("satisfactionQualityPull", 0.0, 2.0, 0.5, "quality per unit satisfaction",
            "How much running satisfaction above or below the met-expectation level colours the quality a customer expects of its own brand when reconsidering.",
            "Oliver (1980); size a modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 0.75, PlausibleReason = "Half to one and a half times the default: experience colours, but does not replace, what the product is." },
        new("openProblemValuePenalty", 0.0, 1.0, 0.1, "utility per open problem",
            "Utility of staying lost per unresolved problem (up to three).",
            "BigML/Orange telecom churn data (open problems drive exit); size a modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Half to twice the default: an open problem weighs about as much as a point of trust weight, no more." },
        new("onboardingCare", 0.0, 1.0, 0.15, "performance",
            "How much balanced or retention-minded focus improves purchase and onboarding: performance shifts by onboardingCare x (1 - 2 x acquisitionFocus).",
            "Franz (neglect after the sale); size a modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.25, PlausibleReason = "From barely noticeable to a first touchpoint clearly better or worse than expected." },
        new("pressureAtSale", 0.0, 1.0, 0.25, "performance per unit pressure",
            "How much high-pressure selling spoils the purchase touchpoint.",
            "Forrester (customers stay suspicious of high-pressure selling); size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.4, PlausibleReason = "Pressure at full intensity spoils the purchase by a small to a large disappointment." },
        new("pressureTrustCost", 0.0, 1.0, 0.2, "trust signal per unit pressure",
            "Trust signal lost at the purchase per unit of pressure selling.",
            "Forrester; size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.3, PlausibleReason = "Below a peer's warning at most pressures: pressure is felt, but it is the brand's own move." },
        new("priceBurdenWeight", 0.0, 2.0, 0.5, "value per price ratio",
            "Weight of price (relative to the reference price, times price sensitivity) in the value of a brand.",
            "Russian CEM article (best cost/benefit); size a modelling choice.") { PlausibleMin = 0.3, PlausibleMax = 0.7, PlausibleReason = "Keeps a doubling of price worth less than the whole range of quality for an average customer." },
        new("effortWorryWeight", 0.0, 1.0, 0.2, "value per unit effort",
            "Weight of expected service effort (times intolerance of effort) in the value of a brand.",
            "Dixon, Freeman & Toman (2010); size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.3, PlausibleReason = "Half to one and a half times the default." },
        new("privacyWorryWeight", 0.0, 1.0, 0.4, "value per unit exposure",
            "Weight of data harvesting without transparency (times privacy sensitivity) in the value of a brand.",
            "Forrester survey (69% very concerned about losing control of personal data); size a modelling choice.") { PlausibleMin = 0.2, PlausibleMax = 0.6, PlausibleReason = "Half to one and a half times the default." },
        new("lockInWorryWeight", 0.0, 1.0, 0.2, "value per unit lock-in",
            "Weight of a long contract with a termination fee (times price sensitivity) in the value of a brand.",
            "Forrester (arbitrary termination fees); size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.3, PlausibleReason = "Half to one and a half times the default." },
        new("overloadEffort", 0.0, 2.0, 0.5, "effort per unit overload",
            "How much service overload raises the effort of a contact: effort x (1 + overloadEffort x overload).",
            "Franz (neglect after the sale); size a modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 1.0, PlausibleReason = "An overloaded service at least a quarter, at most twice as hard to reach per unit of overload." },
        new("serviceEffortWeight", 0.0, 2.0, 0.5, "performance per unit effort",
            "How much effort takes from a service contact's performance.",
            "Dixon, Toman & DeLisi (2013), The Effortless Experience; size a modelling choice.") { PlausibleMin = 0.3, PlausibleMax = 0.7, PlausibleReason = "Effort stays the largest lever on a contact after the outcome, as in CEB's data." },
        new("serviceEmpathyWeight", 0.0, 1.0, 0.2, "performance per unit empathy",
            "How much empathy (around its midpoint) adds to a service contact's performance.",
            "Romanian CEM article (CEM is about emotions); size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.3, PlausibleReason = "Smaller than effort: CEB finds effort, not delight, drives loyalty." },
        new("effortAngerEmpathyRelief", 0.0, 1.0, 0.5, "share per unit empathy",
            "Share of the anger caused by too much effort that full empathy takes away.",
            "Romanian CEM article; size a modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 0.75, PlausibleReason = "Empathy softens, never removes, the anger of effort." },
        new("complaintResolutionBase", 0.0, 1.0, 0.5, "share of resolution",
            "Share of first-contact resolution a complaint gets without empathy: resolution x (base + empathy weight x empathy).",
            "Modelling choice.") { PlausibleMin = 0.3, PlausibleMax = 0.7, PlausibleReason = "Complaints are harder than ordinary contacts; how much harder is not measured." },
        new("complaintResolutionEmpathy", 0.0, 1.0, 0.5, "share per unit empathy",
            "Share of first-contact resolution that empathy adds to complaint handling.",
            "Romanian CEM article; size a modelling choice.") { PlausibleMin = 0.3, PlausibleMax = 0.7, PlausibleReason = "Empathy can restore most, not all, of the resolution complaints lose." },
        new("resolvedComplaintPerformance", 0.0, 1.0, 0.6, "performance 0-1",
            "Performance of a complaint that is resolved, before empathy.",
            "Modelling choice.") { PlausibleMin = 0.5, PlausibleMax = 0.75, PlausibleReason = "A resolved complaint meets expectations at best: the problem happened." },
        new("resolvedComplaintEmpathy", 0.0, 1.0, 0.2, "performance per unit empathy",
            "What empathy adds to a resolved complaint's performance.",
            "Romanian CEM article; size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.3, PlausibleReason = "Half to one and a half times the default." },
        new("unresolvedComplaintPerformance", 0.0, 1.0, 0.15, "performance 0-1",
            "Performance of a complaint that is not resolved.",
            "Modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.3, PlausibleReason = "A clear failure whatever the value." },
        new("revengeEmpathyRelief", 0.0, 1.0, 0.5, "share per unit empathy",
            "How far full empathy raises the revenge threshold towards 1: threshold + (1 - threshold) x relief x empathy.",
            "Romanian CEM article (the possibility of revenge); size a modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 0.75, PlausibleReason = "Empathy makes revenge rarer, never impossible." },
        new("billingTransparencyWeight", 0.0, 1.0, 0.1, "performance per unit transparency",
            "How much transparency (around its midpoint) improves a bill.",
            "Ariely's parts of trust (transparency), Romanian CEM article; size a modelling choice.") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Half to twice the default." },
        new("priceSurpriseWeight", 0.0, 2.0, 0.3, "performance per unit overprice",
            "How much a price above the reference (times price sensitivity) spoils a bill.",
            "Russian CEM article (least money); size a modelling choice.") { PlausibleMin = 0.15, PlausibleMax = 0.5, PlausibleReason = "Half to about one and a half times the default." },
        new("privacyWorryThreshold", 0.0, 1.0, 0.1, "creepiness",
            "Creepiness above which a tailored offer is told as a privacy worry in a customer's story (it changes no number).",
            "Modelling choice (narration only).") { PlausibleMin = 0.05, PlausibleMax = 0.2, PlausibleReason = "Narration only; any value tells the same story, more or less often." },
        new("feedbackReplyAnger", 0.0, 2.0, 0.4, "probability per unit anger",
            "Extra probability of answering a feedback request per unit of anger.",
            "Franz (the conversation is the relationship); size a modelling choice.") { PlausibleMin = 0.2, PlausibleMax = 0.6, PlausibleReason = "Angry customers answer more often; how much more is not measured." },
        new("feedbackReplyProblem", 0.0, 1.0, 0.2, "probability",
            "Extra probability of answering a feedback request while a problem is open.",
            "Franz; size a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.3, PlausibleReason = "Half to one and a half times the default." },
        new("forgivenessWeight", 0.0, 1.0, 0.6, "share per unit forgiveness",
            "Share of the anger from a shortfall that full forgiveness takes away.",
            "Romanian CEM article (anger); size a modelling choice.") { PlausibleMin = 0.4, PlausibleMax = 0.8, PlausibleReason = "Forgiveness softens anger a lot, never fully." },
        new("recommendTalkBase", 0.0, 2.0, 0.5, "multiplier",
            "Talk propensity of a promoter without joy: the recommendation chance is recommendRate x talkativeness x (base + joy).",
            "Modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 0.75, PlausibleReason = "Joy raises the chance to talk by two thirds to three times over its range." },
        new("warnTalkBase", 0.0, 2.0, 0.5, "multiplier",
            "Talk propensity of a detractor without anger: the warning chance is warnRate x talkativeness x (base + anger).",
            "Modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 0.75, PlausibleReason = "As for recommendations." },
        new("trappedTrustShock", 0.0, 1.0, 0.5, "trust signal",
            "Trust signal lost when a termination fee keeps a customer who wanted to leave.",
            "Forrester (arbitrary termination fees breed suspicion); size a modelling choice.") { PlausibleMin = 0.25, PlausibleMax = 0.75, PlausibleReason = "A strong blow in any case: being trapped is a violation of trust." },
        new("grudgeWeight", 0.0, 2.0, 0.3, "utility per unit grudge",
            "Weight of the grudge against a brand the customer left (the anger it left with, fading) in the value of choosing that brand again: the customer avoids it.",
            "Gregoire, Tripp & Legoux (2009), Journal of Marketing 73(6): after a failure the desire for revenge fades but the desire to avoid the firm lasts; weighed as anger against staying (angerWeight), a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.6, PlausibleReason = "From a third of to twice the weight of anger against staying." },
        new("grudgeDecay", 0.0, 1.0, 0.02, "share per week",
            "Share of a grudge against a brand left that fades each week, far slower than anger (angerDecay).",
            "Gregoire, Tripp & Legoux (2009): avoidance persists for months after the failure while revenge fades; the rate is a modelling choice.") { PlausibleMin = 0.005, PlausibleMax = 0.05, PlausibleReason = "A grudge halves in three months to more than two years." },
        new("surveyInvitationRate", 0.0, 1.0, 0.02, "probability per week",
            "Weekly probability that a brand invites one of its current customers to its NPS survey (each brand surveys its own customers); it measures and changes nothing.",
            "Modelling choice: a relationship survey that reaches each customer about once a year.") { PlausibleMin = 0.005, PlausibleMax = 0.08, PlausibleReason = "From one invitation in four years to one a quarter." },
        new("surveyResponse", 0.0, 1.0, 0.1, "probability",
            "Probability that an invited customer without anger or joy answers the survey.",
            "Modelling choice: a response rate of about a tenth.") { PlausibleMin = 0.05, PlausibleMax = 0.3, PlausibleReason = "The span of typical e-mail survey response rates." },
        new("surveyAngerResponse", 0.0, 1.0, 0.3, "probability per unit anger",
            "Extra probability of answering the survey per unit of anger: the angry answer more often.",
            "Hu, Pavlou & Zhang (2017), MIS Quarterly 41(2): customers with extreme experiences are more likely to report them (the J-shaped distribution of reviews); size a modelling choice.") { PlausibleMin = 0.0, PlausibleMax = 0.6, PlausibleReason = "From no response bias to anger multiplying the chance of answering several times." },
        new("surveyJoyResponse", 0.0, 1.0, 0.2, "probability per unit joy",
            "Extra probability of answering the survey per unit of joy: the delighted answer more often too.",
            "Hu, Pavlou & Zhang (2017), MIS Quarterly 41(2) (extreme experiences are reported more often); size a modelling choice.") { PlausibleMin = 0.0, PlausibleMax = 0.4, PlausibleReason = "From no response bias to joy doubling or tripling the chance of answering." },
        new("learningRate", 0.0, 1.0, 0.0007, "share per fix per 1,000 customers",
            "How fast root-cause fixes build process knowledge: a week with x fixes per 1,000 customers wins 1 - exp(-learningRate x) of the improvement still to win. Fixes come from feedback acted on (processLearning of it).",
            "Reichheld & Markey (2011), The Ultimate Question 2.0: the outer loop turns what customers say into process change; the rate a modelling choice, sized so that a brand that asks often, acts on 90% of what it hears and traces all of it (about 33 fixes per 1,000 customers a week in the outer-loop story) learns about half of what there is to learn in a year.") { PlausibleMin = 0.0002, PlausibleMax = 0.003, PlausibleReason = "A quarter to four times the default: from several years to a few months to learn half of what there is to learn." },
        new("knowledgeDecay", 0.0, 1.0, 0.01, "share per week",
            "Share of process knowledge forgotten each week (staff leave, systems change, fixes decay): without new fixes the process slips back.",
            "Argote, Beckman & Epple (1990), Management Science 36(2): organisations forget; in Liberty-ship yards only 3.2% of a year's knowledge stock remained a year later. Process fixes are codified, so the default is a slower modelling choice (a half-life of 69 weeks).") { PlausibleMin = 0.002, PlausibleMax = 0.05, PlausibleReason = "From a half-life of seven years to one of a quarter (nearer Argote et al.'s tacit production knowledge)." },
        new("learnedIncidentReduction", 0.0, 1.0, 0.5, "share",
            "Share of incidents that full process knowledge removes: the effective incident rate is incidentRate x (1 - learnedIncidentReduction x knowledge), before prevention.",
            "Modelling choice: recurring problems have root causes a process can fix, one-off ones do not; half of them recurring.") { PlausibleMin = 0.2, PlausibleMax = 0.8, PlausibleReason = "From a fifth to four fifths of problems having a fixable root cause." },
        new("learnedEffortReduction", 0.0, 1.0, 0.3, "share",
            "Share of service effort that full process knowledge removes: the effective effort is serviceEffort x (1 - learnedEffortReduction x knowledge).",
            "Dixon, Freeman & Toman (2010): most effort comes from repeat contacts, transfers and channel switching, which process fixes remove; the share a modelling choice.") { PlausibleMin = 0.1, PlausibleMax = 0.6, PlausibleReason = "From a tenth to more than half of effort being process-made." },
    ];

    /// <summary>The calibrated defaults.</summary>
    public static ModelParameters Default { get; } = new(Defaults(Specs));

    /// <summary>Creates a set from values in <see cref="ModelParameter"/> order; each must be in range.</summary>
    public ModelParameters(double[] values) : base(Specs, values)
    {
        TrustGain = Get((int)ModelParameter.TrustGain);
        TrustLoss = TrustGain * Get((int)ModelParameter.TrustLossRatio);
        TrustAnchoring = Get((int)ModelParameter.TrustAnchoring);
        JoyGain = Get((int)ModelParameter.JoyGain);
        AngerGain = Get((int)ModelParameter.AngerGain);
        JoyDecay = Get((int)ModelParameter.JoyDecay);
        AngerDecay = Get((int)ModelParameter.AngerDecay);
        ToleranceZone = Get((int)ModelParameter.ToleranceZone);
        SatisfactionSmoothing = Get((int)ModelParameter.SatisfactionSmoothing);
        ExpectationRise = Get((int)ModelParameter.ExpectationRise);
        ExpectationFall = Get((int)ModelParameter.ExpectationFall);
        PeerExpectationPull = Get((int)ModelParameter.PeerExpectationPull);
        PerformanceNoise = Get((int)ModelParameter.PerformanceNoise);
        RecommendRate = Get((int)ModelParameter.RecommendRate);
        WarnRate = Get((int)ModelParameter.WarnRate);
        Persuasion = Get((int)ModelParameter.Persuasion);
        BrandMessageWeight = Get((int)ModelParameter.BrandMessageWeight);
        RevengeAnger = Get((int)ModelParameter.RevengeAnger);
        ServiceContactRate = Get((int)ModelParameter.ServiceContactRate);
        ComplaintRate = Get((int)ModelParameter.ComplaintRate);
        FeedbackReplyRate = Get((int)ModelParameter.FeedbackReplyRate);
        ReviewRate = Get((int)ModelParameter.ReviewRate);
        AngerReview = Get((int)ModelParameter.AngerReview);
        ProblemReview = Get((int)ModelParameter.ProblemReview);
        ChoiceNoise = Get((int)ModelParameter.ChoiceNoise);
        TrustWeight = Get((int)ModelParameter.TrustWeight);
        AngerWeight = Get((int)ModelParameter.AngerWeight);
        Inertia = Get((int)ModelParameter.Inertia);
        NeedUrgency = Get((int)ModelParameter.NeedUrgency);
        TrappedAnger = Get((int)ModelParameter.TrappedAnger);
        RecommendationNoise = Get((int)ModelParameter.RecommendationNoise);
        EffortEase = Get((int)ModelParameter.EffortEase);
        Creepiness = Get((int)ModelParameter.Creepiness);
        TailoringRelevance = Get((int)ModelParameter.TailoringRelevance);
        RelevanceWithoutData = Get((int)ModelParameter.RelevanceWithoutData);
        ContactAnnoyance = Get((int)ModelParameter.ContactAnnoyance);
        HarvestingErosion = Get((int)ModelParameter.HarvestingErosion);
        RecommendationTrustSignal = Get((int)ModelParameter.RecommendationTrustSignal);
        WarningTrustSignal = Get((int)ModelParameter.WarningTrustSignal);
        OwnBrandWarningResistance = Get((int)ModelParameter.OwnBrandWarningResistance);
        Dissuasion = Get((int)ModelParameter.Dissuasion);
        SevereIncidentPerformance = Get((int)ModelParameter.SevereIncidentPerformance);
        ReplacedDefectPerformance = Get((int)ModelParameter.ReplacedDefectPerformance);
        SolvedServicePerformance = Get((int)ModelParameter.SolvedServicePerformance);
        UnsolvedServicePerformance = Get((int)ModelParameter.UnsolvedServicePerformance);
        AnsweredFeedbackDelight = Get((int)ModelParameter.AnsweredFeedbackDelight);
        IgnoredFeedbackLetdown = Get((int)ModelParameter.IgnoredFeedbackLetdown);
        IgnoredFeedbackMemory = Get((int)ModelParameter.IgnoredFeedbackMemory);
        MetExpectationSatisfaction = Get((int)ModelParameter.MetExpectationSatisfaction);
        SatisfactionSlope = Get((int)ModelParameter.SatisfactionSlope);
        RecommendBase = Get((int)ModelParameter.RecommendBase);
        RecommendSatisfactionWeight = Get((int)ModelParameter.RecommendSatisfactionWeight);
        RecommendTrustWeight = Get((int)ModelParameter.RecommendTrustWeight);
        RecommendJoyWeight = Get((int)ModelParameter.RecommendJoyWeight);
        RecommendAngerWeight = Get((int)ModelParameter.RecommendAngerWeight);
        RecommendProblemPenalty = Get((int)ModelParameter.RecommendProblemPenalty);
        RecommendUnansweredPenalty = Get((int)ModelParameter.RecommendUnansweredPenalty);
        FruitlessContactReview = Get((int)ModelParameter.FruitlessContactReview);
        FeeBurdenWeight = Get((int)ModelParameter.FeeBurdenWeight);
        SatisfactionQualityPull = Get((int)ModelParameter.SatisfactionQualityPull);
        OpenProblemValuePenalty = Get((int)ModelParameter.OpenProblemValuePenalty);
        OnboardingCare = Get((int)ModelParameter.OnboardingCare);
        PressureAtSale = Get((int)ModelParameter.PressureAtSale);
        PressureTrustCost = Get((int)ModelParameter.PressureTrustCost);
        PriceBurdenWeight = Get((int)ModelParameter.PriceBurdenWeight);
        EffortWorryWeight = Get((int)ModelParameter.EffortWorryWeight);
        PrivacyWorryWeight = Get((int)ModelParameter.PrivacyWorryWeight);
        LockInWorryWeight = Get((int)ModelParameter.LockInWorryWeight);
        OverloadEffort = Get((int)ModelParameter.OverloadEffort);
        ServiceEffortWeight = Get((int)ModelParameter.ServiceEffortWeight);
        ServiceEmpathyWeight = Get((int)ModelParameter.ServiceEmpathyWeight);
        EffortAngerEmpathyRelief = Get((int)ModelParameter.EffortAngerEmpathyRelief);
        ComplaintResolutionBase = Get((int)ModelParameter.ComplaintResolutionBase);
        ComplaintResolutionEmpathy = Get((int)ModelParameter.ComplaintResolutionEmpathy);
        ResolvedComplaintPerformance = Get((int)ModelParameter.ResolvedComplaintPerformance);
        ResolvedComplaintEmpathy = Get((int)ModelParameter.ResolvedComplaintEmpathy);
        UnresolvedComplaintPerformance = Get((int)ModelParameter.UnresolvedComplaintPerformance);
        RevengeEmpathyRelief = Get((int)ModelParameter.RevengeEmpathyRelief);
        BillingTransparencyWeight = Get((int)ModelParameter.BillingTransparencyWeight);
        PriceSurpriseWeight = Get((int)ModelParameter.PriceSurpriseWeight);
        PrivacyWorryThreshold = Get((int)ModelParameter.PrivacyWorryThreshold);
        FeedbackReplyAnger = Get((int)ModelParameter.FeedbackReplyAnger);
        FeedbackReplyProblem = Get((int)ModelParameter.FeedbackReplyProblem);
        ForgivenessWeight = Get((int)ModelParameter.ForgivenessWeight);
        RecommendTalkBase = Get((int)ModelParameter.RecommendTalkBase);
        WarnTalkBase = Get((int)ModelParameter.WarnTalkBase);
        TrappedTrustShock = Get((int)ModelParameter.TrappedTrustShock);
        GrudgeWeight = Get((int)ModelParameter.GrudgeWeight);
        GrudgeDecay = Get((int)ModelParameter.GrudgeDecay);
        SurveyInvitationRate = Get((int)ModelParameter.SurveyInvitationRate);
        SurveyResponse = Get((int)ModelParameter.SurveyResponse);
        SurveyAngerResponse = Get((int)ModelParameter.SurveyAngerResponse);
        SurveyJoyResponse = Get((int)ModelParameter.SurveyJoyResponse);
        LearningRate = Get((int)ModelParameter.LearningRate);
        KnowledgeDecay = Get((int)ModelParameter.KnowledgeDecay);
        LearnedIncidentReduction = Get((int)ModelParameter.LearnedIncidentReduction);
        LearnedEffortReduction = Get((int)ModelParameter.LearnedEffortReduction);
    }

    /// <summary>A copy with one constant changed.</summary>
    public ModelParameters With(ModelParameter parameter, double value)
    {
        var values = ToArray();
        values[(int)parameter] = value;
        return new ModelParameters(values);
    }

    /// <summary>Trust gained per unit gap beyond tolerance.</summary>
    public double TrustGain { get; }
    /// <summary>Trust lost per unit gap beyond tolerance (gain times the loss ratio).</summary>
    public double TrustLoss { get; }
    /// <summary>Weekly drift towards structural trustworthiness.</summary>
    public double TrustAnchoring { get; }
    /// <summary>Joy per unit gap.</summary>
    public double JoyGain { get; }
    /// <summary>Anger per unit gap.</summary>
    public double AngerGain { get; }
    /// <summary>Weekly joy decay.</summary>
    public double JoyDecay { get; }
    /// <summary>Weekly anger decay.</summary>
    public double AngerDecay { get; }
    /// <summary>Half-width of the zone of tolerance.</summary>
    public double ToleranceZone { get; }
    /// <summary>Weight of the newest experience in satisfaction.</summary>
    public double SatisfactionSmoothing { get; }
    /// <summary>Expectation rise rate.</summary>
    public double ExpectationRise { get; }
    /// <summary>Expectation fall rate.</summary>
    public double ExpectationFall { get; }
    /// <summary>Pull of a recommendation on expectation.</summary>
    public double PeerExpectationPull { get; }
    /// <summary>Noise of weekly performance.</summary>
    public double PerformanceNoise { get; }
    /// <summary>Promoters' weekly recommendation probability.</summary>
    public double RecommendRate { get; }
    /// <summary>Detractors' weekly warning probability.</summary>
    public double WarnRate { get; }
    /// <summary>Awareness per recommendation.</summary>
    public double Persuasion { get; }
    /// <summary>Brand message weight relative to a peer.</summary>
    public double BrandMessageWeight { get; }
    /// <summary>Revenge threshold.</summary>
    public double RevengeAnger { get; }
    /// <summary>Service contact probability with a problem.</summary>
    public double ServiceContactRate { get; }
    /// <summary>Complaint probability per unit anger.</summary>
    public double ComplaintRate { get; }
    /// <summary>Base feedback reply probability.</summary>
    public double FeedbackReplyRate { get; }
    /// <summary>Routine review probability.</summary>
    public double ReviewRate { get; }
    /// <summary>Review probability per unit anger.</summary>
    public double AngerReview { get; }
    /// <summary>Review probability per unresolved problem.</summary>
    public double ProblemReview { get; }
    /// <summary>Logit temperature.</summary>
    public double ChoiceNoise { get; }
    /// <summary>Weight of trust in utility.</summary>
    public double TrustWeight { get; }
    /// <summary>Weight of anger against staying.</summary>
    public double AngerWeight { get; }
    /// <summary>Bonus of staying.</summary>
    public double Inertia { get; }
    /// <summary>Cost of doing without.</summary>
    public double NeedUrgency { get; }
    /// <summary>Anger of a trapped customer.</summary>
    public double TrappedAnger { get; }
    /// <summary>Noise of likelihood to recommend.</summary>
    public double RecommendationNoise { get; }

    /// <summary>See the spec <c>effortEase</c>.</summary>
    public double EffortEase { get; }

    /// <summary>See the spec <c>creepiness</c>.</summary>
    public double Creepiness { get; }

    /// <summary>See the spec <c>tailoringRelevance</c>.</summary>
    public double TailoringRelevance { get; }

    /// <summary>See the spec <c>relevanceWithoutData</c>.</summary>
    public double RelevanceWithoutData { get; }

    /// <summary>See the spec <c>contactAnnoyance</c>.</summary>
    public double ContactAnnoyance { get; }

    /// <summary>See the spec <c>harvestingErosion</c>.</summary>
    public double HarvestingErosion { get; }

    /// <summary>See the spec <c>recommendationTrustSignal</c>.</summary>
    public double RecommendationTrustSignal { get; }

    /// <summary>See the spec <c>warningTrustSignal</c>.</summary>
    public double WarningTrustSignal { get; }

    /// <summary>See the spec <c>ownBrandWarningResistance</c>.</summary>
    public double OwnBrandWarningResistance { get; }

    /// <summary>See the spec <c>dissuasion</c>.</summary>
    public double Dissuasion { get; }

    /// <summary>See the spec <c>severeIncidentPerformance</c>.</summary>
    public double SevereIncidentPerformance { get; }

    /// <summary>See the spec <c>replacedDefectPerformance</c>.</summary>
    public double ReplacedDefectPerformance { get; }

    /// <summary>See the spec <c>solvedServicePerformance</c>.</summary>
    public double SolvedServicePerformance { get; }

    /// <summary>See the spec <c>unsolvedServicePerformance</c>.</summary>
    public double UnsolvedServicePerformance { get; }

    /// <summary>See the spec <c>answeredFeedbackDelight</c>.</summary>
    public double AnsweredFeedbackDelight { get; }

    /// <summary>See the spec <c>ignoredFeedbackLetdown</c>.</summary>
    public double IgnoredFeedbackLetdown { get; }

    /// <summary>See the spec <c>ignoredFeedbackMemory</c>.</summary>
    public double IgnoredFeedbackMemory { get; }

    /// <summary>See the spec <c>metExpectationSatisfaction</c>.</summary>
    public double MetExpectationSatisfaction { get; }

    /// <summary>See the spec <c>satisfactionSlope</c>.</summary>
    public double SatisfactionSlope { get; }

    /// <summary>See the spec <c>recommendBase</c>.</summary>
    public double RecommendBase { get; }

    /// <summary>See the spec <c>recommendSatisfactionWeight</c>.</summary>
    public double RecommendSatisfactionWeight { get; }

    /// <summary>See the spec <c>recommendTrustWeight</c>.</summary>
    public double RecommendTrustWeight { get; }

    /// <summary>See the spec <c>recommendJoyWeight</c>.</summary>
    public double RecommendJoyWeight { get; }

    /// <summary>See the spec <c>recommendAngerWeight</c>.</summary>
    public double RecommendAngerWeight { get; }

    /// <summary>See the spec <c>recommendProblemPenalty</c>.</summary>
    public double RecommendProblemPenalty { get; }

    /// <summary>See the spec <c>recommendUnansweredPenalty</c>.</summary>
    public double RecommendUnansweredPenalty { get; }

    /// <summary>See the spec <c>fruitlessContactReview</c>.</summary>
    public double FruitlessContactReview { get; }

    /// <summary>See the spec <c>feeBurdenWeight</c>.</summary>
    public double FeeBurdenWeight { get; }

    /// <summary>See the spec <c>satisfactionQualityPull</c>.</summary>
    public double SatisfactionQualityPull { get; }

    /// <summary>See the spec <c>openProblemValuePenalty</c>.</summary>
    public double OpenProblemValuePenalty { get; }

    /// <summary>See the spec <c>onboardingCare</c>.</summary>
    public double OnboardingCare { get; }

    /// <summary>See the spec <c>pressureAtSale</c>.</summary>
    public double PressureAtSale { get; }

    /// <summary>See the spec <c>pressureTrustCost</c>.</summary>
    public double PressureTrustCost { get; }

    /// <summary>See the spec <c>priceBurdenWeight</c>.</summary>
    public double PriceBurdenWeight { get; }

    /// <summary>See the spec <c>effortWorryWeight</c>.</summary>
    public double EffortWorryWeight { get; }

    /// <summary>See the spec <c>privacyWorryWeight</c>.</summary>
    public double PrivacyWorryWeight { get; }

    /// <summary>See the spec <c>lockInWorryWeight</c>.</summary>
    public double LockInWorryWeight { get; }

    /// <summary>See the spec <c>overloadEffort</c>.</summary>
    public double OverloadEffort { get; }

    /// <summary>See the spec <c>serviceEffortWeight</c>.</summary>
    public double ServiceEffortWeight { get; }

    /// <summary>See the spec <c>serviceEmpathyWeight</c>.</summary>
    public double ServiceEmpathyWeight { get; }

    /// <summary>See the spec <c>effortAngerEmpathyRelief</c>.</summary>
    public double EffortAngerEmpathyRelief { get; }

    /// <summary>See the spec <c>complaintResolutionBase</c>.</summary>
    public double ComplaintResolutionBase { get; }

    /// <summary>See the spec <c>complaintResolutionEmpathy</c>.</summary>
    public double ComplaintResolutionEmpathy { get; }

    /// <summary>See the spec <c>resolvedComplaintPerformance</c>.</summary>
    public double ResolvedComplaintPerformance { get; }

    /// <summary>See the spec <c>resolvedComplaintEmpathy</c>.</summary>
    public double ResolvedComplaintEmpathy { get; }

    /// <summary>See the spec <c>unresolvedComplaintPerformance</c>.</summary>
    public double UnresolvedComplaintPerformance { get; }

    /// <summary>See the spec <c>revengeEmpathyRelief</c>.</summary>
    public double RevengeEmpathyRelief { get; }

    /// <summary>See the spec <c>billingTransparencyWeight</c>.</summary>
    public double BillingTransparencyWeight { get; }

    /// <summary>See the spec <c>priceSurpriseWeight</c>.</summary>
    public double PriceSurpriseWeight { get; }

    /// <summary>See the spec <c>privacyWorryThreshold</c>.</summary>
    public double PrivacyWorryThreshold { get; }

    /// <summary>See the spec <c>feedbackReplyAnger</c>.</summary>
    public double FeedbackReplyAnger { get; }

    /// <summary>See the spec <c>feedbackReplyProblem</c>.</summary>
    public double FeedbackReplyProblem { get; }

    /// <summary>See the spec <c>forgivenessWeight</c>.</summary>
    public double ForgivenessWeight { get; }

    /// <summary>See the spec <c>recommendTalkBase</c>.</summary>
    public double RecommendTalkBase { get; }

    /// <summary>See the spec <c>warnTalkBase</c>.</summary>
    public double WarnTalkBase { get; }

    /// <summary>See the spec <c>trappedTrustShock</c>.</summary>
    public double TrappedTrustShock { get; }
    /// <summary>Weight of a grudge against a brand left in choosing it again.</summary>
    public double GrudgeWeight { get; }
    /// <summary>Weekly fading of a grudge.</summary>
    public double GrudgeDecay { get; }
    /// <summary>Weekly survey invitation probability.</summary>
    public double SurveyInvitationRate { get; }
    /// <summary>Survey response probability of a calm customer.</summary>
    public double SurveyResponse { get; }
    /// <summary>Extra survey response per unit anger.</summary>
    public double SurveyAngerResponse { get; }
    /// <summary>Extra survey response per unit joy.</summary>
    public double SurveyJoyResponse { get; }
    /// <summary>Process knowledge won per root-cause fix per 1,000 customers.</summary>
    public double LearningRate { get; }
    /// <summary>Weekly share of process knowledge forgotten.</summary>
    public double KnowledgeDecay { get; }
    /// <summary>Share of incidents full process knowledge removes.</summary>
    public double LearnedIncidentReduction { get; }
    /// <summary>Share of service effort full process knowledge removes.</summary>
    public double LearnedEffortReduction { get; }
}
