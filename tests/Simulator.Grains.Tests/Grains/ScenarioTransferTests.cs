using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Simulator.Grains.Messages;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Engine;
using Simulator.Model.Metrics;
using Xunit;

namespace Simulator.Grains.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class ScenarioTransferTests(ClusterFixture fixture)
{
    [Theory]
    [InlineData("strategy-shift")]
    [InlineData("bass-diffusion")]
    [InlineData("baseline")]
    public void A_scenario_survives_the_wire_unchanged(string name)
    {
        var scenario = Support.Scenarios.Load(name).WithRun(customers: 400, weeks: 12);
        var serializer = fixture.Client.ServiceProvider.GetRequiredService<Serializer>();

        var arrived = serializer.Deserialize<ScenarioDto>(serializer.SerializeToArray(ScenarioDto.From(scenario)))!.ToScenario();

        Assert.Equal(scenario.Name, arrived.Name);
        Assert.Equal(scenario.Schedule, arrived.Schedule);
        Assert.Equal(scenario.Model.ToArray(), arrived.Model.ToArray());
        Assert.True(new ReferenceEngine().Run(scenario).SameNumbersAs(new ReferenceEngine().Run(arrived)));
    }

    [Fact]
    public void An_aggregate_survives_the_wire_unchanged()
    {
        var scenario = Support.Scenarios.Load("baseline").WithRun(customers: 300, weeks: 3);
        var aggregate = new ReferenceEngine().Run(scenario).Replicates[0].Ticks[^1];
        var serializer = fixture.Client.ServiceProvider.GetRequiredService<Serializer>();

        var arrived = serializer.Deserialize<TickAggregate>(serializer.SerializeToArray(aggregate))!;

        Assert.True(arrived.SameAs(aggregate));
    }
}
