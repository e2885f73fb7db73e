namespace Simulator.Cli.Terminal;

/// <summary>
/// Quotes words for a POSIX shell, so that the commands cxsim prints to rerun or resume something can
/// be pasted as they are: a word of letters, digits and <c>-_./:=+@%,</c> stays bare; anything else
/// (spaces, quotes, <c>*</c>, <c>?</c>, <c>$</c>, ...) goes in single quotes.
/// </summary>
public static class ShellQuote
{
    private const string Safe = "-_./:=+@%,";

    /// <summary>One word, quoted if the shell would otherwise split, glob or expand it.</summary>
    public static string Word(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || Safe.Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A command line of <paramref name="words"/>, each quoted as needed.</summary>
    public static string Command(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return string.Join(' ', words.Select(Word));
    }
}
