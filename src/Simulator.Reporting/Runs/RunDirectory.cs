using System.Globalization;
using System.Text;

namespace Simulator.Reporting.Runs;

/// <summary>
/// Where runs go: <c>&lt;results root&gt;/&lt;scenario&gt;/&lt;run id&gt;/</c>, with <c>-2</c>, <c>-3</c>... added
/// to the run id when that directory is taken, so that a run never overwrites another.
/// </summary>
public static class RunDirectory
{
    /// <summary>The most suffixes tried before giving up.</summary>
    public const int MaxAttempts = 10_000;

    /// <summary>The directory of scenario <paramref name="scenarioName"/> under <paramref name="resultsRoot"/>.</summary>
    public static string ScenarioDirectory(string resultsRoot, string scenarioName)
    {
        ArgumentNullException.ThrowIfNull(resultsRoot);
        return Path.Combine(resultsRoot, SafeName(scenarioName));
    }

    /// <summary>The <paramref name="attempt"/>-th candidate name: the run id itself for attempt 1, else "&lt;run id&gt;-&lt;attempt&gt;".</summary>
    public static string Candidate(string runId, int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var safe = SafeName(runId);
        return attempt == 1 ? safe : safe + "-" + attempt.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The first free run directory for <paramref name="runId"/> of scenario <paramref name="scenarioName"/>
    /// (not created; another process may take it before it is used, see <see cref="RunWriter"/>).
    /// </summary>
    public static string Choose(string resultsRoot, string scenarioName, string runId)
    {
        var parent = ScenarioDirectory(resultsRoot, scenarioName);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var path = Path.Combine(parent, Candidate(runId, attempt));
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                return path;
            }
        }

        throw new IOException($"No free run directory for '{runId}' in '{parent}' after {MaxAttempts} attempts.");
    }

    /// <summary>
    /// A name that is safe as one path segment on every platform: characters that are invalid in file
    /// names, path separators, control characters and white space become '_'; leading dots become '_'
    /// (no hidden or relative names); an empty name becomes "run".
    /// </summary>
    public static string SafeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var invalid = new HashSet<char>(Path.GetInvalidFileNameChars()) { '/', '\\', ':', '*', '?', '"', '<', '>', '|' };
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Trim())
        {
            builder.Append(invalid.Contains(c) || char.IsControl(c) || char.IsWhiteSpace(c) ? '_' : c);
        }

        var i = 0;
        while (i < builder.Length && builder[i] == '.')
        {
            builder[i++] = '_';
        }

        return builder.Length == 0 ? "run" : builder.ToString();
    }
}
