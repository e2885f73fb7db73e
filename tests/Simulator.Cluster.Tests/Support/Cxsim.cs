using Simulator.Cli;

namespace Simulator.Cluster.Tests.Support;

/// <summary>Runs cxsim in this process (the client side of a cluster run) and captures what it prints.</summary>
public static class Cxsim
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static async Task<Outcome> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CxsimApp.InvokeAsync(args, output, error);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    /// <summary>The one run folder under <paramref name="root"/>/<paramref name="scenario"/>.</summary>
    public static string RunFolder(string root, string scenario) => Directory.GetDirectories(Path.Combine(root, scenario)).Single();
}
