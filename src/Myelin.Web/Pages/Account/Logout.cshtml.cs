using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Myelin.Data.Access;

namespace Myelin.Web.Pages.Account;

/// <summary>Signs out (POST only, with antiforgery, so a link cannot log anyone out).</summary>
public sealed class LogoutModel(SignInManager<StaffUser> signIn) : PageModel
{
    /// <summary>Shows a button.</summary>
    public void OnGet()
    {
    }

    /// <summary>Signs out and returns to the login page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return LocalRedirect("/login");
    }
}
