using Myelin.Analysis.Data;
using Myelin.Analysis.Results;
using Myelin.Statistics.Descriptive;

namespace Myelin.Analysis.Engine;

/// <summary>A variable at each event where its instrument is due: mean, SD and t CI, and change from baseline.</summary>
internal static class TimeCourse
{
    public static TimeCourseResult Build(AnalysisDataset data, VariableRef variable, string baselineEvent, IReadOnlyList<Grouping> groupings, double confLevel)
    {
        var events = data.Protocol.Schedule.Events.Where(e => e.HasInstrument(variable.Instrument)).ToList();
        int n = data.Participants.Count;
        var baseline = new double[n];
        data.FillColumn(variable, data.Layout.EventIndex(baselineEvent), baseline, null);
        var columns = events.Select(e =>
        {
            var column = new double[n];
            data.FillColumn(variable, data.Layout.EventIndex(e.Id), column, null);
            return column;
        }).ToList();

        var cells = groupings.SelectMany(g => Enumerable.Range(0, g.Levels.Count).Select(l => (Grouping: g, Level: l))).ToArray();
        var series = new TimeCourseSeries[cells.Length];
        Parallel.For(0, cells.Length, i =>
        {
            var (g, l) = cells[i];
            var points = new TimeCoursePoint[events.Count];
            for (int e = 0; e < events.Count; e++)
            {
                points[e] = Point(events[e].Id, events[e].Day, g.Members[l], columns[e], baseline, confLevel);
            }

            series[i] = new TimeCourseSeries(g.By, g.Levels[l], points);
        });

        return new TimeCourseResult(variable.Instrument, variable.Id, variable.Label, baselineEvent, series);
    }

    private static TimeCoursePoint Point(string eventId, int day, int[] members, double[] column, double[] baseline, double confLevel)
    {
        int count = 0;
        foreach (int p in members)
        {
            count += double.IsNaN(column[p]) ? 0 : 1;
        }

        var values = new double[count];
        int i = 0;
        foreach (int p in members)
        {
            if (!double.IsNaN(column[p]))
            {
                values[i++] = column[p];
            }
        }

        // R's paired t test is the one-sample test of the differences; only its interval is kept here.
        var change = GroupStatistics.Changes(members, baseline, column);

        return new TimeCoursePoint(
            eventId, day, day / 7.0, values.Length, Moments.Mean(values), Moments.StandardDeviation(values),
            Inference.OneSampleT(values, confLevel).ConfInt,
            change.Length, Moments.Mean(change), Inference.OneSampleT(change, confLevel).ConfInt);
    }
}
