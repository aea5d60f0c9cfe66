namespace Myelin.Web.Tests.Security;

/// <summary>One generated request, described well enough to repeat it by hand.</summary>
/// <param name="Number">Its number in the run.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path and query.</param>
/// <param name="Credential">Who sends it: none, token, cookie, diary or garbage.</param>
/// <param name="Headers">Extra headers.</param>
/// <param name="ContentType">The body's content type; null for no body or no header.</param>
/// <param name="Body">The body; null for none.</param>
/// <param name="What">What was broken, in words.</param>
internal sealed record FuzzRequest(int Number, string Method, string Path, string Credential, IReadOnlyList<KeyValuePair<string, string>> Headers, string? ContentType, byte[]? Body, string What)
{
    public override string ToString() =>
        $"#{Number} {Method} {Shorten(Path)} as {Credential} [{What}] content-type={ContentType ?? "none"} body={(Body is null ? "none" : Body.Length > 300 ? $"{Body.Length} bytes: {Shorten(System.Text.Encoding.UTF8.GetString(Body, 0, 200))}" : System.Text.Encoding.UTF8.GetString(Body))} headers={string.Join("; ", Headers.Select(h => $"{h.Key}: {Shorten(h.Value)}"))}";

    private static string Shorten(string s) => s.Length > 200 ? s[..200] + $"…({s.Length} chars)" : s;
}
