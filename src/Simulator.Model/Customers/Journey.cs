using Simulator.Model.Brands;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Randomness;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Customers;

/// <summary>
/// A customer's week with its brand, touchpoint by touchpoint (experience is the sum of all
/// interactions: Franz). Customer-created: product use, service requests, complaints; brand-created:
/// billing, marketing contacts, feedback requests. Each policy lever acts on the touchpoints it concerns.
/// </summary>
public static class Journey
{
    /// <summary>Lives one week as a customer: every touchpoint, then payment.</summary>
    public static void LiveWeek(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        int b = c.Brand;
        var policy = ctx.Policies[b];
        if (c.Stage == LifecycleStage.Onboarding && ctx.Tick - c.AcquiredWeek >= ctx.Market.OnboardingWeeks)
        {
            c.Stage = LifecycleStage.Active;
            recorder.Note(LifeEvent.BecameActive, b);
        }

        // Trust drifts towards what the brand structurally is (Ariely's parts of trust).
        c.Trust[b] = Perception.Clamp01(c.Trust[b] + ctx.Model.TrustAnchoring * (policy.StructuralTrustworthiness - c.Trust[b]));

        // Data harvesting erodes the trust of privacy-sensitive customers unless the brand is open about it (Forrester).
        Perception.ShiftTrust(ref c, ctx, b, -ctx.Model.HarvestingErosion * c.Traits.PrivacySensitivity * policy.DataHarvesting * (1 - policy.Transparency));

        UseProduct(ref c, ctx, random, recorder);
        RequestService(ref c, ctx, random, recorder);
        Complain(ref c, ctx, random, recorder);
        Bill(ref c, ctx, recorder);
        ReceiveMarketing(ref c, ctx, random, recorder);
        AnswerFeedbackRequest(ref c, ctx, random, recorder);

        recorder.Count(b, Counter.Revenue, policy.Price);
        recorder.Count(b, Counter.LeverCost, LeverCosts.PerCustomerWeek(policy, ctx.Market).Total);
        recorder.Count(b, Counter.UnitCost, ctx.Market.UnitCost);
    }

    /// <summary>A week of product use: performance around quality, or a problem (prevented, replaced, or left open).</summary>
    public static void UseProduct(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        int b = c.Brand;
        var policy = ctx.Policies[b];
        var problem = ctx.IncidentRate(b, recorder) * (1 - policy.ProblemPrevention);
        double performance;
        if (random.Chance(problem, ctx.Tick, DrawPurpose.Incident))
        {
            recorder.Count(b, Counter.Incidents);
            recorder.Note(LifeEvent.Incident, b);
            if (random.Chance(policy.DefectGenerosity, ctx.Tick, DrawPurpose.Generosity))
            {
                recorder.Count(b, Counter.ProblemsResolved);
                recorder.Note(LifeEvent.DefectReplaced, b);
                recorder.Count(b, Counter.LeverCost, ctx.Market.CostPerReplacedDefect);
                performance = ctx.Model.ReplacedDefectPerformance;
            }
            else
            {
                c.UnresolvedProblems = (byte)Math.Min(c.UnresolvedProblems + 1, 10);
                performance = ctx.Model.SevereIncidentPerformance;
            }
        }
        else
        {
            performance = policy.ProductQuality + ctx.Model.PerformanceNoise * random.Normal(ctx.Tick, DrawPurpose.Performance);
        }

        Perception.Experience(ref c, ctx, b, TouchpointKind.ProductUse, performance, recorder);
    }

    /// <summary>
    /// A service contact about an open problem. Effort above the customer's tolerance angers
    /// (CEB: high effort drives disloyalty); overload raises effort and lowers resolution; empathy
    /// softens a bad contact.
    /// </summary>
    public static void RequestService(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        if (c.UnresolvedProblems == 0 || !random.Chance(ctx.Model.ServiceContactRate, ctx.Tick, DrawPurpose.ServiceContact))
        {
            return;
        }

        int b = c.Brand;
        var policy = ctx.Policies[b];
        var overload = ctx.Overload(b, recorder);
        recorder.Count(b, Counter.ServiceContacts);
        var effort = Math.Min(1, ctx.ServiceEffort(b, recorder) * (1 + ctx.Model.OverloadEffort * overload));
        var solved = random.Chance(policy.FirstContactResolution / (1 + overload), ctx.Tick, DrawPurpose.Resolution);
        var performance = (solved ? ctx.Model.SolvedServicePerformance : ctx.Model.UnsolvedServicePerformance) - ctx.Model.ServiceEffortWeight * effort + ctx.Model.ServiceEmpathyWeight * (policy.ServiceEmpathy - 0.5);
        var effortAnger = ctx.Model.AngerGain * Math.Max(0, effort - c.Traits.EffortTolerance) * (1 - ctx.Model.EffortAngerEmpathyRelief * policy.ServiceEmpathy);
        Perception.Experience(ref c, ctx, b, TouchpointKind.ServiceRequest, performance, recorder, effortAnger);
        if (solved)
        {
            Solve(ref c, b, recorder);
        }
        else
        {
            c.ServiceContactsOnProblem = (byte)Math.Min(c.ServiceContactsOnProblem + 1, 255);
            recorder.Note(LifeEvent.ProblemNotSolved, b);
        }
    }

    /// <summary>
    /// A formal complaint: only angry customers with an open problem complain, and few of them
    /// (TARP). An unresolved complaint from a very angry customer turns into revenge: a warning to
    /// every peer (Ariely: the possibility of revenge).
    /// </summary>
    public static void Complain(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        if (c.UnresolvedProblems == 0 || !random.Chance(ctx.Model.ComplaintRate * c.Anger, ctx.Tick, DrawPurpose.Complaint))
        {
            return;
        }

        int b = c.Brand;
        var policy = ctx.Policies[b];
        recorder.Count(b, Counter.Complaints);
        recorder.Note(LifeEvent.Complained, b);
        var solved = random.Chance(policy.FirstContactResolution * (ctx.Model.ComplaintResolutionBase + ctx.Model.ComplaintResolutionEmpathy * policy.ServiceEmpathy), ctx.Tick, DrawPurpose.Resolution, 1);
        var performance = solved ? ctx.Model.ResolvedComplaintPerformance + ctx.Model.ResolvedComplaintEmpathy * policy.ServiceEmpathy : ctx.Model.UnresolvedComplaintPerformance;
        Perception.Experience(ref c, ctx, b, TouchpointKind.Complaint, performance, recorder);
        if (solved)
        {
            Solve(ref c, b, recorder);
            return;
        }

        // Empathy takes the edge off the wish for revenge: the threshold rises towards 1.
        if (c.Anger > ctx.Model.RevengeAnger + (1 - ctx.Model.RevengeAnger) * ctx.Model.RevengeEmpathyRelief * policy.ServiceEmpathy)
        {
            recorder.Count(b, Counter.RevengeActs);
            recorder.Note(LifeEvent.Revenge, b);
            Advocacy.WarnEveryone(c, ctx, recorder);
        }
    }

    /// <summary>A bill every four weeks: transparency avoids surprises, a price above the reference hurts the price-sensitive.</summary>
    public static void Bill(ref CustomerState c, StepContext ctx, IStepRecorder recorder)
    {
        if ((ctx.Tick + c.Id) % 4 != 0)
        {
            return;
        }

        var policy = ctx.Policies[c.Brand];
        var surprise = ctx.Model.BillingTransparencyWeight * (policy.Transparency - 0.5) + EffortEase(ctx, c.Brand, recorder)
            - ctx.Model.PriceSurpriseWeight * c.Traits.PriceSensitivity * Math.Max(0, policy.Price / ctx.Market.ReferencePrice - 1);
        Perception.Experience(ref c, ctx, c.Brand, TouchpointKind.Billing, c.Expectation + surprise, recorder);
    }

    /// <summary>
    /// Marketing contacts (Forrester's CRM tactics): more than one a week annoys; a tailored offer is
    /// a little more relevant but, built on harvested data, worries the privacy-sensitive.
    /// </summary>
    public static void ReceiveMarketing(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        int b = c.Brand;
        var policy = ctx.Policies[b];
        var rate = policy.MarketingContactsPerWeek;
        var contacts = (int)Math.Floor(rate) + (random.Chance(rate - Math.Floor(rate), ctx.Tick, DrawPurpose.Marketing) ? 1 : 0);
        for (var k = 0; k < contacts; k++)
        {
            recorder.Count(b, Counter.MarketingContacts);
            recorder.Count(b, Counter.AcquisitionCost, ctx.Market.CostPerMarketingContact);
            var tailored = random.Chance(policy.TailoredOffers, ctx.Tick, DrawPurpose.Tailoring, k);
            var creepiness = tailored ? ctx.Model.Creepiness * c.Traits.PrivacySensitivity * policy.DataHarvesting * (1 - policy.Transparency) : 0;
            var relevance = tailored ? TailoredRelevance(policy, ctx.Model) : 0;
            var annoyance = ctx.Model.ContactAnnoyance * Math.Max(0, contacts - 1);
            var delta = relevance - annoyance;
            Perception.Experience(ref c, ctx, b, TouchpointKind.MarketingContact, c.Expectation + delta, recorder);
            if (creepiness > 0)
            {
                // Feeling watched is a worry that costs trust, more than an annoyance (Forrester).
                Perception.ShiftTrust(ref c, ctx, b, -creepiness);
                if (creepiness > ctx.Model.PrivacyWorryThreshold)
                {
                    recorder.Note(LifeEvent.PrivacyWorry, b);
                }
            }
            else if (delta >= 0)
            {
                // The brand's own word: trusted, but less than a peer's (Nielsen 2015).
                Perception.ShiftTrust(ref c, ctx, b, ctx.Model.BrandMessageWeight * ctx.Model.RecommendationTrustSignal);
            }
        }
    }

    /// <summary>
    /// What a tailored offer adds to a marketing contact: its full relevance when built on all the data a
    /// brand can harvest, a share of it without data, linear in between (the upside of data harvesting).
    /// </summary>
    public static double TailoredRelevance(BrandPolicy policy, ModelParameters model)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(model);
        return model.TailoringRelevance * (model.RelevanceWithoutData + (1 - model.RelevanceWithoutData) * policy.DataHarvesting);
    }

    /// <summary>
    /// A feedback request. Answered feedback that is acted on ("we heard you, and here's what we
    /// did") delights and may fix a problem; feedback ignored is remembered and hurts more each time (Franz).
    /// </summary>
    public static void AnswerFeedbackRequest(ref CustomerState c, StepContext ctx, CounterRandom random, IStepRecorder recorder)
    {
        int b = c.Brand;
        var policy = ctx.Policies[b];
        if (!random.Chance(policy.FeedbackSolicitation, ctx.Tick, DrawPurpose.FeedbackRequest))
        {
            return;
        }

        recorder.Count(b, Counter.FeedbackRequested);
        var reply = ctx.Model.FeedbackReplyRate + ctx.Model.FeedbackReplyAnger * c.Anger + (c.UnresolvedProblems > 0 ? ctx.Model.FeedbackReplyProblem : 0);
        if (!random.Chance(Math.Min(1, reply), ctx.Tick, DrawPurpose.FeedbackReply))
        {
            recorder.Touchpoint(b, TouchpointKind.FeedbackRequest, 0, 0);
            return;
        }

        recorder.Count(b, Counter.FeedbackGiven);
        double performance;
        if (random.Chance(policy.FeedbackResponse, ctx.Tick, DrawPurpose.FeedbackAction))
        {
            recorder.Count(b, Counter.FeedbackActed);
            recorder.Count(b, Counter.ServiceCost, ctx.Market.CostPerFeedbackAction);
            if (policy.ProcessLearning > 0)
            {
                // The outer loop: the share traced to its root cause is paid here; its lesson is settled at the barrier.
                recorder.Count(b, Counter.LeverCost, ctx.Market.CostPerProcessFix * policy.ProcessLearning);
            }

            recorder.Note(LifeEvent.FeedbackAnswered, b);
            c.UnansweredFeedback = 0;
            performance = c.Expectation + ctx.Model.AnsweredFeedbackDelight;
            if (c.UnresolvedProblems > 0)
            {
                Solve(ref c, b, recorder);
            }
        }
        else
        {
            c.UnansweredFeedback = (byte)Math.Min(c.UnansweredFeedback + 1, 255);
            recorder.Note(LifeEvent.FeedbackIgnored, b);
            performance = c.Expectation - ctx.Model.IgnoredFeedbackLetdown - ctx.Model.IgnoredFeedbackMemory * Math.Min(c.UnansweredFeedback, (byte)5);
        }

        Perception.Experience(ref c, ctx, b, TouchpointKind.FeedbackRequest, performance, recorder);
    }

    /// <summary>
    /// How much easier (positive) or harder (negative) than usual the brand's processes make a
    /// routine touchpoint: effortless, convenient, simple (Franz; Dixon, Freeman &amp; Toman 2010).
    /// </summary>
    public static double EffortEase(StepContext ctx, int brand, IStepRecorder reads) => ctx.Model.EffortEase * (0.5 - ctx.ServiceEffort(brand, reads));

    private static void Solve(ref CustomerState c, int brand, IStepRecorder recorder)
    {
        c.UnresolvedProblems--;
        c.ServiceContactsOnProblem = 0;
        recorder.Count(brand, Counter.ProblemsResolved);
        recorder.Note(LifeEvent.ProblemSolved, brand);
    }
}
