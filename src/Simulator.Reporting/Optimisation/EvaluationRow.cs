using Simulator.Experiments.Optimisation;

namespace Simulator.Reporting.Optimisation;

/// <summary>One line of evaluations.csv: a candidate as the search or the re-evaluation saw it.</summary>
/// <param name="Phase"><c>search</c> (the search replicates) or <c>fresh</c> (the fresh replicates).</param>
/// <param name="Evaluation">The candidate and its runs in that phase.</param>
/// <param name="Violation">The total constraint violation of its means (0 when feasible).</param>
public sealed record EvaluationRow(string Phase, Evaluation Evaluation, double Violation);
