using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Myelin.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like HTTP session: keeps cookies, reads pages as HTML documents (AngleSharp), and submits forms the way
/// a browser does, with the antiforgery token the page carries.
/// </summary>
public sealed class StaffSession(HttpClient client) : IDisposable
{
    /// <summary>The underlying client (cookies kept).</summary>
    public HttpClient Client => client;

    /// <summary>GETs a page and parses it; the status is kept on <see cref="LastStatus"/>.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        LastStatus = response.StatusCode;
        return await ParseAsync(response);
    }

    /// <summary>The status of the last page fetched.</summary>
    public System.Net.HttpStatusCode LastStatus { get; private set; }

    /// <summary>
    /// Opens the page at <paramref name="pageUrl"/>, takes its form (the one with <paramref name="formSelector"/>, or
    /// the first POST form), fills <paramref name="fields"/> over its current values and posts it to its action.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetPageAsync(pageUrl);
        var form = (formSelector is null ? page.QuerySelectorAll("form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)) : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"no form {formSelector} on {pageUrl}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || fields.ContainsKey(input.Name) || input.Type is "submit" or "button" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
            {
                continue;
            }

            values.Add(new(input.Name, input.Value));
        }

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Parses a response body as HTML.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html));
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();
}
