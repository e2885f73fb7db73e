namespace Simulator.Experiments.Data;

/// <summary>One record of a CSV file: its fields and the line it starts on.</summary>
/// <param name="Line">The 1-based line of the file the record starts on.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Complete">False for a last record without a line end (a file cut short while it was written).</param>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, bool Complete)
{
    /// <summary>Whether the record is an empty line.</summary>
    public bool IsBlank => Fields.Count == 0 || (Fields.Count == 1 && Fields[0].Length == 0);
}
