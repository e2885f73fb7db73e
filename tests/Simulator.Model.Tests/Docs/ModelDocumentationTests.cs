using Simulator.Model.Tests.Support;
using System.Globalization;
using System.Text.RegularExpressions;
using Simulator.Model.Brands;
using Simulator.Model.Parameters;
using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Model.Tests.Docs;

/// <summary>
/// Keeps docs/model.md in step with the parameter registries: every lever, model constant, market
/// constant and segment setting must appear in a table row of the document together with its
/// default, written with the invariant culture.
/// </summary>
public class ModelDocumentationTests
{
    private static readonly Lazy<IReadOnlyList<string[]>> TableRows = new(() => ReadTableRows(DocumentPath()));

    public static TheoryData<string, string> Parameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var (registry, specs) in Registries())
        {
            foreach (var spec in specs)
            {
                data.Add(registry, spec.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Parameters))]
    public void Every_parameter_appears_in_a_table_row_of_the_model_document_with_its_default(string registry, string name)
    {
        var spec = Registries().Single(r => r.Registry == registry).Specs.Single(s => s.Name == name);
        var expectedDefault = spec.Default.ToString(CultureInfo.InvariantCulture);

        var rowsNamingIt = TableRows.Value.Where(cells => cells.Any(cell => cell == "`" + name + "`")).ToList();

        Assert.True(rowsNamingIt.Count > 0,
            $"docs/model.md has no table row naming the {registry} parameter `{name}`; add a row with `{name}` and its default {expectedDefault}.");
        Assert.True(rowsNamingIt.Any(cells => cells.Any(cell => IsValue(cell, expectedDefault))),
            $"docs/model.md names the {registry} parameter `{name}` in a table, but no such row gives its default {expectedDefault} as a cell of its own.");
    }

    [Fact]
    public void Every_default_trait_spread_appears_in_the_model_document()
    {
        var missing = new List<string>();
        for (var i = 0; i < TraitDistribution.TraitNames.Count; i++)
        {
            var name = TraitDistribution.TraitNames[i];
            var mean = SegmentSpec.DefaultTraits[i].Mean.ToString(CultureInfo.InvariantCulture);
            var spread = SegmentSpec.DefaultTraits[i].Spread.ToString(CultureInfo.InvariantCulture);
            var documented = TableRows.Value.Any(cells =>
                cells.Length >= 3 && cells[0] == "`" + name + "`" && IsValue(cells[1], mean) && IsValue(cells[2], spread));
            if (!documented)
            {
                missing.Add($"`{name}` (mean {mean}, spread {spread})");
            }
        }

        Assert.True(missing.Count == 0, "docs/model.md lacks a trait row (name | mean | spread) for: " + string.Join(", ", missing));
    }

    private static IEnumerable<(string Registry, IReadOnlyList<ParameterSpec> Specs)> Registries() =>
    [
        ("policy lever", PolicyLevers.All),
        ("model", ModelParameters.Specs),
        ("market", MarketParameters.Specs),
        ("segment", SegmentSpec.Specs),
    ];

    private static bool IsValue(string cell, string value) => cell == value || cell == "`" + value + "`";

    /// <summary>The cells (trimmed) of every Markdown table row in the document, header and separator rows included.</summary>
    private static IReadOnlyList<string[]> ReadTableRows(string path) =>
        File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|'))
            .Select(line => Regex.Split(line.Trim('|'), @"(?<!\\)\|").Select(cell => cell.Trim()).ToArray())
            .ToList();

    /// <summary>docs/model.md in the folder holding Simulator.sln, found by walking up from the test binaries.</summary>
    internal static string DocumentPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Simulator.sln")))
            {
                var path = Path.Combine(directory.FullName, "docs", "model.md");
                Assert.True(File.Exists(path), $"The model document is missing: expected it at {path}.");
                return path;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} contains Simulator.sln.");
    }
}

public class GeneratedTablesTests
{
    [Fact]
    public void The_parameter_tables_of_the_model_document_are_the_ones_generated_from_the_declarations()
    {
        GeneratedDocument.CheckOrUpdate(ModelDocumentationTests.DocumentPath(), ScenarioTables.Update,
            "docs/model.md's parameter tables differ from the declarations (ScenarioFields and the parameter registries)", nameof(GeneratedTablesTests));
    }
}
