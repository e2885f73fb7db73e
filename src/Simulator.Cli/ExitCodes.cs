namespace Simulator.Cli;

/// <summary>The exit codes of cxsim.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>Something failed while running.</summary>
    public const int Failure = 1;

    /// <summary>A bad argument or a bad scenario file: nothing was run.</summary>
    public const int InvalidInput = 2;

    /// <summary>Stopped by Ctrl+C: what finished was written, marked incomplete.</summary>
    public const int Interrupted = 130;
}
