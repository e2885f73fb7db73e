using System.Globalization;
using Simulator.Model.Customers;
using Simulator.Model.Metrics;

namespace Simulator.Model.Engine;

/// <summary>
/// Tells a customer's life in plain sentences: needs, touchpoints and their expectation gaps, trust
/// and emotion changes, word of mouth heard and told, feedback and whether it was answered, and why
/// the customer left. Routine weeks (nothing beyond the zone of tolerance) are left out.
/// </summary>
public static class BiographyNarrator
{
    /// <summary>Weeks before an exit searched for its causes.</summary>
    public const int CauseWindowWeeks = 12;

    /// <summary>Expectation gaps smaller than this are routine and left out of the story.</summary>
    public const double NotableGap = 0.15;

    /// <summary>Anger smaller than this is left out of the story.</summary>
    public const double NotableAnger = 0.05;

    /// <summary>The story, one line per notable moment, ending with a verdict.</summary>
    public static IReadOnlyList<string> Narrate(CustomerBiography life)
    {
        var s = life.Scenario;
        var c = life.Start;
        var t = c.Traits;
        var lines = new List<string>
        {
            F($"Customer {c.Id} of scenario '{s.Name}' (seed {s.Seed}, replicate {life.Replicate}), segment '{s.Segments[c.Segment].Name}'."),
            F($"Traits: privacy sensitivity {t.PrivacySensitivity:0.00}, forgiveness {t.Forgiveness:0.00}, talkativeness {t.Talkativeness:0.00}, price sensitivity {t.PriceSensitivity:0.00}, effort tolerance {t.EffortTolerance:0.00}{(t.Fickleness == 1f ? "" : F($", fickleness {t.Fickleness:0.00}"))}."),
            F($"Week 0: {Standing(life, c)}; expectation {c.Expectation:0.00}; {TrustText(life, c)}."),
        };

        foreach (var week in life.Weeks)
        {
            var sentences = WeekSentences(life, week);
            if (sentences.Count > 0)
            {
                lines.Add(F($"Week {week.Week}: {string.Join(" ", sentences)}"));
            }
        }

        lines.AddRange(Verdict(life));
        return lines;
    }

    private static List<string> WeekSentences(CustomerBiography life, WeekRecord w)
    {
        var s = new List<string>();

        // The market changes around the customer: a brand's response acts this week.
        foreach (var response in life.Responses.Where(r => r.EffectiveWeek == w.Week))
        {
            s.Add(F($"[{Brand(life, response.Brand)} responds, seen in week {response.DecidedWeek}] {response.Reason}"));
        }

        foreach (var message in w.Heard)
        {
            s.Add(F($"Heard customer {message.Sender} {(message.Positive ? "recommend" : "warn against")} {Brand(life, message.Brand)}."));
        }

        foreach (var (e, b) in w.Events)
        {
            var text = EventText(life, w, e, b);
            if (text is not null)
            {
                s.Add(text);
            }
        }

        foreach (var tp in w.Touchpoints)
        {
            var gap = FixedPoint.ToDouble(tp.Gap);
            var anger = FixedPoint.ToDouble(tp.Anger);
            if (Math.Abs(gap) > NotableGap || anger >= NotableAnger || tp.Kind == TouchpointKind.PurchaseAndOnboarding)
            {
                s.Add(F($"{KindText(tp.Kind)} with {Brand(life, tp.Brand)}: expectation gap {gap:+0.00;-0.00}{(anger >= 0.005 ? F($", anger +{anger:0.00}") : "")}."));
            }
        }

        if (s.Count > 0)
        {
            var changes = Changes(life, w.Before, w.After);
            if (changes.Length > 0)
            {
                s.Add(changes);
            }
        }

        return s;
    }

    private static string? EventText(CustomerBiography life, WeekRecord w, LifeEvent e, int b) => e switch
    {
        LifeEvent.NeedRecognised => w.After.NeedWeeksLeft < 0 ? "Recognised a lasting need." : F($"Recognised a need (it will last about {w.After.NeedWeeksLeft} weeks)."),
        LifeEvent.NeedEnded => "The need ended.",
        LifeEvent.AwareFromAdvertising => F($"Noticed {Brand(life, b)} in an advertisement."),
        LifeEvent.AwareFromImitation => F($"Noticed that others use {Brand(life, b)}."),
        LifeEvent.AwareFromPeer => F($"Learned of {Brand(life, b)} from a peer."),
        LifeEvent.Bought => F($"Bought {Brand(life, b)}{((w.Before.EverCustomer & (1 << b)) != 0 ? " again (won back)" : "")}."),
        LifeEvent.BecameActive => F($"Finished onboarding with {Brand(life, b)}."),
        LifeEvent.Incident => F($"Met a problem with {Brand(life, b)}."),
        LifeEvent.DefectReplaced => "The defect was replaced at once.",
        LifeEvent.ProblemSolved => "The problem was solved.",
        LifeEvent.ProblemNotSolved => "Contacted service; the problem was not solved.",
        LifeEvent.Complained => F($"Complained to {Brand(life, b)}."),
        LifeEvent.Revenge => F($"Took revenge: warned every peer against {Brand(life, b)}."),
        LifeEvent.FeedbackAnswered => F($"Gave feedback and {Brand(life, b)} acted on it ('we heard you, and here's what we did')."),
        LifeEvent.FeedbackIgnored => F($"Gave feedback; {Brand(life, b)} never answered ({w.After.UnansweredFeedback} unanswered so far)."),
        LifeEvent.PrivacyWorry => F($"Felt watched by a tailored offer from {Brand(life, b)}."),
        LifeEvent.Trapped => F($"Wanted to leave {Brand(life, b)} but the termination fee kept them."),
        LifeEvent.Recommended => F($"Recommended {Brand(life, b)} to a peer (likelihood to recommend {w.After.LikelihoodToRecommend})."),
        LifeEvent.Warned => F($"Warned a peer against {Brand(life, b)} (likelihood to recommend {w.After.LikelihoodToRecommend})."),
        LifeEvent.LeftDissatisfied => F($"Left {Brand(life, b)} for nothing, dissatisfied."),
        LifeEvent.Switched => F($"Left {Brand(life, b)} for a competitor."),
        LifeEvent.LeftNeedEnded => F($"Left {Brand(life, b)} because the need was gone."),
        LifeEvent.Dissuaded => F($"A peer's warning struck {Brand(life, b)} from consideration."),
        LifeEvent.AnsweredSurvey => F($"Answered {Brand(life, b)}'s NPS survey with {w.After.LikelihoodToRecommend}."),
        _ => null,
    };

    private static IEnumerable<string> Verdict(CustomerBiography life)
    {
        var exits = life.Weeks.SelectMany(w => w.Events.Where(e => e.Event is LifeEvent.LeftDissatisfied or LifeEvent.Switched or LifeEvent.LeftNeedEnded)
            .Select(e => (Week: w, e.Event, e.Brand))).ToList();
        var end = life.Weeks.Count > 0 ? life.Weeks[^1].After : life.Start;
        if (exits.Count == 0)
        {
            yield return F($"After {life.Weeks.Count} weeks: {Standing(life, end)}; never left a brand.");
            yield break;
        }

        foreach (var (week, e, brand) in exits)
        {
            var before = week.Before;
            var after = week.After;
            var reason = e switch
            {
                LifeEvent.Switched => "switched to a competitor",
                LifeEvent.LeftDissatisfied => "left dissatisfied, for nothing",
                _ => "the need ended",
            };
            yield return F($"Why did customer {life.Start.Id} leave {Brand(life, brand)} in week {week.Week}? {Capitalise(reason)}.");
            if (e == LifeEvent.LeftNeedEnded)
            {
                continue;
            }

            var open = before.UnresolvedProblems
                + week.Events.Count(x => x.Event == LifeEvent.Incident) - week.Events.Count(x => x.Event is LifeEvent.DefectReplaced or LifeEvent.ProblemSolved);
            yield return F($"  When leaving: anger {after.Anger:0.00}, trust {after.Trust[brand]:0.00}, satisfaction {after.Satisfaction:0.00}, {Math.Max(0, open)} problem(s) unresolved, {before.UnansweredFeedback} feedback request(s) unanswered, likelihood to recommend {before.LikelihoodToRecommend} the week before.");
            var window = life.Weeks.Where(w => w.Week > week.Week - CauseWindowWeeks && w.Week <= week.Week).ToList();
            var causes = window.SelectMany(w => w.Touchpoints).Where(tp => tp.Brand == brand && tp.Anger > 0)
                .GroupBy(tp => tp.Kind)
                .Select(g => (Kind: g.Key, Anger: FixedPoint.ToDouble(g.Sum(tp => tp.Anger)), Count: g.Count()))
                .OrderByDescending(x => x.Anger)
                .ToList();
            if (causes.Count > 0)
            {
                yield return "  Anger in the " + CauseWindowWeeks.ToString(CultureInfo.InvariantCulture) + " weeks before, by touchpoint: "
                    + string.Join(", ", causes.Select(x => F($"{KindText(x.Kind).ToLowerInvariant()} +{x.Anger:0.00} ({x.Count}x)"))) + ".";
            }

            var warnings = window.SelectMany(w => w.Heard).Count(m => m.Brand == brand && !m.Positive);
            if (warnings > 0)
            {
                yield return F($"  Heard {warnings} warning(s) about {Brand(life, brand)} from peers in those weeks.");
            }
        }

        yield return F($"After {life.Weeks.Count} weeks: {Standing(life, end)}.");
    }

    private static string Changes(CustomerBiography life, in CustomerState before, in CustomerState after)
    {
        var parts = new List<string>();
        void Add(string name, double from, double to)
        {
            if (Math.Abs(to - from) >= 0.01)
            {
                parts.Add(F($"{name} {from:0.00}->{to:0.00}"));
            }
        }

        for (var b = 0; b < life.Scenario.Brands.Count; b++)
        {
            Add("trust in " + Brand(life, b), before.Trust[b], after.Trust[b]);
        }

        Add("anger", before.Anger, after.Anger);
        Add("joy", before.Joy, after.Joy);
        Add("satisfaction", before.Satisfaction, after.Satisfaction);
        Add("expectation", before.Expectation, after.Expectation);
        return parts.Count == 0 ? "" : "(" + string.Join(", ", parts) + ")";
    }

    private static string Standing(CustomerBiography life, in CustomerState c) => c.Stage switch
    {
        LifecycleStage.Onboarding or LifecycleStage.Active => F($"{c.Stage.ToString().ToLowerInvariant()} customer of {Brand(life, c.Brand)}"),
        LifecycleStage.Churned => F($"former customer of {Brand(life, c.FormerBrand)}{(c.HasNeed ? ", looking again" : "")}"),
        LifecycleStage.Considering => "considering, with a need",
        _ => "prospect without a need",
    } + (c.Awareness == 0 ? ", knows no brand" : ", knows " + string.Join(" and ", Enumerable.Range(0, life.Scenario.Brands.Count).Where(c.Knows).Select(b => Brand(life, b))));

    private static string TrustText(CustomerBiography life, in CustomerState c)
    {
        var parts = new List<string>();
        for (var b = 0; b < life.Scenario.Brands.Count; b++)
        {
            parts.Add(F($"trust in {Brand(life, b)} {c.Trust[b]:0.00}"));
        }

        return string.Join(", ", parts);
    }

    private static string KindText(TouchpointKind kind) => TouchpointKinds.Of(kind).Narration;

    private static string Brand(CustomerBiography life, int brand) => brand >= 0 ? life.Scenario.Brands[brand].Name : "no brand";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
