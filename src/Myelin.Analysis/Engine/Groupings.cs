using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Engine;

/// <summary>Builds the groupings of the analysed participants in protocol order.</summary>
internal static class Groupings
{
    /// <summary>All participants, then strata (band order), etiologies (strata order), arms (placebo first).</summary>
    public static IReadOnlyList<Grouping> Build(Protocol protocol, AnalysisDataset data, bool[] included)
    {
        var all = new List<int>();
        for (int p = 0; p < included.Length; p++)
        {
            if (included[p])
            {
                all.Add(p);
            }
        }

        var result = new List<Grouping> { new(Grouping.All, [Grouping.All], [all.ToArray()]) };
        var bands = protocol.Stratification?.Severity?.Bands.Select(b => b.Code) ?? [];
        Add(result, "stratum", bands, data, all, p => p.Stratum);
        var etiologies = protocol.Stratification?.Etiology?.Strata.Select(s => s.Code) ?? [];
        Add(result, "etiology", etiologies, data, all, p => p.Etiology);
        var arms = protocol.Arms.Where(a => a.Kind == ArmKind.Placebo).Concat(protocol.Arms.Where(a => a.Kind != ArmKind.Placebo)).Select(a => a.Code);
        Add(result, "arm", arms, data, all, p => p.Arm);
        return result;
    }

    private static void Add(List<Grouping> into, string by, IEnumerable<string> order, AnalysisDataset data, List<int> all, Func<AnalysisParticipant, string?> level)
    {
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (int p in all)
        {
            if (level(data.Participants[p]) is { } code)
            {
                if (!members.TryGetValue(code, out var list))
                {
                    members[code] = list = [];
                }

                list.Add(p);
            }
        }

        if (members.Count == 0)
        {
            return;
        }

        // Protocol order first; codes the protocol does not list (raw etiology codes) follow in ordinal order.
        var levels = order.Where(members.ContainsKey).ToList();
        levels.AddRange(members.Keys.Where(k => !levels.Contains(k)).Order(StringComparer.Ordinal));
        into.Add(new Grouping(by, levels, levels.Select(l => members[l].ToArray()).ToArray()));
    }
}
