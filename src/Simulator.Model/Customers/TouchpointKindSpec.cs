namespace Simulator.Model.Customers;

/// <summary>Everything the model and its outputs say about one kind of touchpoint, declared once in <see cref="TouchpointKinds"/>.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Name">The snake_case name used in output files (<c>touchpoints.csv</c>, charts).</param>
/// <param name="Initiator">Who creates a touchpoint of this kind.</param>
/// <param name="AdaptsExpectation">
/// Whether the experience moves expectation: only touchpoints that show what the product and service
/// deliver (use, service, complaints) do; the others are judged against it.
/// </param>
/// <param name="Narration">How a customer's story names it ("Product use with Focal: ...").</param>
/// <param name="Description">What it is, in a sentence.</param>
/// <param name="CountColumn">
/// When set, the kind's own counter: <c>metrics.csv</c> gets a column of that name with the touchpoints of
/// this kind per week (and <c>metrics-summary.csv</c> its interval). The kinds shipped today are counted in
/// <c>touchpoints.csv</c> only.
/// </param>
public sealed record TouchpointKindSpec(TouchpointKind Kind, string Name, Initiator Initiator, bool AdaptsExpectation, string Narration, string Description, string? CountColumn = null);
