namespace Simulator.Cli.Hosting;

/// <summary>The cluster asked for cannot be reached; the message says why and what to do.</summary>
public sealed class ClusterUnavailableException(string message) : Exception(message);
