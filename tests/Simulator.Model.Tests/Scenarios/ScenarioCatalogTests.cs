using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Model.Tests.Scenarios;

public sealed class ScenarioCatalogTests
{
    [Fact]
    public void Lists_scenarios_sorted_by_name_with_descriptions_resolved_through_extends()
    {
        using var directory = new TemporaryDirectory();
        Write(directory, "scenario.schema.json", "{}");
        Write(directory, "zeta.json", ScenarioTexts.Valid);
        Write(directory, "baseline.json", ScenarioTexts.Minimal);
        Write(directory, "cheaper.json", "{ \"extends\": \"baseline.json\", \"name\": \"alpha\" }");
        Write(directory, "notes.txt", "not a scenario");

        var scenarios = ScenarioCatalog.List(directory.Path);

        Assert.Equal(["alpha", "baseline", "zeta"], scenarios.Select(s => s.Name));
        Assert.Equal(["Minimal", "Minimal", "A test market"], scenarios.Select(s => s.Description));
        Assert.Equal(Path.Combine(directory.Path, "cheaper.json"), scenarios[0].Path);
    }

    [Fact]
    public void Listing_reads_only_the_description_not_the_other_fields()
    {
        using var directory = new TemporaryDirectory();
        Write(directory, "draft.json", "{ \"description\": \"Work in progress\", \"weeks\": 0 }");

        Assert.Equal("Work in progress", Assert.Single(ScenarioCatalog.List(directory.Path)).Description);
    }

    [Fact]
    public void Listing_reports_every_file_without_a_description()
    {
        using var directory = new TemporaryDirectory();
        Write(directory, "a.json", "{ \"weeks\": 1 }");
        Write(directory, "b.json", "{ \"description\": ");
        Write(directory, "c.json", ScenarioTexts.Minimal);

        var errors = Assert.Throws<ScenarioException>(() => ScenarioCatalog.List(directory.Path)).Errors;

        Assert.Equal(["a.json", "b.json"], errors.Select(e => Path.GetFileName(e.File)));
        Assert.Equal("$.description", errors[0].Path);
    }

    [Fact]
    public void Listing_a_missing_folder_is_a_scenario_error()
    {
        using var directory = new TemporaryDirectory();
        var missing = Path.Combine(directory.Path, "nowhere");

        var error = Assert.Single(Assert.Throws<ScenarioException>(() => ScenarioCatalog.List(missing)).Errors);

        Assert.Equal("scenario folder not found", error.Message);
    }

    [Fact]
    public void Finds_the_scenarios_folder_by_walking_up()
    {
        using var directory = new TemporaryDirectory();
        var scenarios = Directory.CreateDirectory(Path.Combine(directory.Path, "scenarios")).FullName;
        Write(directory, Path.Combine("scenarios", "scenario.schema.json"), "{}");
        var deep = Directory.CreateDirectory(Path.Combine(directory.Path, "src", "app", "bin")).FullName;

        Assert.Equal(scenarios, ScenarioCatalog.FindScenariosDirectory(deep));
        Assert.Equal(scenarios, ScenarioCatalog.FindScenariosDirectory(directory.Path));
        Assert.Equal(scenarios, ScenarioCatalog.FindScenariosDirectory(scenarios));
    }

    [Fact]
    public void A_scenarios_folder_without_the_schema_is_not_found()
    {
        using var directory = new TemporaryDirectory();
        Directory.CreateDirectory(Path.Combine(directory.Path, "scenarios"));

        var found = ScenarioCatalog.FindScenariosDirectory(directory.Path);

        Assert.True(found is null || !found.StartsWith(directory.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_shipped_scenario_loads()
    {
        var shipped = ScenarioCatalog.FindScenariosDirectory(AppContext.BaseDirectory);
        Assert.NotNull(shipped);

        foreach (var info in ScenarioCatalog.List(shipped))
        {
            var scenario = ScenarioLoader.Load(info.Path);
            Assert.Equal(info.Name, scenario.Name);
        }
    }

    private static void Write(TemporaryDirectory directory, string name, string text) =>
        File.WriteAllText(Path.Combine(directory.Path, name), text);
}
