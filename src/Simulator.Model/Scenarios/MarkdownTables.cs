namespace Simulator.Model.Scenarios;

/// <summary>
/// Generated tables inside hand-written Markdown: each sits between <c>&lt;!-- table: NAME --&gt;</c> and
/// <c>&lt;!-- end table --&gt;</c>, and is replaced whole by its current text, the prose around it kept.
/// </summary>
public static class MarkdownTables
{
    /// <summary>The marker that closes a table.</summary>
    public const string End = "<!-- end table -->";

    /// <summary>The marker that opens table <paramref name="name"/>.</summary>
    public static string Start(string name) => $"<!-- table: {name} -->";

    /// <summary><paramref name="document"/> with each of <paramref name="tables"/> (by name) replaced by its text.</summary>
    /// <exception cref="InvalidDataException">A table's markers are missing.</exception>
    public static string Update(string document, IReadOnlyDictionary<string, string> tables)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var (name, table) in tables)
        {
            var start = document.IndexOf(Start(name), StringComparison.Ordinal);
            var end = start < 0 ? -1 : document.IndexOf(End, start, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new InvalidDataException($"the document has no '{Start(name)}' ... '{End}' section for the {name} table.");
            }

            var body = start + Start(name).Length;
            document = document[..body] + "\n" + table + document[end..];
        }

        return document;
    }
}
