using Spectre.Console;

namespace Simulator.Cli;

/// <summary>Where a command writes: a console for results and progress, a writer for errors.</summary>
/// <param name="Console">Standard output, with Spectre's rendering.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliContext(IAnsiConsole Console, TextWriter Error)
{
    /// <summary>Reports a problem with the input on standard error.</summary>
    public int InvalidInput(string message)
    {
        Error.WriteLine("error: " + message);
        return ExitCodes.InvalidInput;
    }
}
