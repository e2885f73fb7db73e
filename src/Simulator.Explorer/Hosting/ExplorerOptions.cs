namespace Simulator.Explorer.Hosting;

/// <summary>Where the explorer listens and how large the runs it accepts may be.</summary>
public sealed class ExplorerOptions
{
    /// <summary>Listens on the loopback interface only unless told otherwise.</summary>
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The default port.</summary>
    public const int DefaultPort = 5080;

    /// <summary>Customers of a new session unless the page asks for another number.</summary>
    public const int DefaultCustomers = 2_000;

    /// <summary>The most customers a session may have: a run stays interactive on a laptop.</summary>
    public const int DefaultMaxCustomers = 20_000;

    /// <summary>The longest run a session may ask for (ten years).</summary>
    public const int DefaultMaxWeeks = 520;

    /// <summary>Sessions kept at once; the least recently used one is ended to make room.</summary>
    public const int DefaultMaxSessions = 8;

    /// <summary>Pause between weeks of a running session, so the charts can be watched.</summary>
    public const int DefaultPaceMilliseconds = 100;

    /// <summary>The most replicates per arm a session may run (each replicate is a full run on the cluster).</summary>
    public const int DefaultMaxReplicates = 10;

    /// <summary>The slowest pace allowed.</summary>
    public const int MaxPaceMilliseconds = 2_000;

    /// <summary>Address to listen on: a loopback address or "localhost" unless <see cref="Public"/>.</summary>
    public string Host { get; set; } = DefaultHost;

    /// <summary>Port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; } = DefaultPort;

    /// <summary>Allows listening on a non-loopback address (anyone who can reach it can run simulations).</summary>
    public bool Public { get; set; }

    /// <summary>Folder of the scenario catalogue; sessions may only use scenarios found there.</summary>
    public string ScenariosDirectory { get; set; } = "";

    /// <summary>Folder of the lessons (<c>*.json</c>); none when empty.</summary>
    public string LessonsDirectory { get; set; } = "";

    /// <summary>The most replicates per arm a session may run.</summary>
    public int MaxReplicates { get; set; } = DefaultMaxReplicates;

    /// <summary>Customers of a new session by default.</summary>
    public int Customers { get; set; } = DefaultCustomers;

    /// <summary>The most customers a session may have.</summary>
    public int MaxCustomers { get; set; } = DefaultMaxCustomers;

    /// <summary>The most weeks a session may run.</summary>
    public int MaxWeeks { get; set; } = DefaultMaxWeeks;

    /// <summary>Sessions kept at once.</summary>
    public int MaxSessions { get; set; } = DefaultMaxSessions;
}
