using Microsoft.AspNetCore.Identity;

namespace Myelin.Data.Access;

/// <summary>
/// A staff account (investigator, coordinator, monitor, statistician, administrator). Passwords are hashed and
/// lockout is kept by ASP.NET Core Identity; what the user may see comes from their <see cref="Domain.Records.StudyGrant"/>s.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>The name printed beside the user's signatures and changes, e.g. "Dr A. Kulkarni".</summary>
    [PersonalData]
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>A system administrator: creates studies and accounts and sees every study.</summary>
    public bool IsAdministrator { get; set; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
