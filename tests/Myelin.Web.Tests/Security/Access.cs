namespace Myelin.Web.Tests.Security;

/// <summary>The class of an answer, as far as access control is concerned.</summary>
internal enum Access
{
    /// <summary>Let through: 2xx, a redirect that is not to the login or denied page, or a validation/conflict answer.</summary>
    Allowed,

    /// <summary>Not signed in: 401 from the API, a redirect to /login from a page.</summary>
    Unauthenticated,

    /// <summary>Signed in without the action: 403 from the API, a redirect to /denied from a page.</summary>
    Forbidden,

    /// <summary>A participant outside the caller's sites: 404.</summary>
    OutOfScope,

    /// <summary>A server error: never acceptable.</summary>
    ServerError,
}
