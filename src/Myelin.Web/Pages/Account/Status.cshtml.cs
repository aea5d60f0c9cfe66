using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Myelin.Web.Pages.Account;

/// <summary>
/// The page shown for an error status (re-executed by the status-code middleware, with the original method, so it
/// answers every method and needs no antiforgery token of its own).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>The status code shown.</summary>
    public int Code { get; private set; }

    /// <summary>Shows the status.</summary>
    public void OnGet(int code) => Show(code);

    /// <summary>Shows the status after a refused POST.</summary>
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and < 600 ? code : 400;
        Response.StatusCode = Code;
    }
}
