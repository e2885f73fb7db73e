using System.Text.Json;

namespace Simulator.Model.Scenarios;

/// <summary>
/// Loads scenario files: resolves <c>extends</c> (recursively, deep-merging each file over its base),
/// validates every field against the parameter registries and builds a <see cref="Scenario"/>.
/// Problems never surface as stack traces: loading throws a <see cref="ScenarioException"/> that lists
/// every problem found with its file, line, JSON path and the allowed values.
/// </summary>
public sealed class ScenarioLoader
{
    /// <summary>The deepest chain of <c>extends</c> followed before giving up.</summary>
    public const int MaxExtendsDepth = 32;

    private readonly Func<string, string?> _readFile;
    private readonly Func<string, string, string> _resolvePath;

    /// <summary>Creates a loader that reads files through <paramref name="readFile"/>.</summary>
    /// <param name="readFile">Returns the text of a file, or null when there is no such file.</param>
    /// <param name="resolvePath">
    /// Given the path of an extending file and its <c>extends</c> value, returns the path of the base file;
    /// <see cref="ResolveRelative"/> when null.
    /// </param>
    public ScenarioLoader(Func<string, string?> readFile, Func<string, string, string>? resolvePath = null)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        _readFile = readFile;
        _resolvePath = resolvePath ?? ResolveRelative;
    }

    /// <summary>A loader that reads from the file system.</summary>
    public static ScenarioLoader FileSystem { get; } = new(ReadFromDisk);

    /// <summary>Loads, resolves and validates the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioException">The file is missing, not valid JSON, or not a valid scenario.</exception>
    public static Scenario Load(string path) => FileSystem.LoadFile(path);

    /// <summary>
    /// Parses and validates one scenario text; <paramref name="fileName"/> names it in errors and gives the
    /// default name. No other file is read: an <c>extends</c> reports its base as not found.
    /// </summary>
    /// <exception cref="ScenarioException">The text is not valid JSON or not a valid scenario.</exception>
    public static Scenario Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(fileName);
        return new ScenarioLoader(path => string.Equals(path, fileName, StringComparison.Ordinal) ? json : null).LoadFile(fileName);
    }

    /// <summary>Loads, resolves and validates the scenario file at <paramref name="path"/> through this loader's reader.</summary>
    /// <exception cref="ScenarioException">The file is missing, not valid JSON, or not a valid scenario.</exception>
    public Scenario LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<ScenarioError>();
        var files = new List<string>();
        var root = Resolve(path, [], null, errors, files);
        Scenario? scenario = null;
        if (root is not null)
        {
            scenario = new ScenarioReader(errors).Read(root, DefaultName(path), path);
        }

        ThrowIfAny(errors, files);
        return scenario ?? throw new InvalidOperationException("A scenario failed to load without an error.");
    }

    /// <summary>
    /// Reads only the name and description of the scenario at <paramref name="path"/>, after resolving
    /// <c>extends</c>; the other fields are not validated.
    /// </summary>
    /// <exception cref="ScenarioException">The file or a base is missing or not valid JSON, or the description is missing.</exception>
    public ScenarioInfo ReadInfo(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<ScenarioError>();
        var files = new List<string>();
        var root = Resolve(path, [], null, errors, files);
        var (name, description) = root is null ? (string.Empty, string.Empty) : new ScenarioReader(errors).ReadHeader(root, DefaultName(path));
        ThrowIfAny(errors, files);
        return new ScenarioInfo(name, description, path);
    }

    /// <summary>
    /// The default path resolution: <paramref name="extendsValue"/> relative to the directory of
    /// <paramref name="extendingFile"/> (or as is when rooted), with "." and ".." segments removed.
    /// </summary>
    public static string ResolveRelative(string extendingFile, string extendsValue)
    {
        ArgumentNullException.ThrowIfNull(extendingFile);
        ArgumentNullException.ThrowIfNull(extendsValue);
        if (Path.IsPathRooted(extendsValue))
        {
            return Path.GetFullPath(extendsValue);
        }

        var directory = Path.GetDirectoryName(extendingFile) ?? string.Empty;
        var combined = Path.Combine(directory, extendsValue);
        return Path.IsPathRooted(combined) ? Path.GetFullPath(combined) : NormalizeRelative(combined);
    }

    private static string NormalizeRelative(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return string.Join(Path.DirectorySeparatorChar, segments);
    }

    private static string DefaultName(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>
    /// Reads <paramref name="path"/> and everything it extends, and returns the merged tree without
    /// <c>$schema</c> and <c>extends</c>; null when a file could not be read or parsed.
    /// </summary>
    /// <param name="path">The file to read.</param>
    /// <param name="chain">The files extending it, outermost first.</param>
    /// <param name="extendedFrom">Where the <c>extends</c> naming this file was written; null for the file loaded.</param>
    /// <param name="errors">Receives the problems.</param>
    /// <param name="files">Receives every file read, in order, to sort the errors.</param>
    private SourceObject? Resolve(string path, List<string> chain, SourceLocation? extendedFrom, List<ScenarioError> errors, List<string> files)
    {
        var extendsPath = JsonPathText.Child(JsonPathText.Root, "extends");
        if (extendedFrom is { } from)
        {
            var key = IdentityOf(path);
            if (chain.Exists(file => string.Equals(IdentityOf(file), key, StringComparison.Ordinal)))
            {
                errors.Add(new ScenarioError(from.File, extendsPath, from.Line,
                    "cyclic extends: " + string.Join(" -> ", chain.Append(path)), "a base file that does not extend this one"));
                return null;
            }

            if (chain.Count >= MaxExtendsDepth)
            {
                errors.Add(new ScenarioError(from.File, extendsPath, from.Line,
                    FormattableString.Invariant($"extends goes more than {MaxExtendsDepth} files deep"), null));
                return null;
            }
        }

        if (!files.Contains(path))
        {
            files.Add(path);
        }

        string? text;
        try
        {
            text = _readFile(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var at = extendedFrom ?? new SourceLocation(path, 0);
            errors.Add(new ScenarioError(at.File, extendedFrom is null ? JsonPathText.Root : extendsPath, at.Line,
                "cannot read " + path + ": " + exception.Message, null));
            return null;
        }

        if (text is null)
        {
            errors.Add(extendedFrom is { } missingFrom
                ? new ScenarioError(missingFrom.File, extendsPath, missingFrom.Line, "base file not found: " + path, "a path relative to the extending file's directory")
                : new ScenarioError(path, JsonPathText.Root, 0, "scenario file not found", null));
            return null;
        }

        var root = SourceParser.Parse(text, path, errors);
        if (root is null)
        {
            return null;
        }

        var extendsProperty = root.Find("extends");
        root = root.Without("$schema", "extends");
        if (extendsProperty is null)
        {
            return root;
        }

        if (extendsProperty.Value is not SourceValue { Kind: JsonValueKind.String, Text: { } baseName } || string.IsNullOrWhiteSpace(baseName))
        {
            errors.Add(new ScenarioError(path, extendsPath, extendsProperty.Value.Location.Line,
                "expected a non-empty string, got " + extendsProperty.Value.Describe(), "a path relative to the extending file's directory"));
            return null;
        }

        var basePath = _resolvePath(path, baseName);
        var baseRoot = Resolve(basePath, [.. chain, path], extendsProperty.NameLocation, errors, files);
        return baseRoot is null ? null : SourceObject.Merge(baseRoot.Without("name"), root);
    }

    private static string IdentityOf(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static void ThrowIfAny(List<ScenarioError> errors, List<string> files)
    {
        if (errors.Count == 0)
        {
            return;
        }

        int Rank(ScenarioError error)
        {
            var index = files.IndexOf(error.File);
            return index < 0 ? files.Count : index;
        }

        throw new ScenarioException(errors.OrderBy(Rank).ThenBy(e => e.Line));
    }

    private static string? ReadFromDisk(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
