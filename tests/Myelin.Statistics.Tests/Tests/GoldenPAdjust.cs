using System.Text.Json;
using Myelin.Statistics.Tests.Golden;

namespace Myelin.Statistics.Tests.Tests;

/// <summary>Runs a golden p.adjust request.</summary>
internal static class GoldenPAdjust
{
    public static double[] Run(JsonElement r)
    {
        Assert.True(PAdjust.TryParse(r.GetProperty("method").GetString(), out var method));
        int? n = r.TryGetProperty("n", out var e) ? (int)GoldenNumber.Array(e)[0] : null;
        return PAdjust.Adjust(GoldenNumber.Array(r.GetProperty("p")), method, n);
    }
}
