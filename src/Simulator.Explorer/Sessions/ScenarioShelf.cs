using Simulator.Model.Scenarios;

namespace Simulator.Explorer.Sessions;

/// <summary>
/// The shipped scenarios, loaded once from the catalogue folder. Requests name a scenario; nothing
/// a request says is ever used as a path.
/// </summary>
public sealed class ScenarioShelf
{
    private readonly Dictionary<string, Scenario> _scenarios;

    /// <summary>Loads every scenario of <paramref name="directory"/>.</summary>
    public ScenarioShelf(string directory)
    {
        _scenarios = ScenarioCatalog.List(directory).ToDictionary(s => s.Name, s => ScenarioLoader.Load(s.Path), StringComparer.Ordinal);
        Names = [.. _scenarios.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Scenario names, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Every scenario, in name order.</summary>
    public IEnumerable<Scenario> All => Names.Select(n => _scenarios[n]);

    /// <summary>The scenario named <paramref name="name"/>, or null.</summary>
    public Scenario? Find(string name) => _scenarios.GetValueOrDefault(name);
}
