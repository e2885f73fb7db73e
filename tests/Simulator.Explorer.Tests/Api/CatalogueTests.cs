using System.Net.Http.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Hosting;
using Simulator.Explorer.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>What the page is built from: scenarios, levers, limits, and the page itself.</summary>
[Collection(ExplorerCollection.Name)]
public class CatalogueTests(ExplorerFixture explorer)
{
    [Fact]
    public async Task Scenarios_are_the_shipped_catalogue()
    {
        var scenarios = (await explorer.Http.GetFromJsonAsync<ScenarioItem[]>("api/scenarios", ExplorerFixture.Json))!;

        Assert.Equal(ScenarioCatalog.List(ExplorerFixture.ScenariosDirectory).Select(s => s.Name).Order(StringComparer.Ordinal), scenarios.Select(s => s.Name));
        Assert.Contains(scenarios, s => s.Name == "baseline" && s.Brands[0] == "Focal");
    }

    [Fact]
    public async Task Every_lever_comes_with_its_range_explanation_and_source()
    {
        var levers = (await explorer.Http.GetFromJsonAsync<LeverInfo[]>("api/levers", ExplorerFixture.Json))!;

        Assert.Equal(PolicyLevers.All.Select(l => l.Name), levers.Select(l => l.Name));
        Assert.All(levers, l =>
        {
            Assert.True(l.Min < l.Max && l.Default >= l.Min && l.Default <= l.Max);
            Assert.False(string.IsNullOrWhiteSpace(l.Effect));
            Assert.False(string.IsNullOrWhiteSpace(l.Source));
        });
    }

    [Fact]
    public async Task Limits_are_the_options_bounds()
    {
        var limits = (await explorer.Http.GetFromJsonAsync<Limits>("api/limits", ExplorerFixture.Json))!;

        Assert.Equal(new Limits(ExplorerOptions.DefaultCustomers, ExplorerApi.MinCustomers, ExplorerOptions.DefaultMaxCustomers, ExplorerOptions.DefaultMaxWeeks, ExplorerOptions.DefaultPaceMilliseconds, ExplorerOptions.MaxPaceMilliseconds, ExplorerOptions.DefaultMaxReplicates), limits);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/explorer.js", "text/javascript")]
    [InlineData("/charts.js", "text/javascript")]
    [InlineData("/explorer.css", "text/css")]
    public async Task The_page_is_served_from_the_assembly_and_allows_nothing_from_elsewhere(string path, string type)
    {
        var response = await explorer.Http.GetAsync(path.TrimStart('/'));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(ExplorerPage.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        // Works offline: no CDN, no external font, no absolute URL of any kind.
        Assert.DoesNotContain("http://", text);
        Assert.DoesNotContain("https://", text);
        Assert.DoesNotContain("//cdn", text);
    }

    [Fact]
    public async Task Unknown_paths_are_404()
    {
        Assert.Equal(404, (int)(await explorer.Http.GetAsync("etc/passwd")).StatusCode);
        Assert.Equal(404, (int)(await explorer.Http.GetAsync("../scenarios/baseline.json")).StatusCode);
    }
}
