namespace Simulator.Explorer.Api;

/// <summary>One customer's life in an arm so far, told in sentences.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="Customer">The customer's id.</param>
/// <param name="Weeks">Weeks told.</param>
/// <param name="Lines">The explanation trace.</param>
public sealed record StoryView(string Arm, int Customer, int Weeks, IReadOnlyList<string> Lines);
