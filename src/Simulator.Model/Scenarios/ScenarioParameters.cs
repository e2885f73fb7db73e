using System.Globalization;
using Simulator.Model.Brands;
using Simulator.Model.Parameters;

namespace Simulator.Model.Scenarios;

/// <summary>
/// Reads and changes any numeric setting of a scenario by a dotted path, for sweeps, calibration and
/// sliders. Paths: <c>policy.LEVER</c> (the focal brand), <c>brands.NAME.policy.LEVER</c>,
/// <c>brands.NAME.initialShare</c> / <c>initialAwareness</c>, <c>model.NAME</c>, <c>market.NAME</c>,
/// <c>segments.NAME.SETTING</c> / <c>segments.NAME.share</c>, <c>network.neighbours</c> / <c>rewiring</c>.
/// A brand or segment name may be <c>*</c> for all of them.
/// </summary>
public static class ScenarioParameters
{
    /// <summary>The forms a path may take, for messages.</summary>
    public const string Grammar =
        "policy.LEVER, brands.NAME.policy.LEVER, brands.NAME.initialShare, brands.NAME.initialAwareness, model.NAME, market.NAME, segments.NAME.SETTING, segments.NAME.share, network.neighbours, network.rewiring (NAME may be *)";

    /// <summary>A copy of <paramref name="scenario"/> with the setting at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The path does not exist or the value is out of range; the message says what is allowed.</exception>
    public static Scenario With(Scenario scenario, string path, double value)
    {
        var parts = path.Split('.');
        switch (parts)
        {
            case ["policy", var lever]:
                return WithBrands(scenario, [0], b => b with { Policy = new BrandPolicy(Set(b.Policy.ToArray(), PolicyLevers.All, lever, value, path)) });
            case ["brands", var brand, "policy", var lever]:
                return WithBrands(scenario, BrandIndexes(scenario, brand, path), b => b with { Policy = new BrandPolicy(Set(b.Policy.ToArray(), PolicyLevers.All, lever, value, path)) });
            case ["brands", var brand, "initialShare"]:
                return WithBrands(scenario, BrandIndexes(scenario, brand, path), b => b with { InitialShare = Range(value, 0, 1, path) });
            case ["brands", var brand, "initialAwareness"]:
                return WithBrands(scenario, BrandIndexes(scenario, brand, path), b => b with { InitialAwareness = Range(value, 0, 1, path) });
            case ["model", var name]:
                return Copy(scenario, model: new ModelParameters(Set(scenario.Model.ToArray(), ModelParameters.Specs, name, value, path)));
            case ["market", var name]:
                return Copy(scenario, market: new MarketParameters(Set(scenario.Market.ToArray(), MarketParameters.Specs, name, value, path)));
            case ["segments", var segment, "share"]:
                return WithSegments(scenario, SegmentIndexes(scenario, segment, path), s => new SegmentSpec(s.Name, Range(value, double.Epsilon, 1000, path), s.Traits, s.PermanentNeed, s.ToArray()));
            case ["segments", var segment, var setting]:
                return WithSegments(scenario, SegmentIndexes(scenario, segment, path), s => new SegmentSpec(s.Name, s.Share, s.Traits, s.PermanentNeed, Set(s.ToArray(), SegmentSpec.Specs, setting, value, path)));
            case ["network", "neighbours"]:
                return Copy(scenario, network: scenario.Network with { Neighbours = (int)Range(Whole(value, path), 1, NetworkSpec.MaxNeighbours, path) });
            case ["network", "rewiring"]:
                return Copy(scenario, network: scenario.Network with { Rewiring = Range(value, 0, 1, path) });
            default:
                throw new ArgumentException($"'{path}' is not a scenario setting; allowed: {Grammar}.");
        }
    }

    /// <summary>The value of the setting at <paramref name="path"/> (for <c>*</c>, the first brand or segment's).</summary>
    public static double Get(Scenario scenario, string path)
    {
        var parts = path.Split('.');
        return parts switch
        {
            ["policy", var lever] => scenario.Brands[0].Policy.ToArray()[IndexOf(PolicyLevers.All, lever, path)],
            ["brands", var brand, "policy", var lever] => scenario.Brands[BrandIndexes(scenario, brand, path)[0]].Policy.ToArray()[IndexOf(PolicyLevers.All, lever, path)],
            ["brands", var brand, "initialShare"] => scenario.Brands[BrandIndexes(scenario, brand, path)[0]].InitialShare,
            ["brands", var brand, "initialAwareness"] => scenario.Brands[BrandIndexes(scenario, brand, path)[0]].InitialAwareness,
            ["model", var name] => scenario.Model.ToArray()[IndexOf(ModelParameters.Specs, name, path)],
            ["market", var name] => scenario.Market.ToArray()[IndexOf(MarketParameters.Specs, name, path)],
            ["segments", var segment, "share"] => scenario.Segments[SegmentIndexes(scenario, segment, path)[0]].Share,
            ["segments", var segment, var setting] => scenario.Segments[SegmentIndexes(scenario, segment, path)[0]].ToArray()[IndexOf(SegmentSpec.Specs, setting, path)],
            ["network", "neighbours"] => scenario.Network.Neighbours,
            ["network", "rewiring"] => scenario.Network.Rewiring,
            _ => throw new ArgumentException($"'{path}' is not a scenario setting; allowed: {Grammar}."),
        };
    }

    /// <summary>
    /// Every setting of <paramref name="scenario"/> a path can reach, in registry order: each brand's levers
    /// (<c>policy.LEVER</c> is the focal brand's), shares and awareness, the model and market constants, each
    /// segment's settings and share, and the network's numbers; with the value in this scenario.
    /// </summary>
    public static IReadOnlyList<SettablePath> All(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var paths = new List<SettablePath>();
        void Add(string path, string group, ParameterSpec spec)
        {
            var (low, high) = spec.Plausible;
            paths.Add(new SettablePath(path, group, Get(scenario, path), spec.Min, spec.Max, low, high, spec.Default, spec.Unit, spec.Description, spec.Source, spec.PlausibleReason, spec.Whole));
        }

        void AddField(string path, string group, ScenarioField field, double min, double max, bool whole = false)
        {
            var fallback = field.Default is { } text && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : double.NaN;
            paths.Add(new SettablePath(path, group, Get(scenario, path), min, max, min, max, fallback, field.Unit ?? "", field.Description, field.Source, string.Empty, whole));
        }

        foreach (var brand in scenario.Brands)
        {
            foreach (var lever in PolicyLevers.All)
            {
                Add($"brands.{brand.Name}.policy.{lever.Name}", "lever", lever);
            }

            AddField($"brands.{brand.Name}.initialShare", "brand", ScenarioFields.InitialShare, 0, 1);
            AddField($"brands.{brand.Name}.initialAwareness", "brand", ScenarioFields.InitialAwareness, 0, 1);
        }

        foreach (var spec in ModelParameters.Specs)
        {
            Add("model." + spec.Name, "model", spec);
        }

        foreach (var spec in MarketParameters.Specs)
        {
            Add("market." + spec.Name, "market", spec);
        }

        foreach (var segment in scenario.Segments)
        {
            foreach (var spec in SegmentSpec.Specs)
            {
                Add($"segments.{segment.Name}.{spec.Name}", "segment", spec);
            }

            AddField($"segments.{segment.Name}.share", "segment", ScenarioFields.Share, double.Epsilon, ScenarioFields.Share.Max!.Value);
        }

        AddField("network.neighbours", "network", ScenarioFields.Neighbours, 1, NetworkSpec.MaxNeighbours, whole: true);
        AddField("network.rewiring", "network", ScenarioFields.Rewiring, 0, 1);
        return paths;
    }

    /// <summary>The allowed range of the setting at <paramref name="path"/>.</summary>
    public static (double Min, double Max) RangeOf(Scenario scenario, string path)
    {
        _ = Get(scenario, path); // validates brand and segment names
        return path.Split('.') switch
        {
            ["policy", var lever] => SpecOf(PolicyLevers.All, lever, path),
            ["brands", _, "policy", var lever] => SpecOf(PolicyLevers.All, lever, path),
            ["brands", _, "initialShare" or "initialAwareness"] => (0, 1),
            ["model", var name] => SpecOf(ModelParameters.Specs, name, path),
            ["market", var name] => SpecOf(MarketParameters.Specs, name, path),
            ["segments", _, "share"] => (double.Epsilon, 1000),
            ["segments", _, var setting] => SpecOf(SegmentSpec.Specs, setting, path),
            ["network", "neighbours"] => (1, NetworkSpec.MaxNeighbours),
            _ => (0, 1),
        };
    }

    private static (double, double) SpecOf(IReadOnlyList<ParameterSpec> specs, string name, string path)
    {
        var spec = specs[IndexOf(specs, name, path)];
        return (spec.Min, spec.Max);
    }

    private static double[] Set(double[] values, IReadOnlyList<ParameterSpec> specs, string name, double value, string path)
    {
        var spec = specs[IndexOf(specs, name, path)];
        values[IndexOf(specs, name, path)] = Range(value, spec.Min, spec.Max, path);
        return values;
    }

    private static int IndexOf(IReadOnlyList<ParameterSpec> specs, string name, string path)
    {
        var index = BrandPolicy.IndexOf(specs, name);
        return index >= 0
            ? index
            : throw new ArgumentException($"'{path}': unknown name '{name}'; allowed: {string.Join(", ", specs.Select(s => s.Name))}.");
    }

    private static double Range(double value, double min, double max, string path) =>
        !double.IsNaN(value) && value >= min && value <= max
            ? value
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{path}' = {value} is out of range; allowed: {min} to {max}."));

    private static double Whole(double value, string path) =>
        value == Math.Floor(value) ? value : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{path}' = {value} must be a whole number."));

    private static int[] BrandIndexes(Scenario scenario, string name, string path)
    {
        if (name == "*")
        {
            return [.. Enumerable.Range(0, scenario.Brands.Count)];
        }

        for (var b = 0; b < scenario.Brands.Count; b++)
        {
            if (scenario.Brands[b].Name == name)
            {
                return [b];
            }
        }

        throw new ArgumentException($"'{path}': no brand '{name}'; allowed: {string.Join(", ", scenario.Brands.Select(b => b.Name))}, *.");
    }

    private static int[] SegmentIndexes(Scenario scenario, string name, string path)
    {
        if (name == "*")
        {
            return [.. Enumerable.Range(0, scenario.Segments.Count)];
        }

        for (var s = 0; s < scenario.Segments.Count; s++)
        {
            if (scenario.Segments[s].Name == name)
            {
                return [s];
            }
        }

        throw new ArgumentException($"'{path}': no segment '{name}'; allowed: {string.Join(", ", scenario.Segments.Select(s => s.Name))}, *.");
    }

    private static Scenario WithBrands(Scenario scenario, int[] indexes, Func<BrandSpec, BrandSpec> change)
    {
        var brands = scenario.Brands.ToArray();
        foreach (var b in indexes)
        {
            brands[b] = change(brands[b]);
        }

        return Copy(scenario, brands: brands);
    }

    private static Scenario WithSegments(Scenario scenario, int[] indexes, Func<SegmentSpec, SegmentSpec> change)
    {
        var segments = scenario.Segments.ToArray();
        foreach (var s in indexes)
        {
            segments[s] = change(segments[s]);
        }

        return Copy(scenario, segments: segments);
    }

    private static Scenario Copy(
        Scenario s,
        IReadOnlyList<BrandSpec>? brands = null,
        IReadOnlyList<SegmentSpec>? segments = null,
        NetworkSpec? network = null,
        MarketParameters? market = null,
        ModelParameters? model = null) => s with
    {
        Brands = brands ?? s.Brands,
        Segments = segments ?? s.Segments,
        Network = network ?? s.Network,
        Market = market ?? s.Market,
        Model = model ?? s.Model,
    };
}
