namespace Myelin.Domain.Protocols.Loading;

internal sealed partial class ProtocolReader
{
    /// <summary>Dose units a protocol may use.</summary>
    internal static readonly string[] DoseUnits = ["mcg", "µg", "mg", "g", "IU", "mL", "drop", "capsule", "tablet"];

    private static readonly (string, ArmKind)[] ArmKinds = [("active", ArmKind.Active), ("placebo", ArmKind.Placebo)];

    private List<Arm> ReadArms(YamlMap top, StudyDesign? design, Schedule? schedule)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var randomised = design?.IsRandomised;
        var declared = 0;
        var arms = top.List("arms", true, true, (node, path) =>
        {
            declared++;
            var map = YamlMap.Open(context, node, path, "an arm",
                "code", "label", "product", "dose", "times_per_day", "duration_weeks", "kind", "allocation_ratio");
            if (map is null)
            {
                return null;
            }

            var code = map.Id("code", true);
            Unique(seen, code, $"{path}.code", "arm code");
            var label = map.Text("label", true);
            var product = map.Text("product", true);
            var dose = ReadDose(map);
            var times = map.Int("times_per_day", true, 1, 24);
            var weeks = map.Int("duration_weeks", true, 1, 520);
            var kind = map.Choice("kind", true, ArmKinds);
            var ratio = map.Int("allocation_ratio", randomised == true, 1, 20);
            if (randomised == false && map.Has("allocation_ratio"))
            {
                context.Error(map.PathOf("allocation_ratio"), "allocation_ratio applies only to a randomised design; remove it for single-arm-open-label");
            }

            if (randomised == false && kind == ArmKind.Placebo)
            {
                context.Error(map.PathOf("kind"), "a single-arm-open-label study has no placebo arm; allowed: active");
            }

            if (weeks is { } w && schedule is not null && w > schedule.Treatment.EndWeek - schedule.Treatment.StartWeek)
            {
                context.Error(map.PathOf("duration_weeks"),
                    $"{w} weeks is longer than the treatment period (weeks {schedule.Treatment.StartWeek}–{schedule.Treatment.EndWeek})");
            }

            return code is null || label is null || product is null || dose is null || times is null || weeks is null || kind is null
                ? null
                : new Arm(code, label, product, dose, times.Value, weeks.Value, kind.Value, randomised == true ? ratio : null);
        });

        if (randomised == false && declared > 1)
        {
            context.Error("arms", $"a single-arm-open-label study has exactly one arm; found {declared}");
        }

        if (randomised == true && declared == 1)
        {
            context.Error("arms", "a randomised study needs at least two arms; found 1");
        }

        if (randomised == true && arms.Count == declared && declared > 1 && !arms.Any(a => a.Kind == ArmKind.Active))
        {
            context.Error("arms", "a randomised study needs at least one active arm");
        }

        return arms;
    }

    private Dose? ReadDose(YamlMap arm)
    {
        var map = arm.Map("dose", true, "a dose", "amount", "unit");
        if (map is null)
        {
            return null;
        }

        var amount = map.Number("amount", true, positive: true);
        var unit = map.Text("unit", true);
        if (unit is not null && !DoseUnits.Contains(unit))
        {
            context.Error(map.PathOf("unit"), $"'{unit}' is not a known dose unit; allowed: {string.Join(", ", DoseUnits)}");
            return null;
        }

        return amount is null || unit is null ? null : new Dose(amount.Value, unit);
    }
}
