namespace Simulator.Experiments.Tests.Calibration;

/// <summary>Finds the repository's data/retention/ tables from the test's output folder.</summary>
public static class ShippedTables
{
    public static string PathOf(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data", "retention", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"data/retention/{fileName} not found above {AppContext.BaseDirectory}.");
    }
}
