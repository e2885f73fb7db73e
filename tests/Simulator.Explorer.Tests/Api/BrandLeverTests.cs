using System.Net.Http.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Tests.Support;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>Every brand's levers: the rival's move only the rival, and the run is the batch run with that change.</summary>
[Collection(ExplorerCollection.Name)]
public class BrandLeverTests(ExplorerFixture explorer)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task A_rival_lever_moves_only_the_rival_and_gives_the_batch_run_with_that_change()
    {
        var view = await explorer.NewSessionAsync(customers: 400, weeks: 12);
        Assert.Equal(["Focal", "Rival"], view.Brands);
        await explorer.PostAsync(view.Id, "step");
        await explorer.PostAsync(view.Id, "step");
        var moved = await explorer.SetBrandLeverAsync(view.Id, "A", "Rival", "acquisitionFocus", 0.9);
        Assert.Equal(200, (int)moved.StatusCode);
        var after = (await moved.Content.ReadFromJsonAsync<SessionView>(ExplorerFixture.Json))!;

        var scenario = ScenarioLoader.Load(Path.Combine(ExplorerFixture.ScenariosDirectory, "baseline.json")).WithRun(customers: 400, weeks: 12, replicates: 1);
        var policies = scenario.CreateSchedule().PoliciesAt(2);
        Assert.Equal(new InterventionView(2, "Rival", "acquisitionFocus", 0.9), Assert.Single(after.Arms[0].Interventions));
        Assert.Equal(0.9, after.Arms[0].Brands![1].Levers["acquisitionFocus"]);
        Assert.Equal(policies[0][Lever.AcquisitionFocus], after.Arms[0].Brands![0].Levers["acquisitionFocus"]);

        await explorer.PostAsync(view.Id, "start");
        await explorer.WaitAsync(view.Id, v => v.Status == "finished");
        var csv = await explorer.Http.GetStringAsync($"api/sessions/{view.Id}/arms/A/metrics.csv");
        var batch = new ReferenceEngine().Run(scenario with { Schedule = [.. scenario.Schedule, new PolicyChange(2, 1, Lever.AcquisitionFocus, 0.9)] });
        Assert.Equal(MetricsCsvWriter.ToText(batch), csv);
        Assert.NotEqual(MetricsCsvWriter.ToText(new ReferenceEngine().Run(scenario)), csv);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task An_unknown_brand_is_refused_with_the_brands_allowed()
    {
        var view = await explorer.NewSessionAsync(customers: 200, weeks: 4);
        var response = await explorer.SetBrandLeverAsync(view.Id, "A", "Nobody", "serviceEffort", 0.5);
        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("Unknown brand 'Nobody'; allowed: Focal, Rival", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(200, (int)(await explorer.SetBrandLeverAsync(view.Id, "A", "1", "serviceEffort", 0.5)).StatusCode);
    }
}
