namespace Simulator.Model.Tests.Support;

/// <summary>
/// A document whose generated parts are checked against what the code produces: with <c>UPDATE_DOCS=1</c> the
/// test rewrites the file instead of checking it.
/// </summary>
public static class GeneratedDocument
{
    /// <summary>Checks that <paramref name="path"/> equals what <paramref name="generate"/> makes of it, or rewrites it.</summary>
    /// <param name="path">The document.</param>
    /// <param name="generate">The document with its generated parts made again.</param>
    /// <param name="whatDiffers">What differs, for the failure message (e.g. "docs/model.md's parameter tables differ from the declarations").</param>
    /// <param name="testName">The test class to run with <c>UPDATE_DOCS=1</c>.</param>
    /// <param name="afterwards">What else to do before committing, if anything (ends the message).</param>
    public static void CheckOrUpdate(string path, Func<string, string> generate, string whatDiffers, string testName, string afterwards = "")
    {
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var generated = generate(document);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
            return;
        }

        Xunit.Assert.True(document == generated,
            $"{whatDiffers}. Regenerate with: UPDATE_DOCS=1 dotnet test tests/Simulator.Model.Tests --filter \"FullyQualifiedName~{testName}\"{afterwards}, then commit {Path.GetFileName(path)}.");
    }
}
