using System.Globalization;
using Myelin.Domain.Records;
using YamlDotNet.RepresentationModel;

namespace Myelin.Domain.Protocols.Loading;

internal sealed partial class ProtocolReader
{
    private static readonly (string, PeriodKind)[] PeriodKinds =
        [("treatment", PeriodKind.Treatment), ("follow-up", PeriodKind.FollowUp)];

    private Schedule? ReadSchedule(YamlMap top, List<Instrument> instruments)
    {
        var map = top.Map("schedule", true, "the schedule", "treatment", "follow_up", "events");
        if (map is null)
        {
            return null;
        }

        var treatment = ReadPeriod(map, "treatment", PeriodKind.Treatment, true);
        var followUp = ReadPeriod(map, "follow_up", PeriodKind.FollowUp, false);
        if (treatment is not null && followUp is not null && followUp.StartWeek != treatment.EndWeek)
        {
            var problem = followUp.StartWeek > treatment.EndWeek ? "leaves a gap after" : "overlaps";
            context.Error(map.PathOf("follow_up.start_week"),
                $"follow-up starting at week {followUp.StartWeek} {problem} the treatment period (weeks {treatment.StartWeek}–{treatment.EndWeek}); it must start at week {treatment.EndWeek}");
        }

        var paths = new List<string>();
        var definitions = map.List("events", true, true, (node, path) =>
        {
            var definition = ReadEventDefinition(node, path, instruments);
            if (definition is not null)
            {
                paths.Add(path);
            }

            return definition;
        });

        var events = treatment is null ? [] : Expand(definitions, paths, treatment, followUp);
        return treatment is null ? null : new Schedule(treatment, followUp, definitions, events);
    }

    private Period? ReadPeriod(YamlMap schedule, string key, PeriodKind kind, bool required)
    {
        var map = schedule.Map(key, required, $"the {key.Replace('_', '-')} period", "start_week", "end_week");
        if (map is null)
        {
            return null;
        }

        var start = map.Int("start_week", true, 0, 520);
        var end = map.Int("end_week", true, 0, 520);
        if (start is { } s && end is { } e && e <= s)
        {
            context.Error(map.PathOf("end_week"), $"end_week ({e}) must be after start_week ({s})");
            return null;
        }

        return start is null || end is null ? null : new Period(kind, start.Value, end.Value);
    }

    private EventDefinition? ReadEventDefinition(YamlNode node, string path, List<Instrument> instruments)
    {
        var map = YamlMap.Open(context, node, path, "an event", "id", "label", "day", "repeat", "window", "instruments", "period");
        if (map is null)
        {
            return null;
        }

        var id = map.Id("id", true);
        var label = map.Translatable("label", true);
        var day = map.Int("day", false, -3650, 3650);
        EventRepeat? repeat = null;
        if (map.Map("repeat", false, "a repeat", "every_weeks", "from_week", "to_week") is { } repeatMap)
        {
            var every = repeatMap.Int("every_weeks", false, 1, 52) ?? 1;
            var from = repeatMap.Int("from_week", true, 0, 520);
            var to = repeatMap.Int("to_week", true, 0, 520);
            if (from is { } f && to is { } t && t < f)
            {
                context.Error(repeatMap.PathOf("to_week"), $"to_week ({t}) must not be before from_week ({f})");
            }
            else if (from is not null && to is not null)
            {
                repeat = new EventRepeat(every, from.Value, to.Value);
            }
        }

        if (map.Has("day") == map.Has("repeat"))
        {
            context.Error(path, map.Has("day")
                ? "an event takes either 'day' or 'repeat', not both"
                : "an event needs 'day: N' (days from enrolment) or 'repeat: {every_weeks, from_week, to_week}'");
        }

        var window = new EventWindow(0, 0);
        if (map.Map("window", false, "a window", "before", "after") is { } windowMap)
        {
            window = new EventWindow(windowMap.Int("before", false, 0, 365) ?? 0, windowMap.Int("after", false, 0, 365) ?? 0);
        }

        var due = map.TextList("instruments", true, true);
        for (var i = 0; i < due.Count; i++)
        {
            if (!instruments.Any(x => x.Id == due[i]))
            {
                context.Error($"{map.PathOf("instruments")}[{i}]",
                    $"'{due[i]}' is not a defined instrument; instruments: {Known(instruments.Select(x => x.Id))}");
            }
        }

        if (due.Distinct(StringComparer.Ordinal).Count() != due.Count)
        {
            context.Error(map.PathOf("instruments"), "an instrument is listed more than once");
        }

        CheckEventTranslations(label, due);
        var period = map.Choice("period", false, PeriodKinds);
        return id is null || label is null || (day is null && repeat is null)
            ? null
            : new EventDefinition(id, label.English, day, repeat, window, due, period) { LabelTranslations = label.Translations };
    }

    private List<ScheduledEvent> Expand(List<EventDefinition> definitions, List<string> paths, Period treatment, Period? followUp)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var events = new List<ScheduledEvent>();
        for (var d = 0; d < definitions.Count; d++)
        {
            var definition = definitions[d];
            var path = paths[d];
            var occurrences = definition.Repeat is { } repeat
                ? repeat.Weeks().Select(w => (
                    Id: EventRepeat.OccurrenceId(definition.Id, w),
                    Label: EventRepeat.OccurrenceLabel(definition.Label, w, DiaryLanguage.English),
                    Translations: OccurrenceTranslations(definition, w),
                    Day: w * 7))
                : [(definition.Id, definition.Label, definition.LabelTranslations, definition.Day!.Value)];

            foreach (var (id, label, translations, day) in occurrences)
            {
                var line = context.MarkOf(path).Line;
                var origin = definition.Repeat is null
                    ? $"already defined at {path}.id (line {line})"
                    : string.Create(CultureInfo.InvariantCulture, $"repeating event '{definition.Id}' ({path}, line {line}) already has it at week {day / 7}");
                if (seen.TryGetValue(id, out var first))
                {
                    context.Error($"{path}.id", $"duplicate event id '{id}'; {first}");
                    continue;
                }

                seen[id] = origin;
                var period = ResolvePeriod(definition, day, treatment, followUp, path);
                if (period is not null)
                {
                    events.Add(new ScheduledEvent(id, label, day, definition.Window, definition.Instruments, period.Value, definition.Id)
                    {
                        LabelTranslations = translations,
                    });
                }
            }
        }

        return [.. events.OrderBy(e => e.Day)];
    }

    private static Translations OccurrenceTranslations(EventDefinition definition, int week) =>
        new(definition.LabelTranslations.Languages.ToDictionary(
            l => l, l => EventRepeat.OccurrenceLabel(definition.LabelTranslations.In(l, definition.Label), week, l), StringComparer.Ordinal));

    private PeriodKind? ResolvePeriod(EventDefinition definition, int day, Period treatment, Period? followUp, string path)
    {
        var where = definition.Repeat is null ? $"{path}.day" : $"{path}.repeat";
        var periods = followUp is null
            ? $"treatment weeks {treatment.StartWeek}–{treatment.EndWeek}"
            : $"treatment weeks {treatment.StartWeek}–{treatment.EndWeek}, follow-up weeks {followUp.StartWeek}–{followUp.EndWeek}";
        if (definition.Period is { } chosen)
        {
            var period = chosen == PeriodKind.Treatment ? treatment : followUp;
            if (period is null)
            {
                context.Error($"{path}.period", "the schedule has no follow-up period; define schedule.follow_up or use period: treatment");
                return null;
            }

            if (!period.Contains(day))
            {
                context.Error(where, string.Create(CultureInfo.InvariantCulture,
                    $"day {day} lies outside the {(chosen == PeriodKind.Treatment ? "treatment" : "follow-up")} period (days {period.StartDay}–{period.EndDay}; {periods})"));
                return null;
            }

            return chosen;
        }

        if (treatment.Contains(day))
        {
            return PeriodKind.Treatment;
        }

        if (followUp?.Contains(day) == true)
        {
            return PeriodKind.FollowUp;
        }

        context.Error(where, string.Create(CultureInfo.InvariantCulture,
            $"day {day} lies outside every period ({periods}); each event must fall in a period"));
        return null;
    }
}
