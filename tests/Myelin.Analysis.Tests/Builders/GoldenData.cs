using System.Globalization;
using Myelin.Analysis.Data;

namespace Myelin.Analysis.Tests.Builders;

/// <summary>Reads the committed test dataset (Golden/analysis-data.csv, written by r/analysis-check.R make-data).</summary>
internal static class GoldenData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    /// <summary>The rows of the long CSV; the file has no quoted fields, so a plain split reads it.</summary>
    public static List<ObservationRow> Rows()
    {
        var lines = File.ReadAllLines(PathOf("analysis-data.csv"));
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var rows = new List<ObservationRow>(lines.Length);
        for (int i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split(',');
            rows.Add(new ObservationRow(
                f[Col("participant")], f[Col("site")], f[Col("arm")], f[Col("stratum")], f[Col("event")], f[Col("instrument")],
                f[Col("item")], f[Col("value")], DateTimeOffset.Parse(f[Col("recorded_at")], CultureInfo.InvariantCulture), i + 1));
        }

        return rows;
    }
}
