using System.Text;
using Simulator.Grains.Engine;
using Simulator.Grains.Tests.Support;
using Simulator.Model.Engine;
using Simulator.Reporting.Csv;
using Simulator.Tests.Shared;
using Xunit;

namespace Simulator.Grains.Tests.Engine;

/// <summary>
/// Golden files guard refactors: every shipped scenario at 1,000 customers and 20 weeks after a
/// 20-week burn-in (replicate 0, the scenario's own seed) must give, from both engines, exactly the
/// bytes committed under <c>tests/golden/</c>. They change only deliberately: run this class with
/// <c>UPDATE_GOLDEN=1</c> to rewrite them from the reference engine (that run only writes), and say in the commit what moved and why.
/// </summary>
[Collection(ClusterCollection.Name)]
public class GoldenFileTests(ClusterFixture fixture)
{
    public const int Customers = 1000;
    public const int Weeks = 20;
    public const int BurnInWeeks = 20;

    private static readonly (string Name, Func<SimulationResult, string> Write)[] Files =
    [
        ("metrics.csv", MetricsCsvWriter.ToText),
        ("touchpoints.csv", TouchpointsCsvWriter.ToText),
        ("cohorts.csv", CohortsCsvWriter.ToText),
        ("responses.csv", ResponsesCsvWriter.ToText),
    ];

    public static TheoryData<string> ShippedScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), "*.json").Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(".schema.json", StringComparison.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    [Trait("Category", "Slow")]
    public async Task Both_engines_reproduce_the_golden_files(string name)
    {
        var scenario = Support.Scenarios.Load(name).WithRun(customers: Customers, weeks: Weeks, replicates: 1, burnInWeeks: BurnInWeeks);

        var reference = new ReferenceEngine().Run(scenario);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var folder = Path.Combine(Repository.Root, "tests", "golden", name);
            Directory.CreateDirectory(folder);
            foreach (var (file, write) in Files)
            {
                File.WriteAllText(Path.Combine(folder, file), write(reference));
            }

            return;
        }

        var orleans = await new OrleansEngine(fixture.Client).RunAsync(scenario);
        foreach (var (file, write) in Files)
        {
            var golden = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "golden", name, file));
            Assert.True(golden.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(write(reference))), $"reference engine: {name}/{file} differs from tests/golden/{name}/{file}");
            Assert.True(golden.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(write(orleans))), $"orleans engine: {name}/{file} differs from tests/golden/{name}/{file}");
        }
    }
}
