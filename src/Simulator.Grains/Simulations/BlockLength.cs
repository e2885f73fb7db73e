namespace Simulator.Grains.Simulations;

/// <summary>
/// Chooses how many weeks the next block runs per grain call. A fixed length when one is set; else it
/// starts at the information lag (every input known, nothing to run again) and moves over the powers of
/// two: longer while the cost of a week falls, then to the cheapest length it knows, trying its
/// neighbours again every <see cref="ProbeEvery"/> blocks as the market changes. The cost counts a grain
/// call as <see cref="CallCostInCustomerWeeks"/> customer-weeks, so a longer block pays for itself only
/// while the weeks it must run again cost less than the calls it saves. Results never depend on the choice.
/// </summary>
public sealed class BlockLength
{
    /// <summary>
    /// What a grain call costs, in customer-weeks of the model: about 3 µs a call against about 0.3 µs a
    /// customer-week on a two-core machine (docs/performance.md).
    /// </summary>
    public const double CallCostInCustomerWeeks = 10;

    /// <summary>Blocks between two tries of the lengths next to the chosen one.</summary>
    public const int ProbeEvery = 8;

    private readonly int _fixed;
    private readonly int _max;
    private readonly int _min;
    private readonly Dictionary<int, double> _costs = [];
    private int _blocks;

    /// <summary>Starts the choice for a replicate.</summary>
    /// <param name="fixedWeeks">A set length, or 0 to choose adaptively.</param>
    /// <param name="maxWeeks">The longest adaptive block.</param>
    /// <param name="lag">The scenario's information lag: the shortest adaptive block, and the first.</param>
    public BlockLength(int fixedWeeks, int maxWeeks, int lag)
    {
        _fixed = fixedWeeks;
        _min = Math.Max(1, Math.Min(lag, maxWeeks));
        _max = Math.Max(_min, maxWeeks);
        Weeks = fixedWeeks > 0 ? fixedWeeks : _min;
    }

    /// <summary>The length of the next block.</summary>
    public int Weeks { get; private set; }

    /// <summary>What a week cost at each length tried (customer-weeks, a call counted as <see cref="CallCostInCustomerWeeks"/>), per customer.</summary>
    public IReadOnlyDictionary<int, double> Costs => _costs;

    /// <summary>
    /// Starts the adaptive choice at <paramref name="weeks"/>, the length chosen before a checkpoint (a resumed
    /// replicate, or a run forked from a kept burn-in, need not climb from the lag again); 0 leaves it as it is.
    /// </summary>
    public void GoOnFrom(int weeks)
    {
        if (_fixed == 0 && weeks > 0)
        {
            Weeks = Math.Clamp(weeks, _min, _max);
        }
    }

    /// <summary>Takes in how a block of <paramref name="weeks"/> weeks went and chooses the next length.</summary>
    /// <param name="weeks">Weeks the block had (fewer than <see cref="Weeks"/> at the end of a run, which tells nothing).</param>
    /// <param name="customers">Customers in the replicate.</param>
    /// <param name="calls">Customer grain calls made, over every round.</param>
    /// <param name="customerWeeksRun">Customer-weeks run, over every round.</param>
    public void Observe(int weeks, int customers, long calls, long customerWeeksRun)
    {
        if (_fixed > 0 || weeks != Weeks || customers == 0 || _min == _max)
        {
            return;
        }

        var cost = (CallCostInCustomerWeeks * calls + customerWeeksRun) / ((double)customers * weeks);
        _costs[Weeks] = cost;
        if (++_blocks % ProbeEvery == 0)
        {
            foreach (var length in _costs.Keys.Where(l => l != Weeks).ToList())
            {
                _costs.Remove(length);
            }
        }

        var up = Math.Min(_max, Weeks * 2);
        var down = Math.Max(_min, Weeks / 2);
        if (up != Weeks && !_costs.ContainsKey(up) && (!_costs.TryGetValue(down, out var shorter) || cost <= shorter))
        {
            Weeks = up;
            return;
        }

        Weeks = new[] { down, Weeks, up }.Where(_costs.ContainsKey).MinBy(l => _costs[l]);
    }
}
