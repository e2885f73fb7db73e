namespace Simulator.Model.Metrics.Population;

/// <summary>One word-of-mouth message sent in a week, as a population view draws it.</summary>
/// <param name="Sender">The customer who talked.</param>
/// <param name="Recipient">The peer who will hear it.</param>
/// <param name="Brand">The brand talked about.</param>
/// <param name="Kind">Recommendation, warning or revenge.</param>
public readonly record struct WordOfMouthArc(int Sender, int Recipient, byte Brand, ArcKind Kind);
