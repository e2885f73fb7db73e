using System.Runtime.CompilerServices;

namespace Simulator.Model.Customers;

/// <summary>One float per brand, stored inline so that a customer's state holds no array.</summary>
[InlineArray(Market.MarketLimits.MaxBrands)]
public struct BrandValues
{
    private float _element0;
}
