using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Json;

namespace Simulator.Reporting.Sweeps;

/// <summary>
/// A fingerprint of a scenario's settings: SHA-256 of its resolved settings as summary.json writes them,
/// without the run settings (population, weeks, burn-in, seed, replicates), the description and the file
/// path, which are recorded or compared on their own. Equal fingerprints: the same market, brands,
/// segments, policies, schedule and constants.
/// </summary>
public static class ScenarioFingerprint
{
    /// <summary>The fingerprint of <paramref name="scenario"/>, as lower-case hex.</summary>
    public static string Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var settings = SummaryJsonWriter.Describe(scenario) with
        {
            Description = string.Empty,
            SourceFile = null,
            Weeks = 0,
            BurnInWeeks = 0,
            Customers = 0,
            Seed = 0,
            Replicates = 0,
        };
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(settings, SummaryJsonWriter.Options));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
