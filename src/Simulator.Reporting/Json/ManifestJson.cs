using System.Text.Json;

namespace Simulator.Reporting.Json;

/// <summary>Reads the JSON description a resumable analysis keeps beside its runs (sweep.json, sensitivity.json).</summary>
public static class ManifestJson
{
    /// <summary>
    /// The description in <paramref name="json"/>: <paramref name="complete"/> says whether every required
    /// field is there, <paramref name="format"/> reads its format version, which must be <paramref name="currentFormat"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not such a description, lacks a field, or has another format; the message names <paramref name="fileName"/>.</exception>
    public static T Parse<T>(string json, string fileName, string what, Func<T, bool> complete, Func<T, int> format, int currentFormat)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(complete);
        ArgumentNullException.ThrowIfNull(format);
        T? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<T>(json, SummaryJsonWriter.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{fileName} is not {what}: {e.Message}", e);
        }

        if (manifest is null || !complete(manifest))
        {
            throw new InvalidDataException($"{fileName} is not {what}.");
        }

        return format(manifest) == currentFormat
            ? manifest
            : throw new InvalidDataException(FormattableString.Invariant($"{fileName} has format {format(manifest)}; this version reads format {currentFormat}."));
    }
}
