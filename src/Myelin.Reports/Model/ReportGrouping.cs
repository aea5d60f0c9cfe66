using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;

namespace Myelin.Reports.Model;

/// <summary>
/// The groupings the analysis uses (<c>all</c>, <c>arm</c>, <c>stratum</c>, <c>etiology</c>): which one the report's
/// per-group figures show, each participant's level and each level's label from the protocol.
/// </summary>
internal static class ReportGrouping
{
    public const string All = "all";
    public const string Arm = "arm";
    public const string Stratum = "stratum";
    public const string Etiology = "etiology";

    /// <summary>Arms when there are several (the randomised comparison); else severity strata; else everyone together.</summary>
    public static string Default(Protocol protocol) =>
        protocol.Arms.Count > 1 ? Arm : protocol.Stratification?.Severity is not null ? Stratum : All;

    /// <summary>Throws when <paramref name="by"/> is not one of the analysis groupings.</summary>
    public static string Check(string by) => by is All or Arm or Stratum or Etiology
        ? by
        : throw new ArgumentException($"'{by}' is not a grouping; use all, arm, stratum or etiology", nameof(by));

    /// <summary>The participant's level of the grouping; null when unknown.</summary>
    public static string? LevelOf(AnalysisParticipant participant, string by) => by switch
    {
        All => All,
        Arm => participant.Arm,
        Stratum => participant.Stratum,
        Etiology => participant.Etiology,
        _ => null,
    };

    /// <summary>The levels in protocol order, then any other level found in the data (e.g. an etiology no stratum gathers).</summary>
    public static IReadOnlyList<string> Levels(Protocol protocol, AnalysisDataset? data, string by)
    {
        var levels = by switch
        {
            All => [All],
            Arm => protocol.Arms.Select(a => a.Code).ToList(),
            Stratum => protocol.Stratification?.Severity?.Bands.Select(b => b.Code).ToList() ?? [],
            Etiology => protocol.Stratification?.Etiology?.Strata.Select(s => s.Code).ToList() ?? [],
            _ => new List<string>(),
        };
        if (data is not null && by != All)
        {
            foreach (var p in data.Participants)
            {
                if (LevelOf(p, by) is { } level && !levels.Contains(level))
                {
                    levels.Add(level);
                }
            }
        }

        return levels;
    }

    /// <summary>The display label of a level: the arm, band or stratum label from the protocol, else the code.</summary>
    public static string Label(Protocol protocol, string by, string level) => by switch
    {
        All => "All participants",
        Arm => protocol.FindArm(level)?.Label ?? level,
        Stratum => protocol.Stratification?.Severity?.Bands.FirstOrDefault(b => b.Code == level)?.Label ?? level,
        Etiology => protocol.Stratification?.Etiology?.Strata.FirstOrDefault(s => s.Code == level)?.Label ?? level,
        _ => level,
    };

    /// <summary>The grouping's name in a sentence: "arm", "severity stratum", "etiology".</summary>
    public static string Noun(string by) => by switch
    {
        Arm => "arm",
        Stratum => "severity stratum",
        Etiology => "etiology",
        _ => "all participants",
    };
}
