namespace Simulator.Cli.Hosting;

/// <summary>The one place the command line maps engine names to engines (<c>--engine</c>, sweep manifests); each engine also reports its own <see cref="Model.Engine.ISimulationEngine.Name"/>, the same word.</summary>
public static class EngineKinds
{
    private static readonly Dictionary<string, EngineKind> ByName = new(StringComparer.Ordinal)
    {
        ["orleans"] = EngineKind.Orleans,
        ["reference"] = EngineKind.Reference,
    };

    /// <summary>Every engine's name, as <c>--engine</c> accepts them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ByName.Keys];

    /// <summary>The name of <paramref name="kind"/>.</summary>
    public static string Name(EngineKind kind) => ByName.First(p => p.Value == kind).Key;

    /// <summary>The engine called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No engine has that name; the message lists the names.</exception>
    public static EngineKind Parse(string name) => ByName.TryGetValue(name, out var kind)
        ? kind
        : throw new ArgumentException($"unknown engine '{name}'; allowed: {string.Join(", ", Names)}.", nameof(name));
}
