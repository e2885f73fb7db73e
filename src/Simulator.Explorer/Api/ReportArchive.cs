using System.IO.Compression;
using Simulator.Model.Engine;
using Simulator.Reporting.Runs;

namespace Simulator.Explorer.Api;

/// <summary>A session's run as a zip of the same folder <c>cxsim run</c> writes: CSV files, summary, charts and report.</summary>
public static class ReportArchive
{
    /// <summary>Writes the run folder in a private temporary place, zips it, and removes the folder.</summary>
    public static byte[] Create(SimulationResult result, DateTimeOffset started, DateTimeOffset finished, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), "cxsim-explorer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var info = new RunInfo(RunInfo.CreateRunId(started, result.Scenario.Seed), "orleans", started, finished);
            var folder = RunWriter.Write(result, info, root, cancellationToken);
            using var zip = new MemoryStream();
            ZipFile.CreateFromDirectory(folder, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
            return zip.ToArray();
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
