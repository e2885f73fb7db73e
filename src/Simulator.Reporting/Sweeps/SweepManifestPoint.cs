namespace Simulator.Reporting.Sweeps;

/// <summary>A design point as recorded in sweep.json.</summary>
/// <param name="Point">The point's id.</param>
/// <param name="Key">Its canonical key, <c>path=value;path=value</c>.</param>
public sealed record SweepManifestPoint(int Point, string Key);
