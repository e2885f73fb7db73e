using Simulator.Experiments.Sweeps;
using Simulator.Reporting.Sweeps;
using Xunit;

namespace Simulator.Reporting.Tests.Sweeps;

public class SweepManifestTests
{
    private static SweepManifest Manifest(string[] vary, int? lhs = null, int customers = 3000, string fingerprint = "abc", string[]? set = null)
    {
        var design = SweepDesign.Create(vary, lhs, 42);
        return new SweepManifest(
            SweepManifest.CurrentFormat, "baseline", "/x/baseline.json", "baseline", fingerprint, set ?? [], vary,
            SweepManifest.DesignName(design), lhs, 42, 2, customers, 104, 104, "reference", "retention104",
            new DateTimeOffset(2026, 11, 25, 7, 15, 0, TimeSpan.Zero), "1.0.0", SweepManifest.PointsOf(design));
    }

    [Fact]
    public void The_manifest_reads_back_as_written()
    {
        var manifest = Manifest(["policy.serviceEffort=0.1:0.9:0.2", "policy.firstContactResolution=0.3,0.9"]);

        var json = manifest.ToJson();
        var back = SweepManifest.Parse(json);

        Assert.Contains("\"vary\": [\n    \"policy.serviceEffort=0.1:0.9:0.2\",", json);
        Assert.Contains("\"key\": \"policy.serviceEffort=0.1;policy.firstContactResolution=0.3\"", json);
        Assert.Equal(json, back.ToJson());
        Assert.Empty(manifest.Differences(back));
    }

    [Fact]
    public void The_same_points_written_differently_are_the_same_sweep()
    {
        Assert.Empty(Manifest(["policy.serviceEffort=0.1:0.9:0.2"]).Differences(Manifest(["policy.serviceEffort=0.1,0.3,0.5,0.7,0.9"])));
    }

    [Fact]
    public void Every_difference_that_changes_the_numbers_is_named_with_its_option()
    {
        var recorded = Manifest(["policy.serviceEffort=0.1:0.9:0.2"]);

        Assert.Equal(
            ["--customers: the sweep has 3000; this command asks for 500."],
            recorded.Differences(Manifest(["policy.serviceEffort=0.1:0.9:0.2"], customers: 500)));
        Assert.Equal(
            ["--vary: the sweep varies --vary policy.serviceEffort=0.1:0.9:0.2; this command asks for --vary policy.serviceEffort=0.1:0.9:0.4."],
            recorded.Differences(Manifest(["policy.serviceEffort=0.1:0.9:0.4"])));
        Assert.Equal(
            ["--lhs: the sweep has none (full factorial); this command asks for 10 points (Latin hypercube)."],
            recorded.Differences(Manifest(["policy.serviceEffort=0.1:0.9:0.2"], lhs: 10)));
        Assert.Equal(
            ["scenario: the settings of 'baseline' have changed since the sweep started."],
            recorded.Differences(Manifest(["policy.serviceEffort=0.1:0.9:0.2"], fingerprint: "def")));
        Assert.Equal(
            ["--set: the sweep has none; this command asks for --set model.trustGain=0.2."],
            recorded.Differences(Manifest(["policy.serviceEffort=0.1:0.9:0.2"], fingerprint: "def", set: ["model.trustGain=0.2"])));
    }

    [Fact]
    public void Engine_and_outcome_may_change_on_resume()
    {
        var recorded = Manifest(["policy.serviceEffort=0.1:0.9:0.2"]);
        Assert.Empty(recorded.Differences(recorded with { Engine = "orleans", Outcome = "nps" }));
    }

    [Theory]
    [InlineData("not json", "sweep.json is not a sweep description: ")]
    [InlineData("{\"format\": 7, \"scenario\": \"b\", \"set\": [], \"vary\": [], \"points\": []}", "sweep.json has format 7; this version reads format 1.")]
    [InlineData("{}", "sweep.json is not a sweep description.")]
    public void A_file_that_is_not_a_manifest_is_refused(string json, string message)
    {
        var e = Assert.Throws<InvalidDataException>(() => SweepManifest.Parse(json));
        Assert.StartsWith(message, e.Message);
    }
}
