namespace Simulator.Tests.Shared;

/// <summary>The repository the tests run in: the folder holding Simulator.sln, found by walking up from the test binaries.</summary>
public static class Repository
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Simulator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Simulator.sln not found above " + AppContext.BaseDirectory);
    }
}
