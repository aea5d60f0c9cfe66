using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Diary;

namespace Myelin.Web.Pages.Diary;

/// <summary>
/// The participant's diary page <c>/d/{token}</c>: what is due today with its window, an accessible slider per VAS
/// item, the day's doses and a note. It works as a plain form; <c>diary.js</c> adds the offline queue. The link is
/// the only credential: a malformed, unknown or revoked link gets the same 404.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(DiaryApi.RateLimitPolicy)]
public sealed class EntryModel(DiaryService diary) : PageModel
{
    /// <summary>The page's words in the participant's language.</summary>
    public DiaryText Text { get; private set; } = DiaryText.English;

    /// <summary>The link's token (the page posts back to it).</summary>
    public string Token { get; private set; } = string.Empty;

    /// <summary>The participant's code.</summary>
    public string Code { get; private set; } = string.Empty;

    /// <summary>The events open now.</summary>
    public IReadOnlyList<DiaryOpenEvent> Open { get; private set; } = [];

    /// <summary>A fresh submission id per open event, so that a resubmitted form is stored once.</summary>
    public IReadOnlyDictionary<string, Guid> SubmissionIds { get; private set; } = new Dictionary<string, Guid>();

    /// <summary>The event posted, when the page answers a post.</summary>
    public string? PostedEvent { get; private set; }

    /// <summary>The entry posted, to show its values again beside the problems.</summary>
    public DiaryEntry? Posted { get; private set; }

    /// <summary>Field → problems of the post (names as in the API: <c>values.tingling</c>, <c>note</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>The assessment stored by the post, when it was stored (now or before).</summary>
    public DiaryStored? Saved { get; private set; }

    /// <summary>Shows what is due.</summary>
    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken) =>
        await LoadAsync(token, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    /// <summary>Stores an entry posted without JavaScript (the same checks and storage as the API).</summary>
    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var entry = DiaryEntryReader.FromForm(Request.Form);
        var outcome = await diary.SubmitAsync(token, entry, ChangeChannel.Web, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == DiaryOutcomeKind.NotFound || !await LoadAsync(token, cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        if (outcome.Kind == DiaryOutcomeKind.Invalid)
        {
            PostedEvent = entry.Event;
            Posted = entry;
            Errors = outcome.Errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            Saved = outcome.Stored;
        }

        return Page();
    }

    /// <summary>The problems of a field of the posted event, or none.</summary>
    public IReadOnlyList<string> ErrorsOf(string eventId, string field) =>
        PostedEvent == eventId && Errors.TryGetValue(field, out var list) ? list : [];

    /// <summary>The problems that belong to no item of the posted event's form (event, submission id, unknown fields).</summary>
    public IEnumerable<string> FormErrors(DiaryOpenEvent open)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (PostedEvent != open.Due.Event.Id)
        {
            return [];
        }

        var shown = DiaryInstruments.RatedItems(open.Instrument).Select(i => "values." + i.Id).Append("note").ToHashSet(StringComparer.Ordinal);
        return Errors.Where(e => !shown.Contains(e.Key)).SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"));
    }

    /// <summary>A message for a missing required slider in the participant's language, otherwise the check's own message.</summary>
    public string Describe(string message) =>
        message.StartsWith("a value is required", StringComparison.Ordinal) ? Text.SetSlider : message;

    /// <summary>The value posted for an item of the posted event, to show again; null when none.</summary>
    public string? PostedValue(string eventId, string itemId) =>
        PostedEvent == eventId && Posted?.Values.GetValueOrDefault(itemId) is { } v ? v : null;

    /// <summary>The note posted for the event, to show again.</summary>
    public string? PostedNote(string eventId) => PostedEvent == eventId ? Posted?.Note : null;

    /// <summary>Whether a dose box was ticked in the post for the event.</summary>
    public bool PostedDose(string eventId, string slot) =>
        PostedEvent == eventId && (slot == DoseRecord.Morning ? Posted?.Morning : Posted?.Evening) == true;

    /// <summary>The anchor text at 0 or 10 for an item, in the participant's language where the protocol translates it.</summary>
    public string Anchor(Item item, bool max)
    {
        ArgumentNullException.ThrowIfNull(item);
        var value = Number(max ? item.Max ?? 10 : item.Min ?? 0);
        return $"{value} = {(max ? item.MaxAnchorIn(Text.Language) ?? Text.MaxAnchor : item.MinAnchorIn(Text.Language) ?? Text.MinAnchor)}";
    }

    /// <summary>A number as written in the form (invariant culture).</summary>
    public static string Number(double? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A date as shown to the participant (ISO, unambiguous in every language).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(string token, CancellationToken cancellationToken)
    {
        var reached = await diary.ResolveAsync(token, cancellationToken).ConfigureAwait(false);
        if (reached is null)
        {
            return false;
        }

        Token = token;
        Code = reached.Participant.Code;
        Text = DiaryText.For(reached.Participant.Language);
        Open = await diary.OpenEventsAsync(reached, cancellationToken).ConfigureAwait(false);
        SubmissionIds = Open.ToDictionary(o => o.Due.Event.Id, _ => Guid.NewGuid(), StringComparer.Ordinal);
        ViewData["Lang"] = Text.Language;
        ViewData["Title"] = Text.Title;
        return true;
    }
}
