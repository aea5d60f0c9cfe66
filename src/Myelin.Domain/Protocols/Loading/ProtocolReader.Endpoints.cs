namespace Myelin.Domain.Protocols.Loading;

internal sealed partial class ProtocolReader
{
    private static readonly (string, EndpointRole)[] Roles =
        [("primary", EndpointRole.Primary), ("secondary", EndpointRole.Secondary), ("exploratory", EndpointRole.Exploratory)];

    private static readonly (string, EndpointKind)[] EndpointKinds =
        [("change", EndpointKind.Change), ("percent-change", EndpointKind.PercentChange), ("responder", EndpointKind.Responder)];

    private static readonly string[] ResponderKeys = ["reduction_percent", "reduction_points"];

    private List<Endpoint> ReadEndpoints(YamlMap top, List<Instrument> instruments, Schedule? schedule)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        string? firstPrimary = null;
        var endpoints = top.List("endpoints", true, true, (node, path) =>
        {
            var map = YamlMap.Open(context, node, path, "an endpoint", "id", "label", "role", "kind", "instrument",
                "score", "item", "from_event", "to_event", "reduction_percent", "reduction_points");
            if (map is null)
            {
                return null;
            }

            var id = map.Id("id", true);
            Unique(seen, id, $"{path}.id", "endpoint id");
            var label = map.Text("label", true);
            var role = map.Choice("role", true, Roles);
            if (role == EndpointRole.Primary)
            {
                if (firstPrimary is not null)
                {
                    context.Error(map.PathOf("role"), $"only one endpoint may be primary; {firstPrimary} is already primary (use secondary)");
                }

                firstPrimary ??= path;
            }

            var kind = map.Choice("kind", true, EndpointKinds);
            var instrumentId = map.Id("instrument", true);
            var variable = ReadEndpointVariable(map, instruments, instrumentId, out var isScore);
            var from = map.Id("from_event", true);
            var to = map.Id("to_event", true);
            CheckEventHasInstrument(map, "from_event", from, instrumentId, schedule);
            CheckEventHasInstrument(map, "to_event", to, instrumentId, schedule);
            if (schedule?.Events.FirstOrDefault(e => e.Id == from) is { } fromEvent
                && schedule.Events.FirstOrDefault(e => e.Id == to) is { } toEvent && toEvent.Day <= fromEvent.Day)
            {
                context.Error(map.PathOf("to_event"), $"'{to}' (day {toEvent.Day}) must come after from_event '{from}' (day {fromEvent.Day})");
            }

            var (percent, points) = ReadResponder(map, kind);
            return id is null || label is null || role is null || kind is null || instrumentId is null || variable is null || from is null || to is null
                ? null
                : new Endpoint(id, label, role.Value, kind.Value, instrumentId, isScore ? variable : null, isScore ? null : variable, from, to, percent, points);
        });

        if (firstPrimary is null && endpoints.Count > 0)
        {
            context.Error("endpoints", "no endpoint has role: primary; exactly one must");
        }

        return endpoints;
    }

    private string? ReadEndpointVariable(YamlMap map, List<Instrument> instruments, string? instrumentId, out bool isScore)
    {
        isScore = map.Has("score");
        if (isScore == map.Has("item"))
        {
            context.Error(map.Path, map.Start, isScore
                ? "an endpoint takes either 'score' or 'item', not both"
                : "an endpoint needs 'score: SCORE' (an instrument score) or 'item: ITEM' (a numeric item)");
            return null;
        }

        var key = isScore ? "score" : "item";
        var variable = map.Id(key, true);
        CheckVariable(map, instruments, instrumentId, key, variable, numericItemAllowed: !isScore);
        return variable;
    }

    private (double? Percent, double? Points) ReadResponder(YamlMap map, EndpointKind? kind)
    {
        var percent = map.Number("reduction_percent", false, 0, 100);
        var points = map.Number("reduction_points", false, positive: true);
        if (kind == EndpointKind.Responder && !map.Has("reduction_percent") && !map.Has("reduction_points"))
        {
            context.Error(map.Path, map.Start, "a responder endpoint needs reduction_percent (e.g. 30 or 50) and/or reduction_points (e.g. 2)");
        }
        else if (kind is not null && kind != EndpointKind.Responder)
        {
            foreach (var key in ResponderKeys.Where(map.Has))
            {
                context.Error(map.PathOf(key), $"'{key}' applies only to kind: responder");
            }
        }

        if (percent is 0)
        {
            context.Error(map.PathOf("reduction_percent"), "reduction_percent must be greater than 0 and at most 100");
        }

        return (percent, points);
    }

    /// <summary>Checks that <paramref name="variable"/> names a score (or, when allowed, a numeric item) of the instrument.</summary>
    private void CheckVariable(YamlMap map, List<Instrument> instruments, string? instrumentId, string key, string? variable, bool numericItemAllowed)
    {
        if (instrumentId is null)
        {
            return;
        }

        var instrument = instruments.FirstOrDefault(i => i.Id == instrumentId);
        if (instrument is null)
        {
            context.Error(map.PathOf("instrument"), $"'{instrumentId}' is not a defined instrument; instruments: {Known(instruments.Select(i => i.Id))}");
            return;
        }

        if (variable is null)
        {
            return;
        }

        var isScore = instrument.FindScore(variable) is not null;
        var item = instrument.FindItem(variable);
        if (key == "score" && !isScore && !(numericItemAllowed && item is { IsNumeric: true }))
        {
            context.Error(map.PathOf(key), $"'{variable}' is not a score of '{instrumentId}'; scores: {Known(instrument.Scores.Select(s => s.Id))}");
        }
        else if (key == "item" && item is null)
        {
            context.Error(map.PathOf(key), $"'{variable}' is not an item of '{instrumentId}'; items: {Known(instrument.Items.Select(i => i.Id))}");
        }
        else if (key == "item" && !item!.IsNumeric)
        {
            context.Error(map.PathOf(key), $"'{variable}' is a {Rules.ItemTypeNames.Name(item.Type)} item; endpoints need a vas, integer or decimal item");
        }
    }

    /// <summary>Checks that the event exists and that the instrument is due there.</summary>
    private void CheckEventHasInstrument(YamlMap map, string key, string? eventId, string? instrumentId, Schedule? schedule)
    {
        if (eventId is null || schedule is null)
        {
            return;
        }

        var scheduled = schedule.Events.FirstOrDefault(e => e.Id == eventId);
        if (scheduled is null)
        {
            context.Error(map.PathOf(key), $"'{eventId}' is not a scheduled event; events: {Known(schedule.Events.Select(e => e.Id))}");
        }
        else if (instrumentId is not null && !scheduled.HasInstrument(instrumentId))
        {
            context.Error(map.PathOf(key), $"instrument '{instrumentId}' is not due at event '{eventId}'; due there: {Known(scheduled.Instruments)}");
        }
    }
}
