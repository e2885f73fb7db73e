using Simulator.Explorer.Hosting;
using Simulator.Explorer.Lessons;
using Simulator.Explorer.Sessions;
using Simulator.Explorer.Tests.Support;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Explorer.Tests.Docs;

/// <summary>docs/explorer.md's tables of population attributes and lessons are made from the declarations; UPDATE_DOCS=1 rewrites them.</summary>
public class ExplorerTablesTests
{
    [Fact]
    public void The_explorer_guides_tables_match_the_declarations()
    {
        var path = Path.Combine(Repository.Root(), "docs", "explorer.md");
        var scenarios = new ScenarioShelf(ExplorerFixture.ScenariosDirectory);
        var lessons = new LessonShelf(ExplorerFixture.LessonsDirectory, scenarios, new ExplorerOptions());
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var generated = MarkdownTables.Update(document, new Dictionary<string, string>
        {
            ["population-attributes"] = ExplorerTables.Attributes(),
            ["lessons"] = ExplorerTables.Lessons(lessons.All),
        });
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        Assert.True(document == generated, "docs/explorer.md's tables differ from the declarations. Regenerate with: UPDATE_DOCS=1 dotnet test tests/Simulator.Explorer.Tests --filter \"FullyQualifiedName~ExplorerTablesTests\", then commit docs/explorer.md.");
    }
}
