namespace Simulator.Reporting.Runs;

/// <summary>
/// Writes a new output directory whole: every file goes into a hidden temporary sibling, which is
/// renamed into place only when complete. On failure or cancellation the temporary directory is
/// deleted, so nothing half-written is ever visible; a taken name is never overwritten.
/// </summary>
public static class StagedDirectory
{
    /// <summary>The prefix of temporary directories (hidden on Unix).</summary>
    public const string TempPrefix = ".tmp-";

    /// <summary>Writes the directory and returns its final path.</summary>
    /// <param name="parent">The directory that will hold the new one (created when missing).</param>
    /// <param name="runId">The id the caller asked for (names the temporary directory).</param>
    /// <param name="chooseFinal">Chooses a free final path; called again if the path is taken before the rename.</param>
    /// <param name="writeFiles">Writes the files that do not name the run into the given temporary directory.</param>
    /// <param name="writeNamedFiles">Writes the files that name the run (temporary directory, final run id); rewritten if the name changes.</param>
    /// <param name="what">What is written, for the error message ("run", "comparison"...).</param>
    /// <param name="cancellationToken">Stops writing; nothing is left behind.</param>
    public static string Write(
        string parent,
        string runId,
        Func<string> chooseFinal,
        Action<string> writeFiles,
        Action<string, string> writeNamedFiles,
        string what,
        CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, TempPrefix + RunDirectory.SafeName(runId) + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(temp);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            writeFiles(temp);

            // The run id is the final directory's name; should another run take that name between
            // choosing it and moving into place, the files naming it are rewritten for the next one.
            for (var attempt = 0; attempt < RunDirectory.MaxAttempts; attempt++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var final = chooseFinal();
                writeNamedFiles(temp, Path.GetFileName(final));
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    Directory.Move(temp, final);
                    return final;
                }
                catch (IOException) when (Directory.Exists(final) || File.Exists(final))
                {
                    // Taken meanwhile: choose again.
                }
            }

            throw new IOException($"Could not move the {what} into place under '{parent}'.");
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: the original failure matters more.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort, as above.
        }
    }
}
