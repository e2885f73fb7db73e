namespace Simulator.Model.Brands.Responses;

/// <summary>
/// A response a brand decided at the barrier after week <paramref name="DecidedWeek"/>, from what that week
/// showed: the policy changes it makes and why, in words. Changes act from their own week, at least one
/// information lag later, so every engine applies them at the same week.
/// </summary>
/// <param name="DecidedWeek">The week whose outcome the brand reacted to.</param>
/// <param name="Brand">The brand that responds.</param>
/// <param name="Rule">The rule's position in the brand's <c>responses</c>.</param>
/// <param name="Kind">The rule's kind.</param>
/// <param name="Changes">The policy changes, all from the same week.</param>
/// <param name="Reason">What the brand saw and what it does, in a sentence.</param>
public sealed record BrandResponse(int DecidedWeek, int Brand, int Rule, ResponseKind Kind, IReadOnlyList<PolicyChange> Changes, string Reason)
{
    /// <summary>The first week the changes act.</summary>
    public int EffectiveWeek => Changes.Count == 0 ? DecidedWeek : Changes[0].Week;

    /// <summary>Whether two responses are the same decision with the same changes (records compare lists by reference).</summary>
    public static bool SameAs(BrandResponse? a, BrandResponse? b) =>
        a is not null && b is not null && a.DecidedWeek == b.DecidedWeek && a.Brand == b.Brand && a.Rule == b.Rule && a.Kind == b.Kind
        && a.Reason == b.Reason && a.Changes.SequenceEqual(b.Changes);
}
