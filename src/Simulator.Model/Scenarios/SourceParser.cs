using System.Text;
using System.Text.Json;

namespace Simulator.Model.Scenarios;

/// <summary>
/// Reads JSON text into <see cref="SourceNode"/>s that remember the file and line of every value.
/// System.Text.Json's documents keep no positions, so this tokenises with <see cref="Utf8JsonReader"/>
/// and counts the line feeds before each token.
/// </summary>
public sealed class SourceParser
{
    private readonly byte[] _bytes;
    private readonly string _file;
    private readonly List<ScenarioError> _errors;
    private string _path = JsonPathText.Root;
    private int _countedUpTo;
    private int _line = 1;

    private SourceParser(byte[] bytes, string file, List<ScenarioError> errors)
    {
        _bytes = bytes;
        _file = file;
        _errors = errors;
    }

    /// <summary>
    /// Parses <paramref name="text"/>, the contents of <paramref name="file"/>. Returns the root object, or
    /// null when the text is not valid JSON or not an object; problems are added to <paramref name="errors"/>.
    /// </summary>
    public static SourceObject? Parse(string text, string file, List<ScenarioError> errors)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var parser = new SourceParser(Encoding.UTF8.GetBytes(text), file, errors);
        return parser.ParseDocument();
    }

    private SourceObject? ParseDocument()
    {
        var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });

        try
        {
            reader.Read();
            var root = ParseValue(ref reader);

            // Reading past the root makes the reader reject anything that follows it.
            _path = JsonPathText.Root;
            reader.Read();

            if (root is SourceObject rootObject)
            {
                return rootObject;
            }

            _errors.Add(new ScenarioError(
                _file, JsonPathText.Root, root.Location.Line,
                "expected an object, got " + root.Describe(), "an object with the scenario's fields"));
            return null;
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } zeroBased ? (int)zeroBased + 1 : _line;
            _errors.Add(new ScenarioError(_file, _path, line, "invalid JSON: " + CleanMessage(exception.Message), null));
            return null;
        }
    }

    private SourceNode ParseValue(ref Utf8JsonReader reader)
    {
        var location = new SourceLocation(_file, LineAt(reader.TokenStartIndex));
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ParseObject(ref reader, location);
            case JsonTokenType.StartArray:
                return ParseArray(ref reader, location);
            case JsonTokenType.String:
                return new SourceValue(location, JsonValueKind.String, reader.GetString());
            case JsonTokenType.Number:
                return new SourceValue(location, JsonValueKind.Number, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new SourceValue(location, JsonValueKind.True, null);
            case JsonTokenType.False:
                return new SourceValue(location, JsonValueKind.False, null);
            case JsonTokenType.Null:
                return new SourceValue(location, JsonValueKind.Null, null);
            default:
                throw new JsonException("unexpected token " + reader.TokenType.ToString() + ".", null, location.Line - 1, null);
        }
    }

    private SourceObject ParseObject(ref Utf8JsonReader reader, SourceLocation location)
    {
        var objectPath = _path;
        var properties = new List<SourceProperty>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? string.Empty;
            var nameLocation = new SourceLocation(_file, LineAt(reader.TokenStartIndex));
            var path = JsonPathText.Child(objectPath, name);
            _path = path;
            reader.Read();
            var value = ParseValue(ref reader);
            _path = objectPath;

            if (properties.Exists(p => string.Equals(p.Name, name, StringComparison.Ordinal)))
            {
                _errors.Add(new ScenarioError(
                    _file, path, nameLocation.Line,
                    "duplicate field " + SourceValue.Quote(name) + "; each field may appear only once", null));
                continue;
            }

            properties.Add(new SourceProperty(name, nameLocation, value));
        }

        return new SourceObject(location, properties);
    }

    private SourceArray ParseArray(ref Utf8JsonReader reader, SourceLocation location)
    {
        var arrayPath = _path;
        var items = new List<SourceNode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            _path = JsonPathText.Element(arrayPath, items.Count);
            items.Add(ParseValue(ref reader));
            _path = arrayPath;
        }

        return new SourceArray(location, items);
    }

    /// <summary>The 1-based line of byte <paramref name="index"/>; indices must not decrease between calls.</summary>
    private int LineAt(long index)
    {
        var end = (int)Math.Min(index, _bytes.Length);
        for (; _countedUpTo < end; _countedUpTo++)
        {
            if (_bytes[_countedUpTo] == (byte)'\n')
            {
                _line++;
            }
        }

        return _line;
    }

    /// <summary>
    /// Makes the reader's message fit one line of a user-facing report: drops the
    /// " LineNumber: ... | BytePositionInLine: ..." suffix (the line is reported separately) and the
    /// remarks about reader options, and escapes line breaks quoted from the text.
    /// </summary>
    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut >= 0 ? message[..cut] : message;
        text = text
            .Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal)
            .Replace("which is not supported in this mode", "which JSON does not allow", StringComparison.Ordinal)
            .Replace("are not allowed by default", "are not allowed", StringComparison.Ordinal)
            .Replace(", when isFinalBlock is true", string.Empty, StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\t", "\\t", StringComparison.Ordinal)
            .Trim();
        if (text.StartsWith("'/'", StringComparison.Ordinal))
        {
            text += " Comments are not allowed in JSON.";
        }

        return text.Length > 0 ? text : "the text is not valid JSON.";
    }
}
