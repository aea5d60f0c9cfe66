using System.Text.Json;

namespace Myelin.Statistics.Tests.Tests;

/// <summary>Runs a golden p.adjust request.</summary>
internal static class GoldenPAdjust
{
    public static double[] Run(JsonElement r) => throw new NotSupportedException("p.adjust " + r);
}
