namespace Simulator.Explorer.Api;

/// <summary>
/// Every customer of an arm's replicate 0 after a week, for the population view: a column of bytes
/// per attribute (base64 in JSON), and the week's word of mouth as flat quadruples.
/// </summary>
/// <param name="Arm">The arm.</param>
/// <param name="Week">The week the frame ends (-1: the settled market before week 0).</param>
/// <param name="Customers">Number of customers; every column holds one byte per customer, by id.</param>
/// <param name="Network">smallWorld (ties to ring neighbours, some rewired) or wellMixed (a new peer at every talk).</param>
/// <param name="Neighbours">Ties per customer on a small world.</param>
/// <param name="Attributes">What the columns hold and how their bytes read.</param>
/// <param name="Columns">The attribute bytes, by attribute name.</param>
/// <param name="Arcs">The week's word of mouth: sender, recipient, kind (0 recommendation, 1 warning, 2 revenge), brand; four numbers per message.</param>
public sealed record PopulationView(string Arm, int Week, int Customers, string Network, int Neighbours, IReadOnlyList<AttributeView> Attributes, IReadOnlyDictionary<string, byte[]> Columns, int[] Arcs);
