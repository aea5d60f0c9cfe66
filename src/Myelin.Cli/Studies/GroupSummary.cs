using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.Queries;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Cli.Studies;

/// <summary>
/// The primary endpoint per severity group, as the demo prints it: n, baseline and follow-up mean with their ranges,
/// and the change worded without ambiguity ("fell from 7.2 to 1.6 (−5.6 points, −78%)").
/// </summary>
internal sealed record GroupSummary(string Group, int N, double BaselineMean, double BaselineMin, double BaselineMax,
    int FollowUpN, double FollowUpMean, double FollowUpMin, double FollowUpMax)
{
    public string Change
    {
        get
        {
            var diff = FollowUpMean - BaselineMean;
            var pct = 100 * diff / BaselineMean;
            var verb = Math.Round(diff, 1) switch { < 0 => "fell", > 0 => "rose", _ => "did not change" };
            return $"{verb} from {F(BaselineMean)} to {F(FollowUpMean)} ({Signed(diff, 1)} points, {Signed(pct, 0)}%)";
        }
    }

    private static string F(double v) => v.ToString("F1", CultureInfo.InvariantCulture);

    private static string Signed(double v, int decimals) =>
        (v < 0 ? "−" : "+") + Math.Abs(v).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The primary endpoint's score per participant at its from- and to-event, grouped by severity stratum.</summary>
    public static async Task<List<GroupSummary>> ForPrimaryEndpointAsync(MyelinDbContext db, StudyContext study, CancellationToken ct)
    {
        var protocol = study.Protocol;
        var endpoint = protocol.PrimaryEndpoint;
        var instrument = protocol.GetInstrument(endpoint.Instrument);
        var participants = await db.Participants.InStudy(study.Study.Id).Where(p => p.Status != ParticipantStatus.Screened)
            .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var assessments = await db.Assessments.InStudy(study.Study.Id).WithItems()
            .Where(a => a.InstrumentId == endpoint.Instrument && (a.EventId == endpoint.FromEvent || a.EventId == endpoint.ToEvent))
            .AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        double? ScoreOf(Assessment? a)
        {
            if (a is null) return null;
            var values = a.Items.ToDictionary(i => i.ItemId, i => i.Numeric);
            return instrument.FindScore(endpoint.Variable) is not null
                ? Scoring.ComputeScore(instrument, endpoint.Variable, values).Value
                : values.GetValueOrDefault(endpoint.Variable);
        }
        var scored = participants.Select(p => (
            Group: p.Stratum ?? "all",
            Baseline: ScoreOf(assessments.Find(a => a.ParticipantId == p.Id && a.EventId == endpoint.FromEvent)),
            FollowUp: ScoreOf(assessments.Find(a => a.ParticipantId == p.Id && a.EventId == endpoint.ToEvent)))).ToList();
        var order = protocol.Stratification?.Severity?.Bands.Select(b => b.Code).ToList() ?? [];
        return scored.GroupBy(s => s.Group)
            .OrderBy(g => order.IndexOf(g.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(g =>
            {
                var b = g.Where(s => s.Baseline is not null).Select(s => s.Baseline!.Value).ToList();
                var f = g.Where(s => s.FollowUp is not null).Select(s => s.FollowUp!.Value).ToList();
                return new GroupSummary(g.Key, b.Count, b.Average(), b.Min(), b.Max(),
                    f.Count, f.Count == 0 ? double.NaN : f.Average(), f.Count == 0 ? double.NaN : f.Min(), f.Count == 0 ? double.NaN : f.Max());
            }).ToList();
    }
}
