using System.Net.Http.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>The population view's data: every customer of the session's grains, as the reference engine has them.</summary>
[Collection(ExplorerCollection.Name)]
public class PopulationTests(ExplorerFixture explorer)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_frame_of_a_session_is_the_reference_engines_customer_by_customer()
    {
        var view = await explorer.NewSessionAsync(customers: 700, weeks: 10, seed: 11);
        var settled = await PopulationAsync(view.Id, "A");
        Assert.Equal(-1, settled.Week);
        await explorer.SetBrandLeverAsync(view.Id, "A", "Rival", "serviceEffort", 0.9);
        for (var week = 0; week < 4; week++)
        {
            await explorer.PostAsync(view.Id, "step");
        }

        var frame = await PopulationAsync(view.Id, "A");
        var scenario = ScenarioLoader.Load(Path.Combine(ExplorerFixture.ScenariosDirectory, "baseline.json")).WithRun(customers: 700, weeks: 10, seed: 11, replicates: 1);
        var reference = ReplicateStepper.Start(scenario, 0);
        reference.Intervene([new PolicyChange(0, 1, Lever.ServiceEffort, 0.9)]);
        reference.Advance(scenario.BurnInWeeks + 4);
        var expected = reference.Observe();

        Assert.Equal(3, frame.Week);
        Assert.Equal(700, frame.Customers);
        Assert.Equal("smallWorld", frame.Network);
        Assert.Equal(PopulationAttributes.All.Select(a => a.Name), frame.Attributes.Select(a => a.Name));
        Assert.Equal(["Focal", "Rival"], frame.Attributes.Single(a => a.Name == "brand").Categories);
        foreach (var (attribute, i) in PopulationAttributes.All.Select((a, i) => (a, i)))
        {
            Assert.Equal(expected.Columns[i], frame.Columns[attribute.Name]);
        }

        Assert.Equal(expected.Arcs.SelectMany(a => new[] { a.Sender, a.Recipient, (int)a.Kind, a.Brand }), frame.Arcs);
        Assert.NotEmpty(frame.Arcs);
    }

    [Fact]
    public async Task The_attributes_are_listed_with_how_their_bytes_read()
    {
        var attributes = (await explorer.Http.GetFromJsonAsync<AttributeView[]>("api/population/attributes", ExplorerFixture.Json))!;
        Assert.Equal(PopulationAttributes.All.Select(a => a.Name), attributes.Select(a => a.Name));
        Assert.All(attributes, a => Assert.Equal(PopulationAttribute.None, a.None));
        Assert.Equal(["Prospect", "Considering", "Onboarding", "Active", "Churned"], attributes.Single(a => a.Name == "stage").Categories);
        Assert.Equal(10, attributes.Single(a => a.Name == "likelihood").Max);
    }

    private async Task<PopulationView> PopulationAsync(string id, string arm)
    {
        var response = await explorer.Http.GetAsync($"api/sessions/{id}/arms/{arm}/population");
        Assert.Equal(200, (int)response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PopulationView>(ExplorerFixture.Json))!;
    }
}
