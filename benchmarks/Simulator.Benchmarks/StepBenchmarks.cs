using BenchmarkDotNet.Attributes;
using Simulator.Model.Engine;

namespace Simulator.Benchmarks;

/// <summary>The model's Step: cost per customer-week, in the reference engine's loop (one operation = one customer-week).</summary>
[MemoryDiagnoser]
public class StepBenchmarks
{
    private ReplicateSnapshot _week20 = null!;

    /// <summary>Population stepped per invocation.</summary>
    [Params(1_000, 100_000)]
    public int Customers { get; set; }

    /// <summary>Creates the population and runs 20 weeks so that feelings and mail are realistic.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var stepper = ReplicateStepper.Start(BenchmarkScenarios.Baseline(Customers, weeks: 21), 0);
        stepper.Advance(stepper.Scenario.BurnInWeeks + 20);
        _week20 = stepper.TakeSnapshot();
    }

    /// <summary>One week of every customer, from the same snapshot every invocation, in the model's one week loop.</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public long OneWeek()
    {
        var block = ReplicateStepper.Restore(_week20).Advance();
        return block.Weeks[0].Cells[0];
    }
}
