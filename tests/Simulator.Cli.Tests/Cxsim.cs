using Simulator.Cli;

namespace Simulator.Cli.Tests;

/// <summary>Runs cxsim in-process and captures what it prints.</summary>
public static class Cxsim
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static Task<Outcome> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public static async Task<Outcome> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CxsimApp.InvokeAsync(args, output, error, cancellationToken);
        return new Outcome(code, output.ToString(), error.ToString());
    }

    /// <summary>A fresh folder that is deleted with the returned handle.</summary>
    public static TempFolder NewFolder() => new();

    public sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("cxsim-test-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
