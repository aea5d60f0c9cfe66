using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Myelin.Data;
using Myelin.Domain.Records;

namespace Myelin.Web.Access;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> with a personal access token: the token's hash must match
/// a token that is neither revoked nor expired, whose owner still holds its role in its study (or is a system
/// administrator) and is not locked out. The principal then reaches only that study, with that role.
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, MyelinDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "MyelinToken";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!SecretToken.LooksValid(secret))
        {
            return AuthenticateResult.Fail("The bearer token is malformed.");
        }

        var hash = SecretToken.Hash(secret);
        var now = clock.GetUtcNow();
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted).ConfigureAwait(false);
        if (token is null || !token.WorksAt(now))
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }

        var owner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId, Context.RequestAborted).ConfigureAwait(false);
        if (owner is null || (owner.LockoutEnd is { } end && end > now))
        {
            return AuthenticateResult.Fail("The token's owner is locked out or no longer exists.");
        }

        var stillGranted = owner.IsAdministrator || await db.StudyGrants.AsNoTracking().AnyAsync(
            g => g.UserId == owner.Id && g.StudyId == token.StudyId && g.Role == token.Role && (g.SiteId == null || g.SiteId == token.SiteId),
            Context.RequestAborted).ConfigureAwait(false);
        if (!stillGranted)
        {
            return AuthenticateResult.Fail("The token's owner no longer holds the token's role in its study.");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, owner.Id),
            new(ClaimTypes.Name, owner.UserName ?? owner.Id),
            new(MyelinClaims.TokenId, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(MyelinClaims.TokenStudy, token.StudyId),
            new(MyelinClaims.TokenRole, token.Role.ToString()),
        ];
        if (token.SiteId is not null)
        {
            claims.Add(new Claim(MyelinClaims.TokenSite, token.SiteId));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
