using System.Globalization;
using System.Text;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;
using Simulator.Model.Tests.Support;
using Xunit;

namespace Simulator.Model.Tests.Docs;

/// <summary>
/// The headline table of docs/model.md, section 10, is measured, not typed: every shipped scenario at
/// 10,000 customers x 104 weeks, seed 42, replicate 0, reference engine. A change of behaviour that
/// moves a figure fails here until the table is regenerated, so the document cannot go stale.
/// </summary>
public class ScenarioHeadlineTableTests
{
    private const string TableName = "scenario-headlines";

    [Fact]
    [Trait("Category", "Slow")]
    public void The_headline_table_of_the_scenarios_is_the_one_the_model_produces()
    {
        var table = Table();
        GeneratedDocument.CheckOrUpdate(ModelDocumentationTests.DocumentPath(), document => MarkdownTables.Update(document, new Dictionary<string, string> { [TableName] = table }),
            "docs/model.md's scenario headline table (section 10) differs from what the model now produces", nameof(ScenarioHeadlineTableTests), ", update the prose that quotes it");
    }

    private static string Table()
    {
        var names = ShippedScenarios.Names().Order(StringComparer.Ordinal).ToArray();
        var lines = new string[names.Length];
        Parallel.For(0, names.Length, i => lines[i] = Row(names[i]));
        var text = new StringBuilder();
        text.AppendLine("| Scenario | Customers at week 0 | Retention at 104 (week-0 customers) | Cohort retention at 52 | Acquisitions, weeks 0–25 | Exits (dissatisfied + switched) | Need-ended exits | Final NPS | Customers at end |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var line in lines)
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }

    private static string Row(string name)
    {
        var file = ShippedScenarios.Load(name);
        var scenario = file.WithRun(customers: 10000, weeks: 104, seed: 42, replicates: 1);
        var result = new ReferenceEngine().Run(scenario);
        var h = Headlines.Of(result, 0, 0);
        var rows = Runs.FocalRows(result);
        var label = file.Weeks == 104 ? $"`{name}`" : $"`{name}` (cut to 104 weeks)";
        string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        string F(double v, string format) => double.IsNaN(v) ? "n/a" : v.ToString(format, CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal);
        return $"| {label} | {N(h.CustomersAtStart)} | {(h.CustomersAtStart == 0 ? "n/a (no customers at week 0)" : F(h.RetentionAt104, "F3"))} | {F(h.CohortRetentionAt52, "F3")} | "
            + $"{N(rows.Take(26).Sum(r => r.Acquisitions))} | {N(rows.Sum(r => r.ChurnDissatisfied + r.ChurnSwitched))} | {N(h.ChurnNeedEnded)} | {F(h.FinalNps, "F1")} | {N(h.CustomersAtEnd)} |";
    }
}
