using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Simulator.Grains.Customers;
using Simulator.Grains.Messages;
using Simulator.Model.Customers;
using Simulator.Model.Metrics;

namespace Simulator.Benchmarks;

/// <summary>The wire cost of the messages that cross silos: a customer's weekly outcome and a shard's aggregate.</summary>
[MemoryDiagnoser]
public class SerializationBenchmarks
{
    private Serializer _serializer = null!;
    private CustomerOutcome _outcome = null!;
    private TickAggregate _aggregate = null!;

    /// <summary>Builds a serializer with the grains' codecs and sample messages.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _serializer = new ServiceCollection()
            .AddSerializer(builder => builder.AddAssembly(typeof(CustomerGrain).Assembly))
            .BuildServiceProvider()
            .GetRequiredService<Serializer>();
        var scenario = BenchmarkScenarios.Baseline(1000, weeks: 104);
        var state = Population.Create(scenario, 0, 1);
        _outcome = new CustomerOutcome([state], [new CounterEntry(0, Counter.Revenue, 10_000_000), new CounterEntry(0, Counter.ServiceCost, 360_000)], [2], [new TouchpointEntry(0, TouchpointKind.ProductUse, -20_000, 0)], [1], [], [0], [0]);
        _aggregate = new Simulator.Model.Engine.ReferenceEngine().Run(scenario.WithRun(weeks: 2)).Replicates[0].Ticks[^1];
    }

    /// <summary>A customer's weekly outcome, there and back.</summary>
    [Benchmark]
    public int CustomerOutcomeRoundTrip() => _serializer.Deserialize<CustomerOutcome>(_serializer.SerializeToArray(_outcome))!.Weeks;

    /// <summary>A shard's weekly aggregate, there and back.</summary>
    [Benchmark]
    public int AggregateRoundTrip() => _serializer.Deserialize<TickAggregate>(_serializer.SerializeToArray(_aggregate))!.Cells.Length;
}
