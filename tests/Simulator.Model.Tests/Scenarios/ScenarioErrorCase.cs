namespace Simulator.Model.Tests.Scenarios;

/// <summary>
/// One bad input and the error it must produce. The scenario loaded is <c>main.json</c>; <see cref="Base"/>,
/// when set, is <c>base.json</c>.
/// </summary>
internal sealed record ScenarioErrorCase(
    string? Main,
    string? Base,
    string File,
    string Path,
    int Line,
    string Message,
    string? Allowed);
