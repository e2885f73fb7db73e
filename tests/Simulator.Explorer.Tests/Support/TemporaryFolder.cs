namespace Simulator.Explorer.Tests.Support;

/// <summary>A private folder under the system's temp folder, deleted with everything in it when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TemporaryFolder() => Directory.CreateDirectory(Path);

    /// <summary>The folder's path.</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cxsim-explorer-tests-" + Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
