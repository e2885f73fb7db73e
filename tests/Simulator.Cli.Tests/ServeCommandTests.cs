using System.Net.Sockets;
using Xunit;

namespace Simulator.Cli.Tests;

public class ServeCommandTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.0.7")]
    public async Task Serve_refuses_a_non_loopback_address_without_public(string host)
    {
        var outcome = await Cxsim.RunAsync("serve", "--host", host);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"Refusing to listen on {host}", outcome.Error);
        Assert.Contains("--public", outcome.Error);
    }

    [Fact]
    public async Task Serve_refuses_bounds_it_cannot_keep()
    {
        var outcome = await Cxsim.RunAsync("serve", "--customers", "50000", "--max-customers", "20000");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Customers 50000 is out of range; allowed: 1 to MaxCustomers (20000).", outcome.Error);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Serve_prints_its_address_serves_the_page_and_stops_on_cancel()
    {
        using var stop = new CancellationTokenSource();
        using var output = new WatchedOutput(" in a browser");
        using var error = new StringWriter();
        var serving = CxsimApp.InvokeAsync(["serve", "--port", "0"], output, error, stop.Token);

        // The line that names the address is printed once the server listens; a serve that ends first fails the test.
        var first = await Task.WhenAny(output.Seen, serving).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(first == output.Seen, $"serve ended before printing its address: {error}");
        var text = output.ToString();
        var at = text.IndexOf("open http://", StringComparison.Ordinal);
        var address = at < 0 ? null : text[(at + 5)..].Split(' ')[0];

        Assert.NotNull(address);
        Assert.StartsWith("http://127.0.0.1:", address);
        using var http = new HttpClient();
        Assert.Contains("cxsim explorer", await http.GetStringAsync(address));

        await stop.CancelAsync();
        Assert.Equal(0, await serving);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetStringAsync(address));
    }

    [Fact]
    public async Task Serve_says_so_when_the_port_is_taken()
    {
        using var taken = new TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var outcome = await Cxsim.RunAsync("serve", "--port", port.ToString());

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", outcome.Error);
    }
}
