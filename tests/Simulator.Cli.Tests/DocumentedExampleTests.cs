using System.Text.RegularExpressions;
using Simulator.Tests.Shared;
using Xunit;

namespace Simulator.Cli.Tests;

/// <summary>
/// Examples in the README and docs/ that show what a command prints cannot go stale: each one marked
/// <c>&lt;!-- checked: ARGS --&gt;</c> is followed by the command block (which must run <c>cxsim ARGS</c>) and the
/// output block; the test runs the command and finds every part of the shown output (parts separated by
/// "...") in what it prints, whitespace aside.
/// </summary>
public partial class DocumentedExampleTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in DocumentFiles())
        {
            foreach (Match marker in Marker().Matches(File.ReadAllText(file)))
            {
                data.Add(Path.GetRelativePath(Repository.Root, file), marker.Groups["args"].Value.Trim());
            }
        }

        return data;
    }

    [Fact]
    public void At_least_one_example_is_checked() => Assert.NotEmpty(Examples());

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Category", "Slow")]
    public async Task A_documented_example_prints_what_the_document_shows(string file, string args)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, file));
        var at = text.IndexOf($"<!-- checked: {args} -->", StringComparison.Ordinal);
        var blocks = CodeBlock().Matches(text, at).Take(2).Select(m => m.Groups["body"].Value).ToArray();
        Assert.True(blocks.Length == 2, $"{file}: the example '{args}' needs a command block and an output block after its marker.");
        Assert.Contains("-- " + args, blocks[0]);

        var run = await Cxsim.RunAsync(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var printed = Collapse(run.Output);
        var parts = blocks[1].Split("...").Select(Collapse).Where(p => p.Length > 0).ToArray();
        Assert.True(parts.Length > 0, $"{file}: the output block of '{args}' shows nothing to check.");
        foreach (var part in parts)
        {
            Assert.True(printed.Contains(part, StringComparison.Ordinal), $"{file}: 'cxsim {args}' no longer prints \"{part}\". It printed:\n{run.Output}");
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static IEnumerable<string> DocumentFiles() =>
        [Path.Combine(Repository.Root, "README.md"), .. Directory.GetFiles(Path.Combine(Repository.Root, "docs"), "*.md").Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"<!-- checked: (?<args>[^>]+?) -->")]
    private static partial Regex Marker();

    [GeneratedRegex(@"```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
