using System.Globalization;
using Simulator.Cli.Hosting;

namespace Simulator.Cli.Benchmarks;

/// <summary>
/// Estimates the memory a run needs before any grain is activated, and refuses runs that will not
/// fit, rather than letting the machine swap or the process die half-way.
/// </summary>
public static class MemoryGuard
{
    /// <summary>Fixed cost of a process with an embedded silo, in bytes (measured: about 150 MB, with margin).</summary>
    public const long SiloBaseBytes = 400L * 1024 * 1024;

    /// <summary>Bytes per customer grain: Orleans activation, grain, state and shard share (measured, with margin; see results/benchmarks).</summary>
    public const long BytesPerCustomerGrain = 3_500;

    /// <summary>Bytes per customer in the reference engine (state, inbox share, with margin).</summary>
    public const long BytesPerReferenceCustomer = 200;

    /// <summary>Share of the available memory a run may plan to use.</summary>
    public const double UsableShare = 0.85;

    /// <summary>The memory a run of <paramref name="customers"/> on <paramref name="engine"/> needs, in bytes.</summary>
    public static long Estimate(EngineKind engine, long customers) => engine == EngineKind.Reference
        ? 150L * 1024 * 1024 + customers * BytesPerReferenceCustomer
        : SiloBaseBytes + customers * BytesPerCustomerGrain;

    /// <summary>Memory this process may use: the runtime's view, which honours container limits.</summary>
    public static long Available() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>Null when the run fits, else a message saying what it needs, what there is and what to do.</summary>
    public static string? Check(EngineKind engine, long customers, long available)
    {
        var needed = Estimate(engine, customers);
        if (needed <= available * UsableShare)
        {
            return null;
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"a {customers:N0}-customer run on the {EngineKinds.Name(engine)} engine needs about {Gigabytes(needed)} of memory; this machine has {Gigabytes(available)} ({UsableShare:P0} usable). "
            + $"Use fewer customers{(engine == EngineKind.Reference ? "" : ", the reference engine (about 200 bytes a customer)")}, or --allow-large to try anyway.");
    }

    private static string Gigabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.0} GB");
}
