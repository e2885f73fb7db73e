namespace Simulator.Model.Scenarios;

/// <summary>What a scenario field holds, which decides how the reader checks it and how the schema describes it.</summary>
public enum FieldKind
{
    /// <summary>A string (at least <see cref="ScenarioField.MinLength"/> characters).</summary>
    Text,

    /// <summary>A whole number from <see cref="ScenarioField.Min"/> to <see cref="ScenarioField.Max"/>.</summary>
    Integer,

    /// <summary>An unsigned 64-bit integer (a seed).</summary>
    Seed,

    /// <summary>A number from <see cref="ScenarioField.Min"/> to <see cref="ScenarioField.Max"/>.</summary>
    Number,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>One of <see cref="ScenarioField.Choices"/>.</summary>
    Choice,

    /// <summary>An object described by the definition <see cref="ScenarioField.Definition"/>.</summary>
    Object,

    /// <summary>An object keyed by name whose values follow <see cref="ScenarioField.Definition"/>.</summary>
    Map,

    /// <summary>An array whose items follow <see cref="ScenarioField.Definition"/>.</summary>
    List,
}
