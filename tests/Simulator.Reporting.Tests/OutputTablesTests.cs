using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Simulator.Tests.Shared;
using Xunit;

namespace Simulator.Reporting.Tests;

public class OutputTablesTests
{
    [Fact]
    public void The_column_tables_of_the_outputs_document_are_the_ones_generated_from_the_declared_columns()
    {
        var path = Path.Combine(Repository.Root, "docs", "outputs.md");
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var generated = MarkdownTables.Update(document, OutputTables.All);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(document == generated,
            "docs/outputs.md's column tables differ from the writers' declared columns. Regenerate them with: UPDATE_DOCS=1 dotnet test tests/Simulator.Reporting.Tests --filter \"FullyQualifiedName~OutputTablesTests\", then commit docs/outputs.md.");
    }

    [Fact]
    public void Every_declared_column_has_a_unit_or_is_a_key_and_a_meaning()
    {
        foreach (var (name, columns) in new[] { ("metrics", MetricsCsvWriter.Columns.Select(c => (c.Name, c.Unit, c.Description, c.Numeric))), ("touchpoints", TouchpointsCsvWriter.Columns.Select(c => (c.Name, c.Unit, c.Description, c.Numeric))), ("cohorts", CohortsCsvWriter.Columns.Select(c => (c.Name, c.Unit, c.Description, c.Numeric))) })
        {
            foreach (var column in columns)
            {
                Assert.False(string.IsNullOrWhiteSpace(column.Description), $"{name}.{column.Name} has no meaning");
                Assert.True(!column.Numeric || column.Unit.Length > 0, $"{name}.{column.Name} measures something but has no unit");
            }
        }
    }
}
