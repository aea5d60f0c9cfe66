using BenchmarkDotNet.Running;
using Myelin.Benchmarks;

// `compare DIR` times the operations on r-vs-myelin.R's data files (used by bench/r-vs-myelin.sh);
// anything else goes to BenchmarkDotNet, e.g. `--filter '*' --job short`.
if (args.Length == 2 && args[0] == "compare")
{
    Comparison.Run(args[1], Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(StatisticsBenchmarks).Assembly).Run(args);
return 0;
