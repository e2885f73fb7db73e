namespace Simulator.Model.Brands.Responses;

/// <summary>The response rules a brand may follow (<see cref="ResponseRule"/>); their JSON names are in <see cref="ResponseRules.KindNames"/>.</summary>
public enum ResponseKind
{
    /// <summary>When another brand cuts its price below this brand's, match it after a delay (down to a floor).</summary>
    MatchPriceCut,
    /// <summary>When the brand's customer share falls over a review period, raise its advertising spend after a delay.</summary>
    DefendShare,
    /// <summary>Copy one lever of the market leader (or of a named brand) after a delay, whenever it differs.</summary>
    CopyLeader,
}
