using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Myelin.Web.Pages.Account;

/// <summary>The page shown after an unhandled error; re-executed with the original method.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(TimeProvider clock) : PageModel
{
    /// <summary>When it happened (UTC), for the report to the administrator.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Shows the page.</summary>
    public void OnGet() => Show();

    /// <summary>Shows the page after a failed POST.</summary>
    public void OnPost() => Show();

    private void Show()
    {
        At = clock.GetUtcNow();
        Response.StatusCode = StatusCodes.Status500InternalServerError;
    }
}
