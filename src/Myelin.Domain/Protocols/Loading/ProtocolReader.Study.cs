namespace Myelin.Domain.Protocols.Loading;

internal sealed partial class ProtocolReader
{
    private static readonly (string, DesignKind)[] DesignKinds =
        [("single-arm-open-label", DesignKind.SingleArmOpenLabel), ("randomised", DesignKind.Randomised)];

    private static readonly (string, Blinding)[] Blindings =
        [("none", Blinding.None), ("single", Blinding.SingleBlind), ("double", Blinding.DoubleBlind)];

    private Study? ReadStudy(YamlMap top)
    {
        var map = top.Map("study", true, "study",
            "id", "title", "registration", "protocol_version", "design", "target_enrolment", "sites");
        if (map is null)
        {
            return null;
        }

        var id = map.Id("id", true);
        var title = map.Text("title", true);
        var registration = map.Text("registration", false);
        var version = map.Text("protocol_version", false) ?? "1.0";
        var design = ReadDesign(map);
        var target = map.Int("target_enrolment", true, 1, 1_000_000);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var sites = map.List("sites", true, true, (node, path) =>
        {
            var site = YamlMap.Open(context, node, path, "a site", "id", "name");
            var siteId = site?.Id("id", true);
            var name = site?.Text("name", true);
            Unique(seen, siteId, $"{path}.id", "site id");
            return siteId is null || name is null ? null : new Site(siteId, name);
        });

        return id is null || title is null || design is null || target is null
            ? null
            : new Study(id, title, registration, version, design, target.Value, sites);
    }

    private StudyDesign? ReadDesign(YamlMap study)
    {
        var map = study.Map("design", true, "the design", "type", "blinding");
        if (map is null)
        {
            return null;
        }

        var kind = map.Choice("type", true, DesignKinds);
        var blinding = map.Choice("blinding", kind == DesignKind.Randomised, Blindings);
        if (kind == DesignKind.SingleArmOpenLabel && blinding is { } b && b != Blinding.None)
        {
            context.Error(map.PathOf("blinding"), "a single-arm-open-label study is not blinded; allowed: none (or leave blinding out)");
        }

        return kind is null ? null : new StudyDesign(kind.Value, blinding ?? Blinding.None);
    }
}
