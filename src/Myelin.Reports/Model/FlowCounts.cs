using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;

namespace Myelin.Reports.Model;

/// <summary>The numbers of the participant flow diagram (CONSORT 2010, item 13; pilot extension, item 13).</summary>
internal sealed record FlowCounts(
    int? Screened,
    IReadOnlyList<FlowReason> NotEligible,
    IReadOnlyList<FlowReason> NotEnrolled,
    int Enrolled,
    bool Randomised,
    string AnalysedAt,
    IReadOnlyList<FlowArm> Arms)
{
    public int NotEligibleTotal => NotEligible.Sum(r => r.Count);

    public int NotEnrolledTotal => NotEnrolled.Sum(r => r.Count);

    /// <summary>Counts the flow from the dataset (enrolment, disposition, primary-endpoint values) and the screening facts.</summary>
    public static FlowCounts From(AnalysisDataset data, ParticipantFlow? flow)
    {
        var protocol = data.Protocol;
        var primary = protocol.PrimaryEndpoint;
        double[] baseline = data.Column(primary.Instrument, primary.Variable, primary.FromEvent);
        double[] followUp = data.Column(primary.Instrument, primary.Variable, primary.ToEvent);
        var reasons = flow?.WithdrawalReasons ?? new Dictionary<string, string>();
        string at = ReportText.Event(protocol, primary.ToEvent);
        var arms = new List<FlowArm>();
        foreach (var arm in protocol.Arms)
        {
            var members = data.Participants.Where(p => p.Arm == arm.Code).ToList();
            var withdrawn = members.Where(p => p.Disposition == ParticipantDisposition.Withdrawn).ToList();
            var notAnalysed = new List<string>();
            int analysed = 0;
            foreach (var p in members)
            {
                bool hasBaseline = !double.IsNaN(baseline[p.Index]);
                bool hasFollowUp = !double.IsNaN(followUp[p.Index]);
                if (hasBaseline && hasFollowUp)
                {
                    analysed++;
                }
                else
                {
                    notAnalysed.Add(!hasBaseline ? "No baseline value"
                        : p.Disposition == ParticipantDisposition.Withdrawn ? $"Withdrew before {at}"
                        : $"No value at {at}");
                }
            }

            arms.Add(new FlowArm(
                arm.Code,
                arm.Label,
                members.Count,
                withdrawn.Count,
                Tally(withdrawn.Select(p => reasons.TryGetValue(p.Code, out var r) && !string.IsNullOrWhiteSpace(r) ? Capitalise(r) : "Reason not recorded")),
                members.Count(p => p.Disposition == ParticipantDisposition.Completed),
                members.Count(p => p.Disposition == ParticipantDisposition.Enrolled),
                analysed,
                Tally(notAnalysed)));
        }

        return new FlowCounts(
            flow?.Screened,
            flow?.NotEligible ?? [],
            flow?.NotEnrolled ?? [],
            data.Participants.Count,
            protocol.Study.Design.IsRandomised,
            at,
            arms);
    }

    private static List<FlowReason> Tally(IEnumerable<string> reasons) =>
        reasons.GroupBy(r => r, StringComparer.Ordinal)
            .Select(g => new FlowReason(g.Key, g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
