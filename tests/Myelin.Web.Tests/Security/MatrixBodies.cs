using System.Text;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// Minimal valid JSON bodies for the staff API's writes, by route suffix, so that a write for a participant outside
/// the caller's sites reaches the handler's scope check (404) instead of stopping at validation. Routes not listed
/// get <c>{}</c>, and their out-of-scope cells accept a validation answer too (see <see cref="AccessMatrixTests"/>).
/// </summary>
internal static class MatrixBodies
{
    private static readonly (string Method, string RouteEnd, string Json)[] Known =
    [
        ("POST", "/participants", """{"code":"NEW-{n}","site":"mumbai","values":{}}"""),
        ("POST", "/participants/{code}/enrol", """{"arm":"mk7","enrolled_on":"2026-03-02"}"""),
        ("POST", "/participants/{code}/assessments", """{"event":"visit-w4","instrument":"labs","values":{"serum_mk7":2.5}}"""),
        ("POST", "/participants/{code}/adverse-events", """{"term":"Nausea","onset_on":"2026-03-02","severity":"mild","serious":false,"related":"unlikely"}"""),
        ("PATCH", "/participants/{code}/adverse-events/{eventId:long}", """{"reason":"corrected grade","severity":"moderate"}"""),
        ("POST", "/participants/{code}/doses", """{"date":"2026-03-02","slot":"morning","taken":true}"""),
    ];

    private static int _counter;

    /// <summary>The body for a write, and whether it is a known valid one.</summary>
    public static (string Json, bool Known) For(string method, string route)
    {
        foreach (var (m, end, json) in Known)
        {
            if (m == method && route.EndsWith(end, StringComparison.Ordinal))
            {
                return (json.Replace("{n}", Interlocked.Increment(ref _counter).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), true);
            }
        }

        return ("{}", false);
    }

    public static StringContent Content(string json) => new(json, Encoding.UTF8, "application/json");
}
