using Simulator.Model.Brands;
using Simulator.Model.Customers;
using Simulator.Model.Metrics;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Engine;

/// <summary>
/// A replicate between two weeks, taken by <see cref="ReplicateStepper.TakeSnapshot"/>: everything a
/// stepper needs to go on from there with exactly the weeks it would have run (the random numbers are a
/// function of the week, so nothing else is needed). Its arrays are copies: the stepper goes on unchanged.
/// </summary>
/// <param name="Scenario">The scenario as given.</param>
/// <param name="Replicate">The replicate.</param>
/// <param name="NextTick">The next week to run.</param>
/// <param name="Customers">Every customer's state.</param>
/// <param name="History">The market history (recent weeks and the mail not yet heard).</param>
/// <param name="Initial">What week 0 starts from.</param>
/// <param name="Weeks">The reported weeks run so far.</param>
/// <param name="Interventions">The policy changes made so far.</param>
public sealed record ReplicateSnapshot(
    Scenario Scenario,
    int Replicate,
    int NextTick,
    IReadOnlyList<CustomerState> Customers,
    MarketHistory History,
    TickAggregate Initial,
    IReadOnlyList<TickAggregate> Weeks,
    IReadOnlyList<PolicyChange> Interventions);
