using System.Globalization;
using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Engine;

/// <summary>The analysis populations (ICH E9): all enrolled, per-protocol and completers.</summary>
internal static class Populations
{
    public const string AllEnrolled = "all-enrolled";
    public const string PerProtocol = "per-protocol";
    public const string Completers = "completers";

    /// <summary>Member masks and descriptions of the three populations, within <paramref name="included"/>.</summary>
    public static (bool[] Mask, PopulationResult Result)[] Build(Protocol protocol, AnalysisDataset data, bool[] included, double adherence)
    {
        int n = included.Length;
        var primary = protocol.PrimaryEndpoint;
        var variable = VariableRef.Resolve(protocol, primary.Instrument, primary.Variable)!;
        var toEvent = protocol.FindEvent(primary.ToEvent)!;
        var values = new double[n];
        var days = new int[n];
        data.FillColumn(variable, data.Layout.EventIndex(primary.ToEvent), values, days);

        var perProtocol = new bool[n];
        var completers = new bool[n];
        var ppOut = new List<PopulationExclusion>();
        var compOut = new List<PopulationExclusion>();
        for (int p = 0; p < n; p++)
        {
            if (!included[p])
            {
                continue;
            }

            var participant = data.Participants[p];
            string? reason = PerProtocolReason(participant, toEvent, values[p], days[p], adherence);
            perProtocol[p] = reason is null;
            if (reason is not null)
            {
                ppOut.Add(new PopulationExclusion(participant.Code, reason));
            }

            completers[p] = participant.Disposition == ParticipantDisposition.Completed;
            if (!completers[p])
            {
                compOut.Add(new PopulationExclusion(participant.Code, participant.Disposition == ParticipantDisposition.Withdrawn ? "withdrew" : "did not complete the schedule"));
            }
        }

        string pct = (adherence * 100).ToString("0.##", CultureInfo.InvariantCulture);
        return
        [
            (included, new PopulationResult(AllEnrolled, "All enrolled",
                "every enrolled participant, analysed in the arm allocated (full analysis set)", Count(included), [])),
            (perProtocol, new PopulationResult(PerProtocol, "Per protocol",
                $"took at least {pct}% of the expected doses (where known) and had the primary visit '{toEvent.Id}' inside its window (days {toEvent.OpensDay}–{toEvent.ClosesDay} from enrolment, where the enrolment date is known)",
                Count(perProtocol), ppOut)),
            (completers, new PopulationResult(Completers, "Completers", "participants who completed the schedule", Count(completers), compOut)),
        ];
    }

    private static string? PerProtocolReason(AnalysisParticipant p, ScheduledEvent toEvent, double value, int day, double threshold)
    {
        if (p.Adherence is { } taken && taken < threshold)
        {
            return string.Create(CultureInfo.InvariantCulture, $"took {taken * 100:0.#}% of the expected doses (less than {threshold * 100:0.##}%)");
        }

        if (double.IsNaN(value))
        {
            return $"no value at the primary visit '{toEvent.Id}'";
        }

        if (p.EnrolledOn is { } enrolled && day != ObservationStore.NoDay)
        {
            int offset = day - enrolled.DayNumber;
            if (offset < toEvent.OpensDay || offset > toEvent.ClosesDay)
            {
                return $"primary visit '{toEvent.Id}' on day {offset}, outside its window (days {toEvent.OpensDay}–{toEvent.ClosesDay})";
            }
        }

        return null;
    }

    private static int Count(bool[] mask)
    {
        int c = 0;
        foreach (bool b in mask)
        {
            c += b ? 1 : 0;
        }

        return c;
    }
}
