using Simulator.Experiments.Data;

namespace Simulator.Reporting.Tests;

/// <summary>Reads what the writers wrote back into records, with the readers' own parser.</summary>
public static class CsvParser
{
    public static List<List<string>> Parse(string text) => [.. CsvRecords.Read(text).Select(r => r.Fields.ToList())];
}
