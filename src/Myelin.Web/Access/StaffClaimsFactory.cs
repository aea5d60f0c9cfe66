using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Myelin.Data.Access;

namespace Myelin.Web.Access;

/// <summary>Adds the system-administrator claim to a signed-in staff user's cookie.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser>(users, options)
{
    /// <inheritdoc />
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        if (user.IsAdministrator)
        {
            identity.AddClaim(new Claim(MyelinClaims.Administrator, "true"));
        }

        return identity;
    }
}
