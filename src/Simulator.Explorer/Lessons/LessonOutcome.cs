using System.Globalization;
using Simulator.Experiments.Statistics;
using Simulator.Explorer.Sessions;

namespace Simulator.Explorer.Lessons;

/// <summary>
/// What a lesson's run showed at the last week run: every measure in both arms, the paired
/// difference B - A over the replicates (common random numbers, as in <c>cxsim compare</c>) with its
/// 95% interval, and whether the run agrees with what the article leads one to expect.
/// </summary>
/// <param name="Week">The last week run.</param>
/// <param name="Replicates">Replicates per arm.</param>
/// <param name="Measures">Every measure of <see cref="LessonMeasures.All"/>.</param>
/// <param name="Expectations">The lesson's expectations, judged by this run.</param>
public sealed record LessonOutcome(int Week, int Replicates, IReadOnlyList<MeasureOutcome> Measures, IReadOnlyList<ExpectationOutcome> Expectations)
{
    /// <summary>The outcome of a lesson's session whose arms A and B have both run week <paramref name="week"/>.</summary>
    public static LessonOutcome Of(Lesson lesson, SessionArm a, SessionArm b, int week)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var pointsA = a.ReplicatePointsAt(week);
        var pointsB = b.ReplicatePointsAt(week);
        var measures = new List<MeasureOutcome>();
        var intervals = new Dictionary<string, Interval>();
        foreach (var m in LessonMeasures.All)
        {
            var valuesA = pointsA.Select(m.Read).ToArray();
            var valuesB = pointsB.Select(m.Read).ToArray();
            var difference = Interval.OfDifference(valuesA, valuesB);
            intervals[m.Name] = difference;
            measures.Add(new MeasureOutcome(m.Name, m.Label, m.Unit, valuesA.Average(), valuesB.Average(), difference.Mean, Bound(difference.Lower), Bound(difference.Upper)));
        }

        var expectations = lesson.Expectations.Select(e => Judge(e, intervals[e.Measure], pointsA.Count, week)).ToList();
        return new LessonOutcome(week, pointsA.Count, measures, expectations);
    }

    private static double? Bound(double value) => double.IsNaN(value) ? null : value;

    private static ExpectationOutcome Judge(LessonExpectation expectation, Interval difference, int replicates, int week)
    {
        var measure = LessonMeasures.Find(expectation.Measure)!;
        var sign = expectation.Direction == "higher" ? 1 : -1;
        var seen = difference.Mean > 0 ? "higher" : difference.Mean < 0 ? "lower" : "the same";
        var size = Math.Abs(difference.Mean).ToString(measure.Unit == "0-1" ? "0.000" : "#,0.0", CultureInfo.InvariantCulture);
        var expected = $"The article leads one to expect arm B's {measure.Label.ToLowerInvariant()} to be {expectation.Direction} than arm A's.";
        var observed = difference.Mean == 0
            ? $"In this run (week {week}) they are the same."
            : $"In this run (week {week}, {ReplicateCount(replicates)}) it is {size} {measure.DifferenceUnit} {seen}";
        string verdict;
        string how;
        if (replicates < 2 || double.IsNaN(difference.Lower))
        {
            verdict = difference.Mean * sign > 0 ? "agrees" : difference.Mean * sign < 0 ? "disagrees" : "unclear";
            how = difference.Mean == 0 ? "" : $": the run {Said(verdict)}, but one replicate gives no interval; run several to see how sure this is.";
        }
        else
        {
            var interval = string.Create(CultureInfo.InvariantCulture, $"[95% interval of B - A: {difference.Lower:#,0.###} to {difference.Upper:#,0.###}]");
            verdict = !difference.ExcludesZero ? "unclear" : difference.Mean * sign > 0 ? "agrees" : "disagrees";
            how = verdict == "unclear"
                ? $" {interval}: the interval includes zero, so this run cannot tell."
                : $" {interval}: the run {Said(verdict)}.";
        }

        return new ExpectationOutcome(expectation.Measure, expectation.Direction, verdict, expected + " " + observed + how);
    }

    private static string Said(string verdict) => verdict == "agrees" ? "agrees" : "does not agree";

    private static string ReplicateCount(int n) => n == 1 ? "one replicate" : $"{n} replicates";
}
