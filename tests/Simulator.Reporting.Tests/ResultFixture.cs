using Simulator.Model.Engine;
using Simulator.Model.Scenarios;

namespace Simulator.Reporting.Tests;

/// <summary>Small runs of the shipped scenarios, made once and shared by the tests.</summary>
public static class ResultFixture
{
    public const int Customers = 300;
    public const int Weeks = 20;
    public const int Replicates = 2;

    private static readonly Lazy<SimulationResult> _baseline = new(() => Run(Load("baseline.json")));
    private static readonly Lazy<SimulationResult> _manyAcquisitions = new(() => Run(Load("baseline.json").WithRun(customers: 4000, weeks: 40, replicates: 2)));
    private static readonly Lazy<SimulationResult> _strategyShift = new(() => Run(Load("strategy-shift.json")));
    private static readonly Lazy<SimulationResult> _awkwardNames = new(() => Run(WithAwkwardNames(Load("baseline.json"))));
    private static readonly Lazy<SimulationResult> _rival = new(() => Run(Load("rival-answers-effortless-service.json")));
    private static readonly Lazy<SimulationResult> _incomplete = new(() => RunStoppedAfter(Load("baseline.json"), weeks: 7));

    /// <summary>baseline.json with 300 customers, 20 weeks, 2 replicates.</summary>
    public static SimulationResult Baseline => _baseline.Value;

    /// <summary>Baseline with enough acquisitions (4,000 customers, 40 weeks, 2 replicates) for the pooled retention curve to be drawn.</summary>
    public static SimulationResult ManyAcquisitions => _manyAcquisitions.Value;

    /// <summary>strategy-shift.json (it has a policy schedule), shrunk the same way.</summary>
    public static SimulationResult StrategyShift => _strategyShift.Value;

    /// <summary>rival-answers-effortless-service.json (the rival's rules respond at week 0), shrunk the same way.</summary>
    public static SimulationResult Rival => _rival.Value;

    /// <summary>baseline with a brand, a segment and a description that need escaping in CSV and HTML.</summary>
    public static SimulationResult AwkwardNames => _awkwardNames.Value;

    /// <summary>baseline stopped during week 7 of the first replicate.</summary>
    public static SimulationResult Incomplete => _incomplete.Value;

    public const string AwkwardBrand = "Acme, \"Best\" Co";
    public const string AwkwardSegment = "line\nbreak";
    public const string AwkwardDescription = "Pricing <script>alert('x')</script> & \"quotes\" test";

    public static string ScenarioPath(string file) => Path.Combine(AppContext.BaseDirectory, "scenarios", file);

    public static Scenario Load(string file) =>
        ScenarioLoader.Load(ScenarioPath(file)).WithRun(customers: Customers, weeks: Weeks, replicates: Replicates);

    public static SimulationResult Run(Scenario scenario) => new ReferenceEngine().Run(scenario);

    public static Scenario WithAwkwardNames(Scenario s) => new()
    {
        Name = s.Name,
        Description = AwkwardDescription,
        Weeks = s.Weeks,
        BurnInWeeks = s.BurnInWeeks,
        Customers = s.Customers,
        Seed = s.Seed,
        Replicates = s.Replicates,
        Brands = [s.Brands[0] with { Name = AwkwardBrand }, .. s.Brands.Skip(1)],
        Segments = [new SegmentSpec(AwkwardSegment, s.Segments[0].Share, s.Segments[0].Traits, s.Segments[0].PermanentNeed, s.Segments[0].ToArray()), .. s.Segments.Skip(1)],
        Network = s.Network,
        Market = s.Market,
        Model = s.Model,
        Schedule = s.Schedule,
        SourceFile = s.SourceFile,
    };

    /// <summary>Runs until <paramref name="weeks"/> weeks of the first replicate are done, then cancels.</summary>
    public static SimulationResult RunStoppedAfter(Scenario scenario, int weeks)
    {
        using var cts = new CancellationTokenSource();
        var result = new ReferenceEngine().Run(scenario, new StopAfter(weeks, cts), cts.Token);
        return result;
    }

    private sealed class StopAfter(int weeks, CancellationTokenSource cts) : IProgress<TickProgress>
    {
        public void Report(TickProgress value)
        {
            if (value.Tick + 1 >= weeks)
            {
                cts.Cancel();
            }
        }
    }
}
