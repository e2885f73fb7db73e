using Simulator.Model.Customers;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>One customer's whole life in one replicate of a scenario, week by week.</summary>
/// <param name="Scenario">The scenario as run.</param>
/// <param name="Replicate">The replicate.</param>
/// <param name="Start">The customer at week 0.</param>
/// <param name="Weeks">Every week, in order.</param>
public sealed record CustomerBiography(Scenario Scenario, int Replicate, CustomerState Start, IReadOnlyList<WeekRecord> Weeks)
{
    /// <summary>The responses the brands decided in the replicate (the market around the customer), in the order decided.</summary>
    public IReadOnlyList<Brands.Responses.BrandResponse> Responses { get; init; } = [];

    /// <summary>
    /// Runs the replicate on the reference engine (every customer, since peers shape each other)
    /// and keeps customer <paramref name="customer"/>'s weeks. Same scenario and seed, same life,
    /// on any engine.
    /// </summary>
    public static CustomerBiography Of(Scenario scenario, int customer, int replicate = 0, CancellationToken cancellationToken = default)
    {
        if (customer < 0 || customer >= scenario.Customers)
        {
            throw new ArgumentOutOfRangeException(nameof(customer), customer, $"Customer ids run from 0 to {scenario.Customers - 1}.");
        }

        var tracer = new Tracer(customer, scenario.Weeks);
        var stepper = ReplicateStepper.Start(scenario, replicate);
        stepper.RunToEnd(tracer, cancellationToken: cancellationToken);
        var start = tracer.Weeks.Count > 0 ? tracer.Weeks[0].Before : Population.Create(scenario, replicate, customer);
        return new CustomerBiography(scenario, replicate, start, tracer.Weeks) { Responses = [.. stepper.Responses] };
    }

    // Traces one customer's reported weeks (burn-in is not part of the story).
    private sealed class Tracer(int customer, int weeks) : WeekObserver
    {
        public List<WeekRecord> Weeks { get; } = new(weeks);

        public override int TracedIn(int tick) => tick >= 0 ? customer : -1;

        public override void Traced(WeekRecord week) => Weeks.Add(week);
    }
}
