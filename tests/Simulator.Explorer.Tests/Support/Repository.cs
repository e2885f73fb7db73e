namespace Simulator.Explorer.Tests.Support;

/// <summary>The repository the tests were built from.</summary>
public static class Repository
{
    /// <summary>The folder holding Simulator.sln, above the test assembly.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Simulator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above the test assembly.");
    }
}
