using Simulator.Explorer.Hosting;
using Simulator.Explorer.Sessions;

namespace Simulator.Explorer.Lessons;

/// <summary>The lessons of the lessons folder, read once at start; a broken lesson stops the start with its errors.</summary>
public sealed class LessonShelf
{
    private readonly Dictionary<string, Lesson> _lessons;

    /// <summary>Reads every <c>*.json</c> of <paramref name="directory"/> (none when it is empty).</summary>
    /// <exception cref="LessonException">A lesson cannot be read; the message lists every problem of every file.</exception>
    public LessonShelf(string directory, ScenarioShelf scenarios, ExplorerOptions options)
    {
        var files = string.IsNullOrEmpty(directory) ? [] : Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        var lessons = new List<Lesson>();
        var errors = new List<Model.Scenarios.ScenarioError>();
        foreach (var file in files)
        {
            try
            {
                lessons.Add(LessonReader.Read(file, scenarios, options));
            }
            catch (LessonException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count > 0)
        {
            throw new LessonException(errors);
        }

        _lessons = lessons.ToDictionary(l => l.Name, StringComparer.Ordinal);
        All = lessons;
    }

    /// <summary>Every lesson, in file-name order.</summary>
    public IReadOnlyList<Lesson> All { get; }

    /// <summary>The lesson named <paramref name="name"/>, or null.</summary>
    public Lesson? Find(string name) => _lessons.GetValueOrDefault(name);
}
