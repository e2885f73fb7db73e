using Simulator.Explorer.Hosting;
using Simulator.Explorer.Tests.Support;
using Xunit;

namespace Simulator.Explorer.Tests.Hosting;

public class ExplorerOptionsTests
{
    private static ExplorerOptions Valid(string host = ExplorerOptions.DefaultHost, bool isPublic = false) =>
        new() { Host = host, Public = isPublic, ScenariosDirectory = ExplorerFixture.ScenariosDirectory };

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("localhost")]
    [InlineData("127.0.0.2")]
    public void Loopback_addresses_are_allowed(string host) => Assert.Empty(ExplorerOptionsValidator.Problems(Valid(host)));

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.168.1.10")]
    public void Other_addresses_are_refused_unless_public(string host)
    {
        var problem = Assert.Single(ExplorerOptionsValidator.Problems(Valid(host)));
        Assert.Equal($"Refusing to listen on {host}: it is not a loopback address, so anyone who can reach this machine could run simulations. Use 127.0.0.1, ::1 or localhost, or pass --public to allow it.", problem);
        Assert.Empty(ExplorerOptionsValidator.Problems(Valid(host, isPublic: true)));
    }

    [Fact]
    public void Host_names_other_than_localhost_are_refused()
    {
        var problem = Assert.Single(ExplorerOptionsValidator.Problems(Valid("example.com", isPublic: true)));
        Assert.StartsWith("Host 'example.com' is not an IP address; allowed: localhost", problem);
    }

    [Fact]
    public void Bounds_and_folders_are_checked()
    {
        var options = Valid();
        options.Port = 70000;
        options.Customers = 50_000;
        options.MaxWeeks = 0;
        options.MaxSessions = 0;
        options.MaxReplicates = 0;
        options.ScenariosDirectory = "/no/such/folder";
        options.LessonsDirectory = "/no/such/lessons";

        Assert.Equal(
        [
            "Port 70000 is out of range; allowed: 0 (any free port) to 65535.",
            "The scenario folder '/no/such/folder' does not exist.",
            "Customers 50000 is out of range; allowed: 1 to MaxCustomers (20000).",
            "MaxWeeks 0 is out of range; allowed: 1 to 5200.",
            "MaxSessions 0 must be at least 1.",
            "MaxReplicates 0 is out of range; allowed: 1 to 100.",
            "The lessons folder '/no/such/lessons' does not exist.",
        ], ExplorerOptionsValidator.Problems(options));
    }

    [Fact]
    public async Task The_host_refuses_invalid_options_before_listening()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => ExplorerHost.StartAsync(Valid("0.0.0.0"), verbose: false));
        Assert.Contains("pass --public", e.Message);
    }

    [Fact]
    public async Task A_broken_lesson_stops_the_start_with_every_problem_before_anything_listens()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(Path.Combine(folder.Path, "bad.json"), "{ \"title\": 3 }");
        var options = Valid();
        options.Port = 0;
        options.LessonsDirectory = folder.Path;

        var e = await Assert.ThrowsAsync<Simulator.Explorer.Lessons.LessonException>(() => ExplorerHost.StartAsync(options, verbose: false));
        Assert.Contains(Path.Combine(folder.Path, "bad.json") + ":1: $.title: must be a non-empty string; got a number 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.scenario: is missing", e.Message, StringComparison.Ordinal);
    }
}
