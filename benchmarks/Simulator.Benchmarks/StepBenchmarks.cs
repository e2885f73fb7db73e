using BenchmarkDotNet.Attributes;
using Simulator.Model.Customers;
using Simulator.Model.Engine;
using Simulator.Model.Market;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Benchmarks;

/// <summary>The model's Step: cost per customer-week, in the reference engine's loop (one operation = one customer-week).</summary>
[MemoryDiagnoser]
public class StepBenchmarks
{
    private Scenario _scenario = null!;
    private CustomerState[] _customers = [];
    private StepContext _context = null!;
    private Inbox _inbox = null!;

    /// <summary>Population stepped per invocation.</summary>
    [Params(1_000, 100_000)]
    public int Customers { get; set; }

    /// <summary>Creates the population and runs 20 weeks so that feelings and mail are realistic.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = BenchmarkScenarios.Baseline(Customers, weeks: 21);
        _customers = [.. Enumerable.Range(0, Customers).Select(i => Population.Create(_scenario, 0, i))];
        var schedule = _scenario.CreateSchedule();
        var previous = new TickAggregate(_scenario.Brands.Count, _scenario.Segments.Count, _scenario.Weeks);
        CustomerBatch.Observe(_customers, previous);
        var history = new MarketHistory(1, Customers, 0, previous, schedule.PoliciesAt(0));
        for (var t = 0; t < 20; t++)
        {
            var aggregate = new TickAggregate(_scenario.Brands.Count, _scenario.Segments.Count, _scenario.Weeks);
            var outbox = new List<WordOfMouth>();
            CustomerBatch.Step(_customers, new StepContext(_scenario, 0, t, schedule.PoliciesAt(t), history.ConditionsFor(t)), new Inbox(0, Customers, history.MailFor(t)), new AggregateRecorder(aggregate, outbox));
            history.Record(t, aggregate, schedule.PoliciesAt(t), outbox);
        }

        _context = new StepContext(_scenario, 0, 20, schedule.PoliciesAt(20), history.ConditionsFor(20));
        _inbox = new Inbox(0, Customers, history.MailFor(20));
    }

    /// <summary>One week of every customer (state is restored from a copy so every invocation does the same work).</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public long OneWeek()
    {
        var customers = (CustomerState[])_customers.Clone();
        var aggregate = new TickAggregate(_scenario.Brands.Count, _scenario.Segments.Count, _scenario.Weeks);
        CustomerBatch.Step(customers, _context, _inbox, new AggregateRecorder(aggregate, []));
        return aggregate.Cells[0];
    }
}
