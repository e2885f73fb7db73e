using System.Globalization;
using System.Text;
using Simulator.Explorer.Lessons;
using Simulator.Model.Metrics.Population;

namespace Simulator.Explorer.Hosting;

/// <summary>The tables of docs/explorer.md, made from the declarations: the population view's attributes and the lessons.</summary>
public static class ExplorerTables
{
    /// <summary>Every population attribute: name, what it is, and how its byte reads.</summary>
    public static string Attributes()
    {
        var text = new StringBuilder("| attribute | label | what it is | values |\n|---|---|---|---|\n");
        foreach (var a in PopulationAttributes.All)
        {
            var categories = a.Categories(null);
            var values = a.Kind == AttributeKind.Scale
                ? string.Create(CultureInfo.InvariantCulture, $"0 to {a.Max}")
                : categories.Count > 0 ? string.Join(", ", categories.Select((c, i) => $"{i} {c}")) : "the scenario's brands, in order";
            text.Append(CultureInfo.InvariantCulture, $"| `{a.Name}` | {a.Label} | {a.Description} | {values}; {PopulationAttribute.None} not applicable |\n");
        }

        return text.ToString();
    }

    /// <summary>Every lesson: its claim, its run, arm B's levers and what it expects.</summary>
    public static string Lessons(IEnumerable<Lesson> lessons)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        var text = new StringBuilder("| lesson | claim and source | run | arm B, from week 0 | expected of B against A |\n|---|---|---|---|---|\n");
        foreach (var l in lessons)
        {
            var run = string.Create(CultureInfo.InvariantCulture, $"`{l.Scenario}`, {l.Customers:N0} customers, {l.Weeks} weeks, seed {l.Seed}, {l.Replicates} replicates");
            var levers = string.Join(", ", l.ArmB.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Brand} `{x.Lever}` {x.Value}")));
            var expected = string.Join(", ", l.Expectations.Select(e => $"{LessonMeasures.Find(e.Measure)!.Label.ToLowerInvariant()} {e.Direction}"));
            text.Append(CultureInfo.InvariantCulture, $"| `{l.Name}`: {l.Title} | {l.Claim} ({l.Source}) | {run} | {levers} | {expected} |\n");
        }

        return text.ToString();
    }
}
