using System.Runtime;
using System.Runtime.InteropServices;

namespace Simulator.Cli.Benchmarks;

/// <summary>A description of the machine a benchmark ran on, for its report.</summary>
/// <param name="Processor">CPU model.</param>
/// <param name="Cores">Logical cores.</param>
/// <param name="MemoryBytes">Memory available to the process.</param>
/// <param name="OperatingSystem">OS description.</param>
/// <param name="Runtime">.NET runtime description.</param>
/// <param name="GarbageCollector">GC mode.</param>
public sealed record MachineInfo(string Processor, int Cores, long MemoryBytes, string OperatingSystem, string Runtime, string GarbageCollector)
{
    /// <summary>This machine.</summary>
    public static MachineInfo Current() => new(
        ProcessorName(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? ", non-concurrent" : ", concurrent"));

    private static string ProcessorName()
    {
        try
        {
            var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
