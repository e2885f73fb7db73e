using System.Net;
using Simulator.Model.Scenarios;

namespace Simulator.Explorer.Hosting;

/// <summary>Checks <see cref="ExplorerOptions"/> before anything listens.</summary>
public static class ExplorerOptionsValidator
{
    /// <summary>Every problem with <paramref name="options"/>, each a sentence naming the setting and what is allowed.</summary>
    public static IReadOnlyList<string> Problems(ExplorerOptions options)
    {
        var problems = new List<string>();
        if (!string.Equals(options.Host, "localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(options.Host, out _))
        {
            problems.Add($"Host '{options.Host}' is not an IP address; allowed: localhost, an IPv4 or IPv6 address (0.0.0.0 or :: for every interface, with --public).");
        }
        else if (!IsLoopback(options.Host) && !options.Public)
        {
            problems.Add($"Refusing to listen on {options.Host}: it is not a loopback address, so anyone who can reach this machine could run simulations. Use 127.0.0.1, ::1 or localhost, or pass --public to allow it.");
        }

        if (options.Port is < 0 or > 65535)
        {
            problems.Add($"Port {options.Port} is out of range; allowed: 0 (any free port) to 65535.");
        }

        if (string.IsNullOrEmpty(options.ScenariosDirectory) || !Directory.Exists(options.ScenariosDirectory))
        {
            problems.Add($"The scenario folder '{options.ScenariosDirectory}' does not exist.");
        }

        if (options.MaxCustomers is < 1 or > Scenario.MaxCustomers)
        {
            problems.Add($"MaxCustomers {options.MaxCustomers} is out of range; allowed: 1 to {Scenario.MaxCustomers}.");
        }

        if (options.Customers < 1 || options.Customers > options.MaxCustomers)
        {
            problems.Add($"Customers {options.Customers} is out of range; allowed: 1 to MaxCustomers ({options.MaxCustomers}).");
        }

        if (options.MaxWeeks is < 1 or > Scenario.MaxWeeks)
        {
            problems.Add($"MaxWeeks {options.MaxWeeks} is out of range; allowed: 1 to {Scenario.MaxWeeks}.");
        }

        if (options.MaxSessions < 1)
        {
            problems.Add($"MaxSessions {options.MaxSessions} must be at least 1.");
        }

        if (options.MaxReplicates < 1 || options.MaxReplicates > MaxReplicatesAllowed)
        {
            problems.Add($"MaxReplicates {options.MaxReplicates} is out of range; allowed: 1 to {MaxReplicatesAllowed}.");
        }

        if (!string.IsNullOrEmpty(options.LessonsDirectory) && !Directory.Exists(options.LessonsDirectory))
        {
            problems.Add($"The lessons folder '{options.LessonsDirectory}' does not exist.");
        }

        return problems;
    }

    /// <summary>The most replicates per arm the options may allow.</summary>
    public const int MaxReplicatesAllowed = 100;

    /// <summary>The address to bind for <paramref name="host"/> (which <see cref="Problems"/> accepted).</summary>
    public static IPAddress AddressOf(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback : IPAddress.Parse(host);

    /// <summary>Whether <paramref name="host"/> names this machine's loopback interface only.</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
