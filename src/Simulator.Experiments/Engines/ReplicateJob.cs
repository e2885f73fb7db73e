using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Engines;

/// <summary>One replicate of one scenario to run, with the caller's own name for it.</summary>
/// <typeparam name="TKey">What the caller calls the run (a design point, a scenario label...).</typeparam>
/// <param name="Key">The caller's name for the run.</param>
/// <param name="Scenario">The scenario, with its run settings applied.</param>
/// <param name="Replicate">The replicate number (replicate k draws the same random numbers in every scenario).</param>
public sealed record ReplicateJob<TKey>(TKey Key, Scenario Scenario, int Replicate);
