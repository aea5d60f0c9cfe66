using System.Globalization;
using Myelin.Analysis.Data;

namespace Myelin.Analysis.Tests.Builders;

/// <summary>Builds long rows participant by participant, numbering lines from 2 as a CSV with a header would.</summary>
internal sealed class RowsBuilder
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, int> Days = new()
    {
        ["diary-w0"] = 0, ["diary-w4"] = 28, ["diary-w8"] = 56, ["diary-w12"] = 84, ["screening"] = -7,
    };

    private readonly List<ObservationRow> _rows = [];

    public IReadOnlyList<ObservationRow> Rows => _rows;

    /// <summary>Adds one participant: screening etiology, then the overall score at each event (NaN leaves it out).</summary>
    public RowsBuilder Participant(string code, string etiology, string? arm, params double[] overallByEvent)
    {
        Add(code, arm, "screening", "screening", "etiology", etiology);
        string[] events = ["diary-w0", "diary-w4", "diary-w8", "diary-w12"];
        for (int e = 0; e < overallByEvent.Length; e++)
        {
            if (!double.IsNaN(overallByEvent[e]))
            {
                Add(code, arm, events[e], "symptoms", "overall", overallByEvent[e].ToString(CultureInfo.InvariantCulture));
            }
        }

        return this;
    }

    /// <summary>Adds one raw row; <paramref name="dayShift"/> moves the recording date from the due day.</summary>
    public RowsBuilder Add(string code, string? arm, string ev, string instrument, string item, string value, int dayShift = 0, string? stratum = null)
    {
        int day = (Days.TryGetValue(ev, out int d) ? d : 0) + dayShift;
        _rows.Add(new ObservationRow(code, "mum", arm, stratum, ev, instrument, item, value, Start.AddDays(day), _rows.Count + 2));
        return this;
    }
}
