using Simulator.Experiments.Sweeps;

namespace Simulator.Experiments.Optimisation;

/// <summary>
/// Runs candidate policies: every candidate of <paramref name="candidates"/> (lever values, in the problem's lever
/// order) on every replicate of <paramref name="replicates"/>, returning one run per (candidate, replicate) with
/// <see cref="SweepRun.Point"/> the candidate's index in the list. Replicate k uses the same random numbers for every
/// candidate (common random numbers). Throws <see cref="OperationCanceledException"/> when stopped.
/// </summary>
public delegate Task<IReadOnlyList<SweepRun>> CandidateEvaluator(IReadOnlyList<IReadOnlyList<double>> candidates, IReadOnlyList<int> replicates, CancellationToken cancellationToken);
