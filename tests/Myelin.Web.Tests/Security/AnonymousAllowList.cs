namespace Myelin.Web.Tests.Security;

/// <summary>
/// The only endpoints that may answer without a sign-in. Anything else that carries no policy, or that allows
/// anonymous access, fails <see cref="EndpointPolicyTests"/>: a new page or endpoint must declare who may use it.
/// </summary>
internal static class AnonymousAllowList
{
    private static readonly string[] Exact =
    [
        "/health",
        "/assets/{**name}",
        "/login",
        "/logout",
        "/denied",
        "/error",
        "/status/{code:int}",
        "/openapi/{documentName}.json",
        "/d/{token}",
        "/api/v1/diary/{token}",
    ];

    // The interactive API reference (Scalar) maps its page and its own assets under this prefix.
    private const string ApiReferencePrefix = "/api/docs";

    public static bool Contains(string route) =>
        Exact.Contains(route, StringComparer.Ordinal)
        || route == ApiReferencePrefix
        || route.StartsWith(ApiReferencePrefix + "/", StringComparison.Ordinal);
}
