using Simulator.Model.Brands;
using Simulator.Model.Market;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Customers;

/// <summary>
/// Everything a customer's step may read besides its own state and inbox: the week, the policies in
/// force, last week's market conditions, the network and the constants. Built once per tick and
/// shared by every customer of that tick.
/// </summary>
public sealed class StepContext
{
    private readonly BrandConditions[] _conditions;

    /// <summary>Creates the context of one tick of one replicate.</summary>
    public StepContext(Scenario scenario, int replicate, int tick, BrandPolicy[] policies, BrandConditions[] conditions)
    {
        Scenario = scenario;
        Replicate = replicate;
        Tick = tick;
        Policies = policies;
        _conditions = conditions;
        Network = new SocialNetwork(scenario.Network, scenario.Customers, scenario.Seed, replicate);
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }
    /// <summary>Replicate index (0-based).</summary>
    public int Replicate { get; }
    /// <summary>The week (0-based tick).</summary>
    public int Tick { get; }
    /// <summary>The policy of each brand this week.</summary>
    public BrandPolicy[] Policies { get; }
    /// <summary>The word-of-mouth network.</summary>
    public SocialNetwork Network { get; }
    /// <summary>Behavioural constants.</summary>
    public ModelParameters Model => Scenario.Model;
    /// <summary>Economic constants.</summary>
    public MarketParameters Market => Scenario.Market;
    /// <summary>Number of brands.</summary>
    public int BrandCount => Policies.Length;
    // Last week's market conditions are read only through the members below, each of which tells the
    // recorder what it read: an engine running weeks ahead on predicted conditions needs to know.

    /// <summary>Brand <paramref name="brand"/>'s service overload last week (<see cref="BrandConditions.Overload"/>).</summary>
    public double Overload(int brand, IStepRecorder reads) => Read(brand, MarketCondition.Overload, reads).Overload;

    /// <summary>Brand <paramref name="brand"/>'s customers as a share of the population last week (<see cref="BrandConditions.CustomerShare"/>).</summary>
    public double CustomerShare(int brand, IStepRecorder reads) => Read(brand, MarketCondition.CustomerShare, reads).CustomerShare;

    /// <summary>Brand <paramref name="brand"/>'s weekly incident probability before prevention, after what it has learned (<see cref="ProcessLearning"/>).</summary>
    public double IncidentRate(int brand, IStepRecorder reads) =>
        ProcessLearning.IncidentRate(Policies[brand], Read(brand, MarketCondition.ProcessKnowledge, reads).ProcessKnowledge, Model);

    /// <summary>The effort a service contact with brand <paramref name="brand"/> costs, after what it has learned (<see cref="ProcessLearning"/>).</summary>
    public double ServiceEffort(int brand, IStepRecorder reads) =>
        ProcessLearning.ServiceEffort(Policies[brand], Read(brand, MarketCondition.ProcessKnowledge, reads).ProcessKnowledge, Model);

    private ref readonly BrandConditions Read(int brand, MarketCondition condition, IStepRecorder reads)
    {
        reads.Read(brand, condition);
        return ref _conditions[brand];
    }

    /// <summary>The random stream of a customer in this run and replicate.</summary>
    public Randomness.CounterRandom RandomFor(int customer) => Randomness.CounterRandom.For(Scenario.Seed, Replicate, customer);
}
