namespace Myelin.Domain.Protocols.Loading;

internal sealed partial class ProtocolReader
{
    private Stratification? ReadStratification(YamlMap top, List<Instrument> instruments, Screening? screening, Schedule? schedule)
    {
        var map = top.Map("stratification", false, "stratification", "severity", "etiology");
        if (map is null)
        {
            return null;
        }

        var severity = ReadSeverity(map, instruments, schedule);
        var etiology = ReadEtiology(map, instruments, screening);
        if (!map.Has("severity") && !map.Has("etiology"))
        {
            context.Error(map.Path, map.Start, "stratification needs 'severity', 'etiology' or both");
        }

        return new Stratification(severity, etiology);
    }

    private SeverityStratification? ReadSeverity(YamlMap parent, List<Instrument> instruments, Schedule? schedule)
    {
        var map = parent.Map("severity", false, "severity stratification", "instrument", "score", "event", "bands");
        if (map is null)
        {
            return null;
        }

        var instrumentId = map.Id("instrument", true);
        var scoreId = map.Id("score", true);
        var eventId = map.Id("event", true);
        CheckVariable(map, instruments, instrumentId, "score", scoreId, numericItemAllowed: true);
        CheckEventHasInstrument(map, "event", eventId, instrumentId, schedule);

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string>();
        var bands = map.List("bands", true, true, (node, path) =>
        {
            var band = YamlMap.Open(context, node, path, "a severity band", "code", "label", "from", "to");
            var code = band?.Id("code", true);
            Unique(seen, code, $"{path}.code", "band code");
            var label = band?.Text("label", false) ?? code;
            var from = band?.Number("from", true);
            var to = band?.Number("to", false);
            if (from is { } f && to is { } t && t <= f)
            {
                context.Error($"{path}.to", $"'to' ({ItemValueValidator.Format(t)}) must be greater than 'from' ({ItemValueValidator.Format(f)}); 'from' is inclusive, 'to' exclusive");
                return null;
            }

            if (code is null || label is null || from is null)
            {
                return null;
            }

            paths.Add(path);
            return new SeverityBand(code, label, from.Value, to);
        });

        CheckBandsContiguous(bands, paths);
        if (bands.Count == paths.Count && ScoreRange(instruments, instrumentId, scoreId) is { } range)
        {
            CheckBandsInRange(bands, paths, range, scoreId!);
        }

        return instrumentId is null || scoreId is null || eventId is null ? null : new SeverityStratification(instrumentId, scoreId, eventId, bands);
    }

    private void CheckBandsContiguous(List<SeverityBand> bands, List<string> paths)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.To is null && i < bands.Count - 1)
            {
                context.Error($"{paths[i]}", $"only the last band may leave out 'to'; band '{band.Code}' needs 'to' where '{bands[i + 1].Code}' starts");
                continue;
            }

            if (i == 0 || bands[i - 1].To is not { } previousEnd)
            {
                continue;
            }

            var previous = bands[i - 1];
            var f = ItemValueValidator.Format;
            if (band.From < previousEnd)
            {
                context.Error($"{paths[i]}.from",
                    $"band '{band.Code}' starts at {f(band.From)} but '{previous.Code}' runs to {f(previousEnd)}: the bands overlap; list bands in ascending order, each starting where the previous one ends ('from' inclusive, 'to' exclusive), e.g. from: {f(previousEnd)}");
            }
            else if (band.From > previousEnd)
            {
                context.Error($"{paths[i]}.from",
                    $"band '{band.Code}' starts at {f(band.From)} but '{previous.Code}' ends at {f(previousEnd)}: scores from {f(previousEnd)} to {f(band.From)} fall in no band; start it at {f(previousEnd)}");
            }
        }
    }

    /// <summary>The lowest and highest value a score (or numeric item) can take, when its items all have both limits.</summary>
    private static (double Low, double High)? ScoreRange(List<Instrument> instruments, string? instrumentId, string? scoreId)
    {
        var instrument = instruments.FirstOrDefault(i => i.Id == instrumentId);
        if (instrument is null || scoreId is null)
        {
            return null;
        }

        var itemIds = instrument.FindScore(scoreId)?.Items ?? [scoreId];
        var items = itemIds.Select(instrument.FindItem).ToList();
        if (items.Count == 0 || items.Any(i => i?.Min is null || i.Max is null))
        {
            return null;
        }

        return (items.Min(i => i!.Min!.Value), items.Max(i => i!.Max!.Value));
    }

    private void CheckBandsInRange(List<SeverityBand> bands, List<string> paths, (double Low, double High) range, string scoreId)
    {
        var f = ItemValueValidator.Format;
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.From < range.Low || band.From >= range.High)
            {
                context.Error($"{paths[i]}.from",
                    $"band '{band.Code}' starts at {f(band.From)}, outside the range of '{scoreId}' ({f(range.Low)} to {f(range.High)})");
            }

            if (i == bands.Count - 1 && band.To is { } to && to <= range.High)
            {
                context.Error($"{paths[i]}.to",
                    $"'to' is exclusive, so {f(range.High)} on '{scoreId}' would fall in no band; leave out 'to' on the last band");
            }
            else if (band.To is { } end && end > range.High)
            {
                context.Error($"{paths[i]}.to",
                    $"band '{band.Code}' runs to {f(end)}, beyond the highest '{scoreId}' ({f(range.High)}); leave out 'to' on the last band");
            }
        }
    }

    private EtiologyStratification? ReadEtiology(YamlMap parent, List<Instrument> instruments, Screening? screening)
    {
        var map = parent.Map("etiology", false, "etiology stratification", "item", "strata");
        if (map is null)
        {
            return null;
        }

        var itemId = map.Id("item", true);
        var screeningInstrument = instruments.FirstOrDefault(i => i.Id == screening?.Instrument);
        var item = screeningInstrument?.FindItem(itemId ?? string.Empty);
        if (itemId is not null && screening is null)
        {
            context.Error(map.PathOf("item"), "etiology strata read a screening item, but the protocol has no 'screening' section");
        }
        else if (itemId is not null && screeningInstrument is not null && item is null)
        {
            context.Error(map.PathOf("item"), $"'{itemId}' is not an item of the screening instrument '{screeningInstrument.Id}'; items: {Known(screeningInstrument.Items.Select(i => i.Id))}");
        }
        else if (item is not null && item.Type != ItemType.Choice)
        {
            context.Error(map.PathOf("item"), $"'{itemId}' is a {Rules.ItemTypeNames.Name(item.Type)} item; etiology strata need a choice item");
            item = null;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        var strata = map.List("strata", false, true, (node, path) =>
        {
            var stratum = YamlMap.Open(context, node, path, "an etiology stratum", "code", "label", "values");
            var code = stratum?.Id("code", true);
            Unique(seen, code, $"{path}.code", "stratum code");
            var label = stratum?.Text("label", false) ?? code;
            var values = stratum?.TextList("values", true, true) ?? [];
            for (var i = 0; i < values.Count; i++)
            {
                var valuePath = $"{path}.values[{i}]";
                if (item is not null && !item.Choices.Any(c => c.Code == values[i]))
                {
                    context.Error(valuePath, $"'{values[i]}' is not a code of '{item.Id}'; codes: {Known(item.Choices.Select(c => c.Code))}");
                }
                else
                {
                    Unique(assigned, values[i], valuePath, "stratum value (a code may belong to one stratum only)");
                }
            }

            return code is null || label is null ? null : new EtiologyStratum(code, label, values);
        });

        if (!map.Has("strata") && item is not null)
        {
            strata = [.. item.Choices.Select(c => new EtiologyStratum(c.Code, c.Label, [c.Code]))];
        }

        return itemId is null ? null : new EtiologyStratification(itemId, strata);
    }
}
