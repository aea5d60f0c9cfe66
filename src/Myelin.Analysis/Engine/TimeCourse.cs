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

        var series = new List<TimeCourseSeries>();
        foreach (var grouping in groupings)
        {
            for (int l = 0; l < grouping.Levels.Count; l++)
            {
                var points = new List<TimeCoursePoint>(events.Count);
                for (int e = 0; e < events.Count; e++)
                {
                    points.Add(Point(events[e].Id, events[e].Day, grouping.Members[l], columns[e], baseline, confLevel));
                }

                series.Add(new TimeCourseSeries(grouping.By, grouping.Levels[l], points));
            }
        }

        return new TimeCourseResult(variable.Instrument, variable.Id, variable.Label, baselineEvent, series);
    }

    private static TimeCoursePoint Point(string eventId, int day, int[] members, double[] column, double[] baseline, double confLevel)
    {
        var observed = new List<double>(members.Length);
        foreach (int p in members)
        {
            if (!double.IsNaN(column[p]))
            {
                observed.Add(column[p]);
            }
        }

        var (b, f, _) = GroupStatistics.Pairs(members, baseline, column);
        var values = observed.ToArray();
        var change = new double[b.Length];
        for (int i = 0; i < change.Length; i++)
        {
            change[i] = f[i] - b[i];
        }

        return new TimeCoursePoint(
            eventId, day, day / 7.0, values.Length, Moments.Mean(values), Moments.StandardDeviation(values),
            Inference.OneSampleT(values, confLevel).ConfInt,
            change.Length, Moments.Mean(change), Inference.PairedT(f, b, confLevel).ConfInt);
    }
}
