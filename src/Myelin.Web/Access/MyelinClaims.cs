namespace Myelin.Web.Access;

/// <summary>Claim types Myelin adds to a principal.</summary>
public static class MyelinClaims
{
    /// <summary>Set on a principal authenticated by a personal access token: the token's database id.</summary>
    public const string TokenId = "myelin:token";

    /// <summary>The one study a token reaches.</summary>
    public const string TokenStudy = "myelin:token-study";

    /// <summary>The role a token acts with.</summary>
    public const string TokenRole = "myelin:token-role";

    /// <summary>The one site a token reaches, when it is limited to one.</summary>
    public const string TokenSite = "myelin:token-site";

    /// <summary>Present (value "true") on a system administrator.</summary>
    public const string Administrator = "myelin:admin";
}
