using System.Diagnostics;
using System.Globalization;

namespace Myelin.Benchmarks;

/// <summary>
/// Times every operation on R's data files in this process: one warm-up call (JIT), then the median of several
/// timed calls (each timing loops enough calls to last ≥ 20 ms), written as TSV: name, median ms per call, check value.
/// </summary>
public static class Comparison
{
    public static void Run(string directory, TextWriter output)
    {
        var data = BenchData.Read(directory);
        output.WriteLine("name\tmyelin_ms\tmyelin_check");
        foreach (var (name, _, run) in Operations.All)
        {
            double p = run(data);
            int loops = 1;
            var sw = Stopwatch.StartNew();
            run(data);
            double once = sw.Elapsed.TotalMilliseconds;
            if (once < 20)
            {
                loops = (int)Math.Ceiling(20 / Math.Max(once, 1e-3));
            }

            var times = new List<double>();
            for (int rep = 0; rep < 7; rep++)
            {
                sw.Restart();
                for (int i = 0; i < loops; i++)
                {
                    run(data);
                }

                times.Add(sw.Elapsed.TotalMilliseconds / loops);
            }

            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}\t{times[times.Count / 2]:G6}\t{p:R}"));
        }
    }
}
