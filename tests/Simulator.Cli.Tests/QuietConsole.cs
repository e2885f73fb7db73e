using Simulator.Cli;
using Spectre.Console;

namespace Simulator.Cli.Tests;

/// <summary>A command context writing plain text (no colour, no live display) into a writer, for commands called in-process.</summary>
public static class QuietConsole
{
    /// <summary>The context: output into <paramref name="output"/>, errors dropped.</summary>
    public static CliContext Context(TextWriter output) => new(
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        }),
        TextWriter.Null);
}
