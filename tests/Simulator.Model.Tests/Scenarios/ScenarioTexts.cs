namespace Simulator.Model.Tests.Scenarios;

/// <summary>Scenario texts for the loader tests, each field on a known line.</summary>
internal static class ScenarioTexts
{
    /// <summary>
    /// A valid scenario. Lines: 1 {, 2 description, 3 weeks, 4 customers, 5 brands, 6 Focal, 7 Rival,
    /// 9 segments, 10 main, 12 network, 13 market, 14 model, 15 schedule.
    /// </summary>
    public const string Valid = """
        {
          "description": "A test market",
          "weeks": 10,
          "customers": 100,
          "brands": {
            "Focal": { "initialShare": 0.2, "policy": { "serviceEffort": 0.5 } },
            "Rival": { "initialShare": 0.2 }
          },
          "segments": {
            "main": { "share": 1, "traits": { "forgiveness": { "mean": 0.5 } } }
          },
          "network": { "kind": "smallWorld" },
          "market": { "referencePrice": 10 },
          "model": { "trustGain": 0.1 },
          "schedule": [ { "week": 5, "brand": "Focal", "policy": { "price": 12 } } ]
        }
        """;

    /// <summary>The smallest valid scenario: everything optional left out.</summary>
    public const string Minimal = """
        {
          "description": "Minimal",
          "weeks": 1,
          "customers": 1,
          "brands": { "A": {}, "B": {} },
          "segments": { "everyone": { "share": 1 } }
        }
        """;

    /// <summary><see cref="Valid"/> with <paramref name="from"/>, which must occur exactly once, replaced.</summary>
    public static string ValidWith(string from, string to) => Replace(Valid, from, to);

    /// <summary><paramref name="text"/> with <paramref name="from"/>, which must occur exactly once, replaced.</summary>
    public static string Replace(string text, string from, string to)
    {
        var first = text.IndexOf(from, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(from, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{from}' must occur exactly once in the text.", nameof(from));
        }

        return string.Concat(text.AsSpan(0, first), to, text.AsSpan(first + from.Length));
    }
}
