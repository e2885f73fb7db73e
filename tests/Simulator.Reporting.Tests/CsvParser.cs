namespace Simulator.Reporting.Tests;

/// <summary>A small RFC 4180 reader for checking what the writers produce.</summary>
public static class CsvParser
{
    public static List<List<string>> Parse(string text) => Simulator.Reporting.Csv.CsvReader.Parse(text);
}
