using Myelin.Domain.Protocols.Rules;
using YamlDotNet.RepresentationModel;

namespace Myelin.Domain.Protocols.Loading;

internal sealed partial class ProtocolReader
{
    private const double VasMin = 0;
    private const double VasMax = 10;
    private const double DefaultVasStep = 0.1;

    private static readonly string[] ItemKeys =
        ["id", "label", "type", "required", "min", "max", "step", "unit", "anchors", "choices", "max_length"];

    private static readonly string[] TypeSpecificKeys = ["min", "max", "step", "unit", "anchors", "choices", "max_length"];

    /// <summary>Which optional keys apply to which item type.</summary>
    private static readonly Dictionary<ItemType, string[]> TypeKeys = new()
    {
        [ItemType.Vas] = ["step", "anchors"],
        [ItemType.WholeNumber] = ["min", "max", "unit"],
        [ItemType.DecimalNumber] = ["min", "max", "unit"],
        [ItemType.Choice] = ["choices"],
        [ItemType.YesNo] = [],
        [ItemType.Date] = [],
        [ItemType.Text] = ["max_length"],
    };

    private List<Instrument> ReadInstruments(YamlMap top)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        return top.List("instruments", true, true, (node, path) =>
        {
            var map = YamlMap.Open(context, node, path, "an instrument", "id", "label", "items", "scores");
            if (map is null)
            {
                return null;
            }

            var id = map.Id("id", true);
            var firstText = _texts.Count;
            var label = ReadTranslatable(map, "label", true);
            Unique(seen, id, $"{path}.id", "instrument id");
            var itemIds = new Dictionary<string, string>(StringComparer.Ordinal);
            var items = map.List("items", true, true, (itemNode, itemPath) => ReadItem(itemNode, itemPath, itemIds));
            var scores = ReadScores(map, items, itemIds);
            CheckInstrumentTranslations(id, firstText);
            return id is null || label is null
                ? null
                : new Instrument(id, label.English, items, scores) { LabelTranslations = label.Translations };
        });
    }

    private Item? ReadItem(YamlNode node, string path, Dictionary<string, string> seen)
    {
        var map = YamlMap.Open(context, node, path, "an item", ItemKeys);
        if (map is null)
        {
            return null;
        }

        var id = map.Id("id", true);
        Unique(seen, id, $"{path}.id", "item id");
        var label = ReadTranslatable(map, "label", true);
        var required = map.Bool("required", false) ?? true;
        var type = map.Choice("type", true, ItemTypeNames.All);
        if (type is null || id is null || label is null)
        {
            return null;
        }

        foreach (var key in TypeSpecificKeys)
        {
            if (map.Has(key) && !TypeKeys[type.Value].Contains(key))
            {
                var applies = TypeKeys[type.Value];
                context.Error(map.PathOf(key),
                    $"'{key}' does not apply to a {ItemTypeNames.Name(type.Value)} item; allowed here: {Known(["id", "label", "type", "required", .. applies])}");
            }
        }

        var item = type.Value switch
        {
            ItemType.Vas => ReadVas(map, id, label.English, required),
            ItemType.WholeNumber or ItemType.DecimalNumber => ReadNumeric(map, id, label.English, required, type.Value),
            ItemType.Choice => ReadChoice(map, id, label.English, required),
            ItemType.Text => new Item(id, label.English, ItemType.Text, required, null, null, null, null, null, null, [],
                map.Int("max_length", false, 1, 100_000)),
            _ => new Item(id, label.English, type.Value, required, null, null, null, null, null, null, [], null),
        };
        return item is null ? null : item with { LabelTranslations = label.Translations };
    }

    private Item? ReadVas(YamlMap map, string id, string label, bool required)
    {
        var step = map.Number("step", false, positive: true) ?? DefaultVasStep;
        var count = (VasMax - VasMin) / step;
        if (step > VasMax || Math.Abs(count - Math.Round(count)) > 1e-9)
        {
            context.Error(map.PathOf("step"), $"a VAS step must divide the 0–10 scale evenly (e.g. 0.1, 0.5, 1); found {ItemValueValidator.Format(step)}");
        }

        var anchors = map.Map("anchors", false, "VAS anchors", "min", "max");
        var min = anchors is null ? null : ReadTranslatable(anchors, "min", true);
        var max = anchors is null ? null : ReadTranslatable(anchors, "max", true);
        return new Item(id, label, ItemType.Vas, required, VasMin, VasMax, step, null, min?.English, max?.English, [], null)
        {
            MinAnchorTranslations = min?.Translations ?? Translations.None,
            MaxAnchorTranslations = max?.Translations ?? Translations.None,
        };
    }

    private Item? ReadNumeric(YamlMap map, string id, string label, bool required, ItemType type)
    {
        var isDecimal = type == ItemType.DecimalNumber;
        var unit = map.Text("unit", isDecimal);
        double? min = isDecimal ? map.Number("min", true) : map.Int("min", false);
        double? max = isDecimal ? map.Number("max", true) : map.Int("max", false);
        if (min is { } lo && max is { } hi && lo >= hi)
        {
            context.Error(map.PathOf("max"), $"max ({ItemValueValidator.Format(hi)}) must be greater than min ({ItemValueValidator.Format(lo)})");
        }

        return new Item(id, label, type, required, min, max, null, unit, null, null, [], null);
    }

    private Item? ReadChoice(YamlMap map, string id, string label, bool required)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var choices = map.List("choices", true, true, (node, path) =>
        {
            var choice = YamlMap.Open(context, node, path, "a choice", "code", "label");
            var code = choice?.Id("code", true);
            var choiceLabel = choice is null ? null : ReadTranslatable(choice, "label", true);
            Unique(seen, code, $"{path}.code", "choice code");
            return code is null || choiceLabel is null ? null : new Choice(code, choiceLabel.English) { LabelTranslations = choiceLabel.Translations };
        });
        return new Item(id, label, ItemType.Choice, required, null, null, null, null, null, null, choices, null);
    }

    private List<InstrumentScore> ReadScores(YamlMap instrument, List<Item> items, Dictionary<string, string> itemIds)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        return instrument.List("scores", false, false, (node, path) =>
        {
            var map = YamlMap.Open(context, node, path, "a score", "id", "label", "item", "mean_of", "min_items");
            if (map is null)
            {
                return null;
            }

            var id = map.Id("id", true);
            Unique(seen, id, $"{path}.id", "score id");
            if (id is not null && itemIds.TryGetValue(id, out var itemPath))
            {
                context.Error($"{path}.id", $"score id '{id}' is already an item id ({itemPath}); give the score its own id");
            }

            var label = map.Text("label", false) ?? id;
            var single = map.Has("item");
            var mean = map.Has("mean_of");
            if (single == mean)
            {
                context.Error(path, single
                    ? "a score takes either 'item' or 'mean_of', not both"
                    : "a score needs 'item: ITEM' (the value of one item) or 'mean_of: [ITEMS]' (their mean)");
                return null;
            }

            if (single && map.Has("min_items"))
            {
                context.Error(map.PathOf("min_items"), "'min_items' applies only to a 'mean_of' score");
            }

            List<string> used = single ? [] : map.TextList("mean_of", true, true);
            if (single && map.Id("item", true) is { } one)
            {
                used.Add(one);
            }

            var key = single ? "item" : "mean_of";
            for (var i = 0; i < used.Count; i++)
            {
                var usedPath = single ? map.PathOf(key) : $"{map.PathOf(key)}[{i}]";
                var item = items.FirstOrDefault(it => it.Id == used[i]);
                if (item is null)
                {
                    context.Error(usedPath, $"'{used[i]}' is not an item of this instrument; items: {Known(items.Select(it => it.Id))}");
                }
                else if (!item.IsNumeric)
                {
                    context.Error(usedPath, $"'{used[i]}' is a {ItemTypeNames.Name(item.Type)} item; scores use vas, integer or decimal items");
                }
            }

            var minItems = single ? 1 : map.Int("min_items", false, 1, Math.Max(1, used.Count)) ?? used.Count;
            return id is null || label is null || used.Count == 0
                ? null
                : new InstrumentScore(id, label, single ? ScoreKind.Item : ScoreKind.Mean, used, minItems);
        });
    }
}
