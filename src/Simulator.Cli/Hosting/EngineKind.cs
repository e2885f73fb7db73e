namespace Simulator.Cli.Hosting;

/// <summary>The engines a command can run on. Their command-line names come from <see cref="EngineKinds"/>.</summary>
public enum EngineKind
{
    /// <summary>Customer grains on an Orleans silo (embedded, or a cluster's).</summary>
    Orleans,

    /// <summary>The in-process reference engine (arrays of customers, one replicate per core).</summary>
    Reference,
}
