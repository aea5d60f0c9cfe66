using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Myelin.Data.Access;
using Myelin.Web.Hosting;

namespace Myelin.Web.Pages.Account;

/// <summary>
/// Staff log in with e-mail and password; five failures lock the account for 15 minutes, and one client address may
/// try <see cref="LoginRateLimit.AttemptsPerMinute"/> times a minute.
/// </summary>
[EnableRateLimiting(LoginRateLimit.Policy)]
public sealed class LoginModel(SignInManager<StaffUser> signIn) : PageModel
{
    /// <summary>The e-mail typed, shown again after a failure.</summary>
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>The password typed; never shown again.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Where to go after logging in (a local path only).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? Message { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the password and signs in.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password) || Email.Length > 256 || Password.Length > 1024)
        {
            Message = "Enter your e-mail and your password.";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is { } url && Url.IsLocalUrl(url) ? url : "/");
        }

        // The same words for an unknown e-mail and a wrong password: the page must not reveal who has an account.
        Message = result.IsLockedOut
            ? $"Too many failed attempts: this account is locked for {(int)Access.IdentitySetup.LockoutTime.TotalMinutes} minutes."
            : "The e-mail or the password is wrong.";
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
