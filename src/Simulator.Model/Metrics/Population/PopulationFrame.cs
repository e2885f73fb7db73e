using Simulator.Model.Customers;
using Simulator.Model.Market;
using Simulator.Model.Scenarios;

namespace Simulator.Model.Metrics.Population;

/// <summary>
/// Every customer of a replicate at the end of one week, one byte per customer and attribute
/// (<see cref="PopulationAttributes.All"/>), with the word of mouth sent that week: what a
/// population view draws. Every engine builds the same frame for the same week.
/// </summary>
public sealed class PopulationFrame
{
    private PopulationFrame(int week, int customers, byte[][] columns, WordOfMouthArc[] arcs)
    {
        Week = week;
        Customers = customers;
        Columns = columns;
        Arcs = arcs;
    }

    /// <summary>The week the frame ends (negative during burn-in).</summary>
    public int Week { get; }

    /// <summary>Number of customers.</summary>
    public int Customers { get; }

    /// <summary>One column per attribute of <see cref="PopulationAttributes.All"/>, in that order, each with a byte per customer by id.</summary>
    public IReadOnlyList<byte[]> Columns { get; }

    /// <summary>The word of mouth sent in the week, by sender, then recipient.</summary>
    public IReadOnlyList<WordOfMouthArc> Arcs { get; }

    /// <summary>The column of attribute <paramref name="name"/>.</summary>
    public byte[] Column(string name)
    {
        var index = PopulationAttributes.All.ToList().FindIndex(a => a.Name == name);
        return index >= 0 ? Columns[index] : throw new ArgumentException($"Unknown population attribute '{name}'; allowed: {string.Join(", ", PopulationAttributes.All.Select(a => a.Name))}.", nameof(name));
    }

    /// <summary>The frame of <paramref name="customers"/> (every customer, by id) after week <paramref name="week"/>, in which <paramref name="sent"/> was said.</summary>
    public static PopulationFrame Of(Scenario scenario, int week, ReadOnlySpan<CustomerState> customers, IEnumerable<WordOfMouth> sent) =>
        Join(week, customers.Length, [(0, Cells(scenario, customers))], sent);

    /// <summary>
    /// The attribute bytes of a contiguous range of customers, attribute by attribute (so a range's
    /// block is <c>attributes x customers</c> long): what a shard sends of its customers.
    /// </summary>
    public static byte[] Cells(Scenario scenario, ReadOnlySpan<CustomerState> customers)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var attributes = PopulationAttributes.All;
        var cells = new byte[attributes.Count * customers.Length];
        for (var a = 0; a < attributes.Count; a++)
        {
            var read = attributes[a].Read;
            var offset = a * customers.Length;
            for (var i = 0; i < customers.Length; i++)
            {
                cells[offset + i] = read(scenario, customers[i]);
            }
        }

        return cells;
    }

    /// <summary>
    /// The frame of <paramref name="customers"/> customers from the blocks of <see cref="Cells"/> of
    /// contiguous ranges (each with its first id) that cover them all, and the week's word of mouth.
    /// </summary>
    /// <exception cref="ArgumentException">The ranges do not cover every customer exactly once.</exception>
    public static PopulationFrame Join(int week, int customers, IReadOnlyList<(int First, byte[] Cells)> ranges, IEnumerable<WordOfMouth> sent)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(sent);
        var attributes = PopulationAttributes.All.Count;
        var columns = new byte[attributes][];
        for (var a = 0; a < attributes; a++)
        {
            columns[a] = new byte[customers];
        }

        var covered = new bool[customers];
        foreach (var (first, cells) in ranges)
        {
            var count = cells.Length / attributes;
            if (cells.Length % attributes != 0 || first < 0 || first + count > customers)
            {
                throw new ArgumentException($"A range of {cells.Length} bytes from customer {first} does not fit {customers} customers with {attributes} attributes each.", nameof(ranges));
            }

            if (covered.AsSpan(first, count).Contains(true))
            {
                throw new ArgumentException($"The range of {count} customers from customer {first} overlaps another.", nameof(ranges));
            }

            covered.AsSpan(first, count).Fill(true);

            for (var a = 0; a < attributes; a++)
            {
                cells.AsSpan(a * count, count).CopyTo(columns[a].AsSpan(first));
            }

        }

        if (covered.AsSpan().IndexOf(false) is var missing and >= 0)
        {
            throw new ArgumentException($"No range covers customer {missing} of {customers}.", nameof(ranges));
        }

        return new PopulationFrame(week, customers, columns, ArcsOf(sent));
    }

    /// <summary>
    /// The week's word of mouth as arcs. Revenge is a warning to every peer at once, while ordinary
    /// talk is one message a week; so a sender with two warnings or more in a week took revenge, and
    /// all of that sender's warnings of the week show as revenge (an ordinary warning sent the same week
    /// among them). On a network of one tie each, revenge cannot be told from a warning and shows as one.
    /// </summary>
    public static WordOfMouthArc[] ArcsOf(IEnumerable<WordOfMouth> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var ordered = sent.OrderBy(m => m.Sender).ThenBy(m => m.Recipient).ThenBy(m => m.Brand).ThenBy(m => m.Positive).ToArray();
        var arcs = new WordOfMouthArc[ordered.Length];
        for (var i = 0; i < ordered.Length;)
        {
            var end = i;
            var warnings = 0;
            while (end < ordered.Length && ordered[end].Sender == ordered[i].Sender)
            {
                warnings += ordered[end].Positive ? 0 : 1;
                end++;
            }

            for (; i < end; i++)
            {
                var m = ordered[i];
                arcs[i] = new WordOfMouthArc(m.Sender, m.Recipient, m.Brand, m.Positive ? ArcKind.Recommendation : warnings >= 2 ? ArcKind.Revenge : ArcKind.Warning);
            }
        }

        return arcs;
    }

    /// <summary>Whether <paramref name="other"/> shows the same week, the same customers and the same word of mouth.</summary>
    public bool SameAs(PopulationFrame other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Week == other.Week && Customers == other.Customers && Arcs.SequenceEqual(other.Arcs)
            && Columns.Zip(other.Columns).All(p => p.First.AsSpan().SequenceEqual(p.Second));
    }
}
