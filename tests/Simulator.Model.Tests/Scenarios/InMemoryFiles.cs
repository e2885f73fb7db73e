using Simulator.Model.Scenarios;
using Xunit;

namespace Simulator.Model.Tests.Scenarios;

/// <summary>Scenario files kept in memory, loaded through <see cref="ScenarioLoader"/>'s file-reading hook.</summary>
internal sealed class InMemoryFiles
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public InMemoryFiles Add(string path, string text)
    {
        _files[path] = text;
        return this;
    }

    public ScenarioLoader Loader => new(path => _files.TryGetValue(path, out var text) ? text : null);

    public Scenario Load(string path) => Loader.LoadFile(path);

    /// <summary>The errors loading <paramref name="path"/> reports; fails if it loads.</summary>
    public IReadOnlyList<ScenarioError> Errors(string path) => Assert.Throws<ScenarioException>(() => Load(path)).Errors;
}
