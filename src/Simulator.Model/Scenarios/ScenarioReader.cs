using System.Globalization;
using System.Text.Json;
using Simulator.Model.Brands;
using Simulator.Model.Brands.Responses;
using Simulator.Model.Market;
using Simulator.Model.Parameters;

namespace Simulator.Model.Scenarios;

/// <summary>
/// Validates a resolved (merged) scenario tree and builds the <see cref="Scenario"/>. Every problem is
/// added to the error list, which the reader keeps going after, so that one pass reports them all.
/// </summary>
internal sealed class ScenarioReader
{
    /// <summary>The fields a scenario file may have at the top level (<see cref="ScenarioFields.Root"/>).</summary>
    public static IReadOnlyList<string> RootFields { get; } = ScenarioFields.Names(ScenarioFields.Root);

    /// <summary>The fields of a brand.</summary>
    public static IReadOnlyList<string> BrandFields { get; } = ScenarioFields.Names(ScenarioFields.Brand);

    /// <summary>The fields of a segment besides those of <see cref="SegmentSpec.Specs"/>.</summary>
    public static IReadOnlyList<string> SegmentOwnFields { get; } = ScenarioFields.Names(ScenarioFields.SegmentOwn);

    /// <summary>The fields of one trait's distribution.</summary>
    public static IReadOnlyList<string> TraitFields { get; } = ScenarioFields.Names(ScenarioFields.Trait);

    /// <summary>The fields of the network.</summary>
    public static IReadOnlyList<string> NetworkFields { get; } = ScenarioFields.Names(ScenarioFields.NetworkFields);

    /// <summary>The fields of a scheduled change.</summary>
    public static IReadOnlyList<string> ScheduleFields { get; } = ScenarioFields.Names(ScenarioFields.PolicyChange);

    private static readonly IReadOnlyList<string> _segmentFields =
        [.. SegmentOwnFields, .. SegmentSpec.Specs.Select(s => s.Name)];

    private static readonly IReadOnlyList<string> _leverNames = [.. PolicyLevers.All.Select(s => s.Name)];

    private readonly List<ScenarioError> _errors;

    /// <summary>Creates a reader that adds the problems it finds to <paramref name="errors"/>.</summary>
    public ScenarioReader(List<ScenarioError> errors)
    {
        _errors = errors;
    }

    /// <summary>Reads only the name and description, for listings.</summary>
    public (string Name, string Description) ReadHeader(SourceObject root, string defaultName)
    {
        var name = defaultName;
        if (root.Find("name") is { } nameProperty)
        {
            name = NonEmptyString(nameProperty.Value, JsonPathText.Child(JsonPathText.Root, "name"), "name") ?? defaultName;
        }

        var description = string.Empty;
        if (root.Find("description") is { } descriptionProperty)
        {
            description = NonEmptyString(descriptionProperty.Value, JsonPathText.Child(JsonPathText.Root, "description"), "description") ?? string.Empty;
        }
        else
        {
            Missing(root, JsonPathText.Root, "description", "a non-empty string");
        }

        return (name, description);
    }

    /// <summary>Validates the whole tree; returns the scenario, or null when any problem was found.</summary>
    public Scenario? Read(SourceObject root, string defaultName, string sourceFile)
    {
        var errorsBefore = _errors.Count;
        const string Root = JsonPathText.Root;

        foreach (var property in root.Properties)
        {
            if (!RootFields.Contains(property.Name, StringComparer.Ordinal))
            {
                Unknown(property, Root, RootFields);
            }
        }

        var (name, description) = ReadHeader(root, defaultName);
        var weeks = RequiredInteger(root, Root, ScenarioFields.Weeks, "the run would have no weeks");
        var burnIn = OptionalInteger(root, Root, ScenarioFields.BurnInWeeks) ?? Scenario.DefaultBurnInWeeks;
        var customers = RequiredInteger(root, Root, ScenarioFields.Customers, "the population would be empty");
        var seed = ReadSeed(root);
        var replicates = OptionalInteger(root, Root, ScenarioFields.Replicates) ?? long.Parse(ScenarioFields.Replicates.Default!, CultureInfo.InvariantCulture);
        var brands = ReadBrands(root);
        var segments = ReadSegments(root);
        var network = ReadNetwork(root);
        var market = ReadParameterObject(root, ScenarioFields.Market.Name, MarketParameters.Specs);
        var model = ReadParameterObject(root, ScenarioFields.Model.Name, ModelParameters.Specs);
        var schedule = ReadSchedule(root, brands, weeks);

        if (_errors.Count > errorsBefore)
        {
            return null;
        }

        return new Scenario
        {
            Name = name,
            Description = description,
            Weeks = (int)weeks!.Value,
            BurnInWeeks = (int)burnIn,
            Customers = (int)customers!.Value,
            Seed = seed,
            Replicates = (int)replicates,
            Brands = brands,
            Segments = segments,
            Network = network,
            Market = new MarketParameters(market),
            Model = new ModelParameters(model),
            Schedule = schedule,
            SourceFile = sourceFile,
        };
    }

    private ulong ReadSeed(SourceObject root)
    {
        var field = ScenarioFields.Seed;
        var fallback = ulong.Parse(field.Default!, CultureInfo.InvariantCulture);
        if (root.Find(field.Name) is not { } property)
        {
            return fallback;
        }

        var path = JsonPathText.Child(JsonPathText.Root, field.Name);
        var allowed = field.Range;
        if (property.Value is not SourceValue { Kind: JsonValueKind.Number, Text: { } text } value)
        {
            TypeError(property.Value, path, "an integer", allowed);
            return fallback;
        }

        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            return seed;
        }

        var number = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsFinite(number) && Math.Floor(number) != number)
        {
            Error(value.Location, path, "expected an integer, got " + text, allowed);
        }
        else if (number < 0 || number >= 18446744073709551616.0 || !double.IsFinite(number))
        {
            OutOfRange(value, path, allowed, null);
        }
        else
        {
            return (ulong)number;
        }

        return fallback;
    }

    private List<BrandSpec> ReadBrands(SourceObject root)
    {
        var brandsField = ScenarioFields.Brands;
        var (minBrands, maxBrands) = (brandsField.MinCount!.Value, brandsField.MaxCount!.Value);
        var path = JsonPathText.Child(JsonPathText.Root, brandsField.Name);
        var countText = FormattableString.Invariant($"{minBrands} to {maxBrands} brands");
        var brands = new List<BrandSpec>();
        if (root.Find(brandsField.Name) is not { } property)
        {
            Missing(root, JsonPathText.Root, brandsField.Name, countText + " keyed by name; the first is the focal brand");
            return brands;
        }

        if (ObjectOf(property.Value, path, countText + " keyed by name") is not { } brandsObject)
        {
            return brands;
        }

        var count = brandsObject.Properties.Count;
        if (count < minBrands)
        {
            Error(brandsObject.Location, path,
                FormattableString.Invariant($"{count} {(count == 1 ? "brand" : "brands")}; at least {minBrands} are needed: the focal brand and a competitor"),
                countText);
        }
        else if (count > maxBrands)
        {
            Error(brandsObject.Location, path,
                FormattableString.Invariant($"{count} brands; the model supports at most {maxBrands}"),
                countText);
        }

        var brandNames = brandsObject.Properties.Select(p => p.Name).ToList();
        var sharesAllowed = "initial shares adding up to at most 1";
        var sum = 0.0;
        var parts = new List<string>();
        var sumReported = false;
        foreach (var brandProperty in brandsObject.Properties)
        {
            var brandPath = JsonPathText.Child(path, brandProperty.Name);
            if (string.IsNullOrWhiteSpace(brandProperty.Name))
            {
                Error(brandProperty.NameLocation, brandPath, "a brand needs a non-empty name", "a non-empty brand name");
            }

            var share = DefaultOf(ScenarioFields.InitialShare);
            var awareness = DefaultOf(ScenarioFields.InitialAwareness);
            var policy = BrandPolicy.Default;
            List<ResponseRule> responses = [];
            SourceNode? shareNode = null;
            if (ObjectOf(brandProperty.Value, brandPath, "an object with the fields " + string.Join(", ", BrandFields)) is { } brandObject)
            {
                ReadFields(brandObject, brandPath, BrandFields, (field, fieldPath) =>
                {
                    switch (field.Name)
                    {
                        case var name when name == ScenarioFields.InitialShare.Name:
                            share = Number(field.Value, fieldPath, ScenarioFields.InitialShare) ?? DefaultOf(ScenarioFields.InitialShare);
                            shareNode = field.Value;
                            break;
                        case var name when name == ScenarioFields.InitialAwareness.Name:
                            awareness = Number(field.Value, fieldPath, ScenarioFields.InitialAwareness) ?? DefaultOf(ScenarioFields.InitialAwareness);
                            break;
                        case var name when name == ScenarioFields.Responses.Name:
                            responses = ReadResponses(field.Value, fieldPath, brandNames, brands.Count);
                            break;
                        default:
                            policy = ReadPolicy(field.Value, fieldPath);
                            break;
                    }
                });
            }

            sum += share;
            parts.Add(brandProperty.Name + " " + share.ToString(CultureInfo.InvariantCulture));
            if (!sumReported && sum > 1 + 1e-9 && shareNode is not null)
            {
                sumReported = true;
                var total = Math.Round(sum, 9).ToString(CultureInfo.InvariantCulture);
                Error(shareNode.Location, JsonPathText.Child(brandPath, "initialShare"),
                    $"the initial shares add up to {total} ({string.Join(" + ", parts)}), more than the whole population",
                    sharesAllowed);
            }

            brands.Add(new BrandSpec(brandProperty.Name, share, awareness, policy) { Responses = responses });
        }

        return brands;
    }

    private List<ResponseRule> ReadResponses(SourceNode node, string path, List<string> brandNames, int self)
    {
        var rules = new List<ResponseRule>();
        var allNames = ScenarioFields.Names(ScenarioFields.ResponseFields);
        if (node is not SourceArray items)
        {
            TypeError(node, path, "an array", "an array of rules with the fields " + string.Join(", ", allNames));
            return rules;
        }

        for (var i = 0; i < items.Items.Count; i++)
        {
            var rulePath = JsonPathText.Element(path, i);
            if (ObjectOf(items.Items[i], rulePath, "an object with the fields " + string.Join(", ", allNames)) is not { } entry)
            {
                continue;
            }

            var kindField = ScenarioFields.ResponseRuleKind;
            if (entry.Find(kindField.Name) is not { } kindProperty)
            {
                Missing(entry, rulePath, kindField.Name, kindField.Range);
                continue;
            }

            if (Choice(kindProperty.Value, JsonPathText.Child(rulePath, kindField.Name), kindField) is not { } kindIndex)
            {
                continue;
            }

            var kind = (ResponseKind)kindIndex;
            var own = ScenarioFields.Names(ScenarioFields.ResponseFieldsOf(kind));
            var rule = new ResponseRule(kind, (int)DefaultOf(ScenarioFields.ResponseDelay));
            var valid = true;
            foreach (var property in entry.Properties)
            {
                var fieldPath = JsonPathText.Child(rulePath, property.Name);
                if (!own.Contains(property.Name, StringComparer.Ordinal))
                {
                    if (allNames.Contains(property.Name, StringComparer.Ordinal))
                    {
                        Error(property.NameLocation, fieldPath, "field " + SourceValue.Quote(property.Name) + " does not apply to a " + ResponseRules.NameOf(kind) + " rule", string.Join(", ", own));
                    }
                    else
                    {
                        Unknown(property, rulePath, own);
                    }

                    valid = false;
                    continue;
                }

                switch (property.Name)
                {
                    case var n when n == ScenarioFields.ResponseDelay.Name:
                        rule = Integer(property.Value, fieldPath, ScenarioFields.ResponseDelay) is { } delay ? rule with { DelayWeeks = (int)delay } : Invalid(ref valid, rule);
                        break;
                    case var n when n == ScenarioFields.ResponseFloor.Name:
                        rule = Number(property.Value, fieldPath, ScenarioFields.ResponseFloor) is { } floor ? rule with { Floor = floor } : Invalid(ref valid, rule);
                        break;
                    case var n when n == ScenarioFields.ResponseReviewWeeks.Name:
                        rule = Integer(property.Value, fieldPath, ScenarioFields.ResponseReviewWeeks) is { } review ? rule with { ReviewWeeks = (int)review } : Invalid(ref valid, rule);
                        break;
                    case var n when n == ScenarioFields.ResponseShareDrop.Name:
                        rule = Number(property.Value, fieldPath, ScenarioFields.ResponseShareDrop) is { } drop ? rule with { ShareDrop = drop } : Invalid(ref valid, rule);
                        break;
                    case var n when n == ScenarioFields.ResponseRaise.Name:
                        rule = Number(property.Value, fieldPath, ScenarioFields.ResponseRaise) is { } raise ? rule with { Raise = raise } : Invalid(ref valid, rule);
                        break;
                    case var n when n == ScenarioFields.ResponseLever.Name:
                        rule = Choice(property.Value, fieldPath, ScenarioFields.ResponseLever) is { } lever ? rule with { Lever = (Lever)lever } : Invalid(ref valid, rule);
                        break;
                    case var n when n == ScenarioFields.ResponseOf.Name:
                        rule = ReadCopied(property.Value, fieldPath, brandNames, self) is { } of ? rule with { Of = of } : Invalid(ref valid, rule);
                        break;
                }
            }

            if (kind == ResponseKind.CopyLeader && entry.Find(ScenarioFields.ResponseLever.Name) is null)
            {
                Missing(entry, rulePath, ScenarioFields.ResponseLever.Name, ScenarioFields.ResponseLever.Range);
                valid = false;
            }

            if (valid)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    private static ResponseRule Invalid(ref bool valid, ResponseRule rule)
    {
        valid = false;
        return rule;
    }

    // The brand a copyLeader rule copies: "leader", or another brand by name.
    private int? ReadCopied(SourceNode node, string path, List<string> brandNames, int self)
    {
        var others = brandNames.Where((_, i) => i != self).ToList();
        var allowed = string.Join(", ", [ResponseRules.LeaderName, .. others]);
        if (node is not SourceValue { Kind: JsonValueKind.String, Text: { } name } value)
        {
            TypeError(node, path, "a string", allowed);
            return null;
        }

        if (name == ResponseRules.LeaderName)
        {
            return ResponseRules.Leader;
        }

        var index = brandNames.IndexOf(name);
        if (index < 0 || index == self)
        {
            Error(value.Location, path, (index == self ? "a brand cannot copy itself: " : "unknown brand ") + SourceValue.Quote(name), allowed);
            return null;
        }

        return index;
    }

    private int? Choice(SourceNode node, string path, ScenarioField field)
    {
        if (node is not SourceValue { Kind: JsonValueKind.String, Text: { } text } value)
        {
            TypeError(node, path, "a string", field.Range);
            return null;
        }

        var index = field.Choices.ToList().IndexOf(text);
        if (index < 0)
        {
            var message = "unknown value " + SourceValue.Quote(text);
            if (Closest(text, field.Choices) is { } suggestion)
            {
                message += "; did you mean " + SourceValue.Quote(suggestion) + "?";
            }

            Error(value.Location, path, message, field.Range);
            return null;
        }

        return index;
    }

    private BrandPolicy ReadPolicy(SourceNode node, string path)
    {
        var values = ParameterSet<Lever>.Defaults(PolicyLevers.All);
        foreach (var (lever, value) in ReadLevers(node, path))
        {
            values[lever] = value;
        }

        return new BrandPolicy(values);
    }

    /// <summary>The valid levers of a policy object, in file order, as (index in <see cref="PolicyLevers.All"/>, value).</summary>
    private List<(int Lever, double Value)> ReadLevers(SourceNode node, string path)
    {
        var levers = new List<(int, double)>();
        if (ObjectOf(node, path, "an object keyed by lever name") is not { } policyObject)
        {
            return levers;
        }

        ReadFields(policyObject, path, _leverNames, (field, fieldPath) =>
        {
            var index = ParameterSet<Lever>.IndexOf(PolicyLevers.All, field.Name);
            if (Number(field.Value, fieldPath, PolicyLevers.All[index]) is { } value)
            {
                levers.Add((index, value));
            }
        });
        return levers;
    }

    private List<SegmentSpec> ReadSegments(SourceObject root)
    {
        var path = JsonPathText.Child(JsonPathText.Root, "segments");
        const string Allowed = "1 or more segments keyed by name";
        var segments = new List<SegmentSpec>();
        if (root.Find("segments") is not { } property)
        {
            Missing(root, JsonPathText.Root, "segments", Allowed);
            return segments;
        }

        if (ObjectOf(property.Value, path, Allowed) is not { } segmentsObject)
        {
            return segments;
        }

        if (segmentsObject.Properties.Count < ScenarioFields.Segments.MinCount)
        {
            Error(segmentsObject.Location, path, "the population is empty: at least one segment is needed", Allowed);
        }

        foreach (var segmentProperty in segmentsObject.Properties)
        {
            var segmentPath = JsonPathText.Child(path, segmentProperty.Name);
            if (string.IsNullOrWhiteSpace(segmentProperty.Name))
            {
                Error(segmentProperty.NameLocation, segmentPath, "a segment needs a non-empty name", "a non-empty segment name");
            }

            if (ReadSegment(segmentProperty.Name, segmentProperty.Value, segmentPath) is { } segment)
            {
                segments.Add(segment);
            }
        }

        return segments;
    }

    private SegmentSpec? ReadSegment(string name, SourceNode node, string path)
    {
        if (ObjectOf(node, path, "an object with the fields " + string.Join(", ", _segmentFields)) is not { } segmentObject)
        {
            return null;
        }

        var share = 1.0;
        var permanentNeed = bool.Parse(ScenarioFields.PermanentNeed.Default!);
        var values = ParameterSet<SegmentParameter>.Defaults(SegmentSpec.Specs);
        var traits = SegmentSpec.DefaultTraits.ToArray();
        ReadFields(segmentObject, path, _segmentFields, (field, fieldPath) =>
        {
            switch (field.Name)
            {
                case var shareName when shareName == ScenarioFields.Share.Name:
                    share = Number(field.Value, fieldPath, ScenarioFields.Share) ?? 1;
                    break;
                case var needName when needName == ScenarioFields.PermanentNeed.Name:
                    permanentNeed = Boolean(field.Value, fieldPath) ?? bool.Parse(ScenarioFields.PermanentNeed.Default!);
                    break;
                case var traitsName when traitsName == ScenarioFields.Traits.Name:
                    ReadTraits(field.Value, fieldPath, traits);
                    break;
                default:
                    var index = ParameterSet<SegmentParameter>.IndexOf(SegmentSpec.Specs, field.Name);
                    values[index] = Number(field.Value, fieldPath, SegmentSpec.Specs[index]) ?? values[index];
                    break;
            }
        });

        if (segmentObject.Find(ScenarioFields.Share.Name) is null)
        {
            Missing(segmentObject, path, ScenarioFields.Share.Name, ScenarioFields.Share.Range);
        }

        return new SegmentSpec(name, share, traits, permanentNeed, values);
    }

    private void ReadTraits(SourceNode node, string path, TraitDistribution[] traits)
    {
        if (ObjectOf(node, path, "an object keyed by trait name") is not { } traitsObject)
        {
            return;
        }

        ReadFields(traitsObject, path, TraitDistribution.TraitNames, (field, fieldPath) =>
        {
            var index = TraitDistribution.TraitNames.ToList().IndexOf(field.Name);
            var fallback = SegmentSpec.DefaultTraits[index];
            if (ObjectOf(field.Value, fieldPath, "an object with the fields " + string.Join(", ", TraitFields)) is not { } traitObject)
            {
                return;
            }

            var mean = fallback.Mean;
            var spread = fallback.Spread;
            ReadFields(traitObject, fieldPath, TraitFields, (part, partPath) =>
            {
                if (part.Name == ScenarioFields.TraitMean.Name)
                {
                    mean = Number(part.Value, partPath, ScenarioFields.TraitMean) ?? mean;
                }
                else
                {
                    spread = Number(part.Value, partPath, ScenarioFields.TraitSpread) ?? spread;
                }
            });
            traits[index] = new TraitDistribution(mean, spread);
        });
    }

    private NetworkSpec ReadNetwork(SourceObject root)
    {
        var network = NetworkSpec.Default;
        var path = JsonPathText.Child(JsonPathText.Root, ScenarioFields.Network.Name);
        if (root.Find(ScenarioFields.Network.Name) is not { } property
            || ObjectOf(property.Value, path, "an object with the fields " + string.Join(", ", NetworkFields)) is not { } networkObject)
        {
            return network;
        }

        ReadFields(networkObject, path, NetworkFields, (field, fieldPath) =>
        {
            switch (field.Name)
            {
                case var kindName when kindName == ScenarioFields.NetworkKindField.Name:
                    var kinds = ScenarioFields.NetworkKindField.Range;
                    if (field.Value is not SourceValue { Kind: JsonValueKind.String, Text: { } text } kindValue)
                    {
                        TypeError(field.Value, fieldPath, "a string", kinds);
                    }
                    else if (ScenarioFields.NetworkKindNames.ToList().IndexOf(text) is var index and >= 0)
                    {
                        network = network with { Kind = (NetworkKind)index };
                    }
                    else
                    {
                        Error(kindValue.Location, fieldPath, "unknown network kind " + SourceValue.Quote(text), kinds);
                    }

                    break;
                case var neighboursName when neighboursName == ScenarioFields.Neighbours.Name:
                    if (Integer(field.Value, fieldPath, ScenarioFields.Neighbours) is { } neighbours)
                    {
                        network = network with { Neighbours = (int)neighbours };
                    }

                    break;
                default:
                    if (Number(field.Value, fieldPath, ScenarioFields.Rewiring) is { } rewiring)
                    {
                        network = network with { Rewiring = rewiring };
                    }

                    break;
            }
        });
        return network;
    }

    private double[] ReadParameterObject(SourceObject root, string name, IReadOnlyList<ParameterSpec> specs)
    {
        var values = specs.Select(s => s.Default).ToArray();
        var path = JsonPathText.Child(JsonPathText.Root, name);
        if (root.Find(name) is not { } property
            || ObjectOf(property.Value, path, "an object keyed by parameter name") is not { } parameters)
        {
            return values;
        }

        var names = specs.Select(s => s.Name).ToArray();
        ReadFields(parameters, path, names, (field, fieldPath) =>
        {
            var index = Array.IndexOf(names, field.Name);
            values[index] = Number(field.Value, fieldPath, specs[index]) ?? values[index];
        });
        return values;
    }

    private List<PolicyChange> ReadSchedule(SourceObject root, List<BrandSpec> brands, long? weeks)
    {
        var changes = new List<PolicyChange>();
        var path = JsonPathText.Child(JsonPathText.Root, "schedule");
        if (root.Find("schedule") is not { } property)
        {
            return changes;
        }

        if (property.Value is not SourceArray entries)
        {
            TypeError(property.Value, path, "an array", "an array of changes with the fields week, brand, policy");
            return changes;
        }

        var lastWeek = weeks ?? Scenario.MaxWeeks;
        var brandNames = brands.Select(b => b.Name).ToList();
        for (var i = 0; i < entries.Items.Count; i++)
        {
            var entryPath = JsonPathText.Element(path, i);
            if (ObjectOf(entries.Items[i], entryPath, "an object with the fields " + string.Join(", ", ScheduleFields)) is not { } entry)
            {
                continue;
            }

            long? week = null;
            int? brand = null;
            List<(int Lever, double Value)>? levers = null;
            ReadFields(entry, entryPath, ScheduleFields, (field, fieldPath) =>
            {
                switch (field.Name)
                {
                    case var weekName when weekName == ScenarioFields.Week.Name:
                        week = Integer(field.Value, fieldPath, (long)ScenarioFields.Week.Min!.Value, lastWeek,
                            aboveMax: weeks is null ? null : FormattableString.Invariant($"the scenario runs for {weeks} weeks"));
                        break;
                    case var brandName when brandName == ScenarioFields.ScheduleBrand.Name:
                        brand = ReadBrandName(field.Value, fieldPath, brandNames);
                        break;
                    default:
                        levers = ReadLevers(field.Value, fieldPath);
                        break;
                }
            });

            if (entry.Find("week") is null)
            {
                Missing(entry, entryPath, "week", FormattableString.Invariant($"0 to {lastWeek}"));
            }

            if (entry.Find("brand") is null)
            {
                Missing(entry, entryPath, "brand", string.Join(", ", brandNames));
            }

            if (entry.Find("policy") is null)
            {
                Missing(entry, entryPath, "policy", "an object keyed by lever name");
            }

            if (week is { } w && brand is { } b && levers is not null)
            {
                changes.AddRange(levers.Select(l => new PolicyChange((int)w, b, (Lever)l.Lever, l.Value)));
            }
        }

        return changes;
    }

    private int? ReadBrandName(SourceNode node, string path, List<string> brandNames)
    {
        var allowed = string.Join(", ", brandNames);
        if (node is not SourceValue { Kind: JsonValueKind.String, Text: { } name } value)
        {
            TypeError(node, path, "a string", allowed);
            return null;
        }

        var index = brandNames.IndexOf(name);
        if (index < 0 && brandNames.Count > 0)
        {
            Error(value.Location, path, "unknown brand " + SourceValue.Quote(name) + "; a schedule can only change a brand listed under brands", allowed);
        }

        return index >= 0 ? index : null;
    }

    // ---- Field-level helpers -------------------------------------------------------------------

    /// <summary>Calls <paramref name="read"/> for each known field in file order and reports the unknown ones.</summary>
    private void ReadFields(SourceObject obj, string path, IReadOnlyList<string> allowed, Action<SourceProperty, string> read)
    {
        foreach (var property in obj.Properties)
        {
            if (allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                read(property, JsonPathText.Child(path, property.Name));
            }
            else
            {
                Unknown(property, path, allowed);
            }
        }
    }

    private long? RequiredInteger(SourceObject obj, string path, ScenarioField field, string belowMin)
    {
        if (obj.Find(field.Name) is { } property)
        {
            return Integer(property.Value, JsonPathText.Child(path, field.Name), (long)field.Min!.Value, (long)field.Max!.Value, belowMin);
        }

        Missing(obj, path, field.Name, field.Range);
        return null;
    }

    private static double DefaultOf(ScenarioField field) => double.Parse(field.Default!, CultureInfo.InvariantCulture);

    private long? OptionalInteger(SourceObject obj, string path, ScenarioField field) =>
        obj.Find(field.Name) is { } property ? Integer(property.Value, JsonPathText.Child(path, field.Name), field) : null;

    private long? Integer(SourceNode node, string path, ScenarioField field) =>
        Integer(node, path, (long)field.Min!.Value, (long)field.Max!.Value);

    private double? Number(SourceNode node, string path, ScenarioField field) =>
        Number(node, path, field.Min!.Value, field.Max!.Value, field.MinExclusive ? field.Range : null, field.MinExclusive);

    private long? Integer(SourceNode node, string path, long min, long max, string? belowMin = null, string? aboveMax = null)
    {
        var allowed = FormattableString.Invariant($"{min} to {max}");
        if (node is not SourceValue { Kind: JsonValueKind.Number } value)
        {
            TypeError(node, path, "an integer", allowed);
            return null;
        }

        if (Finite(value, path, allowed) is not { } number)
        {
            return null;
        }

        if (Math.Floor(number) != number)
        {
            Error(value.Location, path, "expected an integer, got " + value.Written, allowed);
            return null;
        }

        if (number < min || number > max)
        {
            OutOfRange(value, path, allowed, number < min ? belowMin : aboveMax);
            return null;
        }

        return (long)number;
    }

    private double? Number(SourceNode node, string path, ParameterSpec spec) =>
        Number(node, path, spec.Min, spec.Max, spec.RangeText);

    private double? Number(SourceNode node, string path, double min, double max, string? allowed = null, bool minExclusive = false)
    {
        allowed ??= FormattableString.Invariant($"{min} to {max}");
        if (node is not SourceValue { Kind: JsonValueKind.Number } value)
        {
            TypeError(node, path, "a number", allowed);
            return null;
        }

        if (Finite(value, path, allowed) is not { } number)
        {
            return null;
        }

        if (number < min || number > max || (minExclusive && number <= min))
        {
            OutOfRange(value, path, allowed, null);
            return null;
        }

        return number;
    }

    private double? Finite(SourceValue value, string path, string allowed)
    {
        var number = double.Parse(value.Text ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsFinite(number))
        {
            return number;
        }

        Error(value.Location, path, value.Written + " is too large to be a number", allowed);
        return null;
    }

    private bool? Boolean(SourceNode node, string path)
    {
        if (node is SourceValue { Kind: JsonValueKind.True or JsonValueKind.False } value)
        {
            return value.Kind == JsonValueKind.True;
        }

        TypeError(node, path, "a boolean", "true, false");
        return null;
    }

    private string? NonEmptyString(SourceNode node, string path, string what)
    {
        if (node is not SourceValue { Kind: JsonValueKind.String, Text: { } text })
        {
            TypeError(node, path, "a string", "a non-empty string");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Error(node.Location, path, "the " + what + " must not be empty", "a non-empty string");
            return null;
        }

        return text;
    }

    private SourceObject? ObjectOf(SourceNode node, string path, string allowed)
    {
        if (node is SourceObject obj)
        {
            return obj;
        }

        TypeError(node, path, "an object", allowed);
        return null;
    }

    // ---- Error helpers -------------------------------------------------------------------------

    private void Unknown(SourceProperty property, string objectPath, IReadOnlyList<string> allowed)
    {
        var message = "unknown field " + SourceValue.Quote(property.Name);
        if (Closest(property.Name, allowed) is { } suggestion)
        {
            message += "; did you mean " + SourceValue.Quote(suggestion) + "?";
        }

        Error(property.NameLocation, JsonPathText.Child(objectPath, property.Name), message, string.Join(", ", allowed));
    }

    private void Missing(SourceObject obj, string objectPath, string name, string allowed) =>
        Error(obj.Location, JsonPathText.Child(objectPath, name), "missing required field " + SourceValue.Quote(name), allowed);

    private void TypeError(SourceNode node, string path, string expected, string allowed) =>
        Error(node.Location, path, "expected " + expected + ", got " + node.Describe(), allowed);

    private void OutOfRange(SourceValue value, string path, string allowed, string? why) =>
        Error(value.Location, path, value.Written + " is out of range" + (why is null ? string.Empty : ": " + why), allowed);

    private void Error(SourceLocation location, string path, string message, string? allowed) =>
        _errors.Add(new ScenarioError(location.File, path, location.Line, message, allowed));

    /// <summary>The allowed name closest to a misspelt one, if it is close enough to be a likely typo.</summary>
    private static string? Closest(string name, IReadOnlyList<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(1, name.Length / 4) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
