namespace Simulator.Model.Brands;

/// <summary>Resolves the policy every brand follows in a given week, from the initial policies and the scheduled changes.</summary>
public sealed class PolicySchedule
{
    private readonly BrandPolicy[] _initial;
    private readonly PolicyChange[] _changes;

    /// <summary>Creates a schedule; changes apply in order of week, then of their position in the file.</summary>
    public PolicySchedule(IReadOnlyList<BrandPolicy> initial, IEnumerable<PolicyChange> changes)
    {
        _initial = [.. initial];
        _changes = [.. changes.Select((c, i) => (c, i)).OrderBy(x => x.c.Week).ThenBy(x => x.i).Select(x => x.c)];
    }

    /// <summary>The scheduled changes, in the order they apply.</summary>
    public IReadOnlyList<PolicyChange> Changes => _changes;

    /// <summary>The policies in force in <paramref name="week"/>, one per brand.</summary>
    public BrandPolicy[] PoliciesAt(int week)
    {
        var policies = (BrandPolicy[])_initial.Clone();
        foreach (var change in _changes)
        {
            if (change.Week > week)
            {
                break;
            }

            policies[change.Brand] = policies[change.Brand].With(change.Lever, change.Value);
        }

        return policies;
    }
}
