using System.Collections.Concurrent;
using Myelin.Analysis.Data;
using Myelin.Interop.LongCsv;

namespace Myelin.Cli.Studies;

/// <summary>
/// Reads a long CSV on one thread while the caller consumes its rows on another, in file order: on a large file the
/// parsing and the building of the analysis dataset each take one core. Rows travel in recycled batches.
/// </summary>
internal static class CsvRowPipeline
{
    private const int BatchSize = 4096;
    private const int Batches = 8;

    /// <summary>
    /// The rows of <paramref name="reader"/> in file order, read ahead on another thread; <paramref name="progress"/>
    /// is called on that thread now and then. An exception of the reader comes out of the enumeration.
    /// </summary>
    public static IEnumerable<ObservationRow> Rows(LongCsvReader reader, Action progress)
    {
        using var full = new BlockingCollection<(LongRowValues[] Rows, int Count)>(Batches);
        using var empty = new BlockingCollection<LongRowValues[]>(Batches);
        using var cancel = new CancellationTokenSource();
        for (int i = 0; i < Batches; i++) empty.Add(new LongRowValues[BatchSize]);
        var producer = Task.Run(() => Produce(reader, progress, full, empty, cancel.Token));
        try
        {
            foreach (var (rows, count) in full.GetConsumingEnumerable())
            {
                for (int i = 0; i < count; i++)
                {
                    var r = rows[i];
                    yield return new ObservationRow(r.Participant, r.Site, r.Arm, r.Stratum, r.Event, r.Instrument, r.Item, r.Value, r.RecordedAt, r.Line);
                }

                empty.Add(rows);
            }
        }
        finally
        {
            // A consumer that stops early (an exception while building) stops the reader before the collections go.
            cancel.Cancel();
            try
            {
                producer.Wait();
            }
            catch (AggregateException)
            {
                // Cancelled, or failed: a failure is rethrown below when the consumer read to the end.
            }
        }

        producer.GetAwaiter().GetResult();
    }

    private static void Produce(LongCsvReader reader, Action progress,
        BlockingCollection<(LongRowValues[] Rows, int Count)> full, BlockingCollection<LongRowValues[]> empty, CancellationToken ct)
    {
        try
        {
            var batch = empty.Take(ct);
            int count = 0, sinceProgress = 0;
            progress();
            while (reader.TryRead(out batch[count]))
            {
                if (++count < BatchSize) continue;
                full.Add((batch, count), ct);
                batch = empty.Take(ct);
                count = 0;
                if (++sinceProgress == 16)
                {
                    sinceProgress = 0;
                    progress();
                }
            }

            if (count > 0) full.Add((batch, count), ct);
        }
        finally
        {
            full.CompleteAdding();
        }
    }
}
