using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Pages.Tokens;

/// <summary>
/// A staff user's personal access tokens for the API: create one scoped to one of their studies, one role they hold
/// there and optionally one site and an expiry (the secret is shown once; only its SHA-256 is stored), list and revoke.
/// Signed-in with the cookie only: a token cannot mint further tokens.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application", Policy = AccessPolicies.Staff)]
public sealed class IndexModel(MyelinDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The tokens of the user, newest first.</summary>
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The scopes the user may give a token: value <c>study|role|site</c> (site empty for every site) and label.</summary>
    public IReadOnlyList<(string Value, string Label)> Scopes { get; private set; } = [];

    /// <summary>The token's name.</summary>
    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The chosen scope, one of <see cref="Scopes"/>.</summary>
    [BindProperty]
    public string? Scope { get; set; }

    /// <summary>The first day on which the token no longer works (UTC); empty for no expiry.</summary>
    [BindProperty]
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The secret of the token just created, shown once.</summary>
    public string? CreatedSecret { get; private set; }

    /// <summary>Problems with the form, by field.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Shows the tokens and the form.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Creates a token and shows its secret once.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            Errors[nameof(Name)] = "Give the token a name of 1 to 100 characters, e.g. nightly export.";
        }

        if (Scope is null || !Scopes.Any(s => s.Value == Scope))
        {
            Errors[nameof(Scope)] = "Choose one of your studies, roles and sites.";
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (ExpiresOn is { } e && e <= today)
        {
            Errors[nameof(ExpiresOn)] = $"The expiry must be after today ({today:yyyy-MM-dd}).";
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var parts = Scope!.Split('|');
        var secret = SecretToken.New();
        var expires = ExpiresOn is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var token = ApiToken.Create(UserId, name!, SecretToken.Hash(secret), parts[0], Enum.Parse<StudyRole>(parts[1]), parts[2].Length == 0 ? null : parts[2], clock.GetUtcNow(), expires);
        db.Actor = new ChangeActor(User.Identity?.Name ?? UserId, ChangeChannel.Web);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        CreatedSecret = secret;
        Name = null;
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Revokes one of the user's tokens.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == UserId, cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return NotFound();
        }

        if (token.RevokedAt is null)
        {
            token.Revoke(clock.GetUtcNow());
            db.Actor = new ChangeActor(User.Identity?.Name ?? UserId, ChangeChannel.Web, "token revoked");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return RedirectToPage();
    }

    /// <summary>How a token's state reads in the list.</summary>
    public string StateOf(ApiToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var now = clock.GetUtcNow();
        return token.RevokedAt is { } r ? "revoked " + r.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : token.WorksAt(now) ? (token.ExpiresAt is { } x ? "active until " + x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "active")
            : "expired";
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("no signed-in user");

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == UserId).OrderByDescending(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var studies = await db.Studies.AsNoTracking().Include(s => s.Sites).OrderBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var scopes = new List<(string, string)>();
        if (User.HasClaim(MyelinClaims.Administrator, "true"))
        {
            foreach (var study in studies)
            {
                foreach (var role in Enum.GetValues<StudyRole>())
                {
                    AddScopes(scopes, study, role, null);
                }
            }
        }
        else
        {
            var grants = await db.StudyGrants.AsNoTracking().Where(g => g.UserId == UserId).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var grant in grants.OrderBy(g => g.StudyId, StringComparer.Ordinal).ThenBy(g => g.Role))
            {
                if (studies.Find(s => s.Id == grant.StudyId) is { } study)
                {
                    AddScopes(scopes, study, grant.Role, grant.SiteId);
                }
            }
        }

        Scopes = [.. scopes.Distinct()];
    }

    // A grant at every site offers the token every site or one of them; a grant at one site offers that site.
    private static void AddScopes(List<(string, string)> scopes, Study study, StudyRole role, string? grantSite)
    {
        if (grantSite is null)
        {
            scopes.Add(($"{study.Id}|{role}|", $"{study.Id} · {role} · every site"));
        }

        foreach (var site in study.Sites.Where(s => grantSite is null || s.Id == grantSite))
        {
            scopes.Add(($"{study.Id}|{role}|{site.Id}", $"{study.Id} · {role} · {site.Name}"));
        }
    }
}
