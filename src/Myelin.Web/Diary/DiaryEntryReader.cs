using System.Globalization;
using System.Text.Json;

namespace Myelin.Web.Diary;

/// <summary>
/// Reads a diary entry strictly: from the API's JSON body (unknown fields, wrong JSON types, duplicate keys and
/// numbers with exponents are refused by name) or from the diary page's form. What the entry means — is the event
/// due, are the values in range — is checked afterwards by <see cref="DiaryService"/>.
/// </summary>
public static class DiaryEntryReader
{
    private const string Allowed = "submission_id, event, values, doses, note";

    private static readonly string[] RequiredInJson = ["submission_id", "event", "values"];

    private static readonly string[] RequiredInForm = ["submission_id", "event"];

    /// <summary>The field names of the page form that carry no diary data (antiforgery).</summary>
    private static readonly HashSet<string> FormHousekeeping = new(StringComparer.Ordinal) { "__RequestVerificationToken" };

    /// <summary>Reads a JSON body.</summary>
    public static DiaryEntry FromJson(ReadOnlyMemory<byte> body)
    {
        var entry = new DiaryEntry();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            entry.Error("body", $"the body is not valid JSON ({e.Message}); send an object with {Allowed}.");
            return entry;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                entry.Error("body", $"the body is a JSON {Kind(document.RootElement)}; send an object with {Allowed}.");
                return entry;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    entry.Error(Shorten(property.Name), "given twice; give each field once.");
                    continue;
                }

                ReadField(entry, property);
            }

            foreach (var required in RequiredInJson.Where(r => !seen.Contains(r)))
            {
                entry.Error(required, "is required.");
            }
        }

        return entry;
    }

    /// <summary>Reads the diary page's form: <c>submission_id</c>, <c>event</c>, <c>values.&lt;item&gt;</c>, the dose check boxes, <c>note</c>.</summary>
    public static DiaryEntry FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var entry = new DiaryEntry { DosesGiven = true, Morning = false, Evening = false };
        foreach (var (key, values) in form)
        {
            if (FormHousekeeping.Contains(key))
            {
                continue;
            }

            if (values.Count != 1)
            {
                entry.Error(Shorten(key), "given twice; give each field once.");
                continue;
            }

            var text = values[0];
            switch (key)
            {
                case "submission_id":
                    SetSubmissionId(entry, text);
                    break;
                case "event":
                    SetEvent(entry, text);
                    break;
                case "doses.morning":
                    entry.Morning = IsChecked(entry, key, text);
                    break;
                case "doses.evening":
                    entry.Evening = IsChecked(entry, key, text);
                    break;
                case "note":
                    SetNote(entry, text);
                    break;
                default:
                    if (key.StartsWith("values.", StringComparison.Ordinal) && key.Length > "values.".Length)
                    {
                        entry.Values[key["values.".Length..]] = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
                    }
                    else
                    {
                        entry.Error(Shorten(key), $"is not a field of the diary; allowed: {Allowed}.");
                    }

                    break;
            }
        }

        foreach (var required in RequiredInForm.Where(r => !form.ContainsKey(r)))
        {
            entry.Error(required, "is required.");
        }

        return entry;
    }

    private static void ReadField(DiaryEntry entry, JsonProperty property)
    {
        var value = property.Value;
        switch (property.Name)
        {
            case "submission_id":
                if (value.ValueKind == JsonValueKind.String)
                {
                    SetSubmissionId(entry, value.GetString());
                }
                else
                {
                    entry.Error("submission_id", $"is a JSON {Kind(value)}; send the UUID as a string, e.g. \"3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c\".");
                }

                break;
            case "event":
                if (value.ValueKind == JsonValueKind.String)
                {
                    SetEvent(entry, value.GetString());
                }
                else
                {
                    entry.Error("event", $"is a JSON {Kind(value)}; send the event id as a string, e.g. \"diary-w0\".");
                }

                break;
            case "values":
                ReadValues(entry, value);
                break;
            case "doses":
                ReadDoses(entry, value);
                break;
            case "note":
                if (value.ValueKind == JsonValueKind.String)
                {
                    SetNote(entry, value.GetString());
                }
                else if (value.ValueKind != JsonValueKind.Null)
                {
                    entry.Error("note", $"is a JSON {Kind(value)}; send text or null.");
                }

                break;
            default:
                entry.Error(Shorten(property.Name), $"is not a field of a diary entry; allowed: {Allowed}.");
                break;
        }
    }

    private static void ReadValues(DiaryEntry entry, JsonElement values)
    {
        if (values.ValueKind != JsonValueKind.Object)
        {
            entry.Error("values", $"is a JSON {Kind(values)}; send an object of item id → number, e.g. {{ \"tingling\": 6.5 }}.");
            return;
        }

        foreach (var item in values.EnumerateObject())
        {
            var field = "values." + Shorten(item.Name);
            if (entry.Values.ContainsKey(item.Name) || entry.HasError(field))
            {
                entry.Error(field, "given twice; give each item once.");
                continue;
            }

            switch (item.Value.ValueKind)
            {
                case JsonValueKind.Number:
                    var raw = item.Value.GetRawText();
                    if (raw.Contains('e', StringComparison.OrdinalIgnoreCase))
                    {
                        entry.Error(field, $"{raw} has an exponent; write the number plainly, e.g. 6.5.");
                    }
                    else
                    {
                        entry.Values[item.Name] = raw;
                    }

                    break;
                case JsonValueKind.Null:
                    entry.Values[item.Name] = null;
                    break;
                default:
                    entry.Error(field, $"is a JSON {Kind(item.Value)}; send a number, e.g. 6.5.");
                    break;
            }
        }
    }

    private static void ReadDoses(DiaryEntry entry, JsonElement doses)
    {
        if (doses.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        if (doses.ValueKind != JsonValueKind.Object)
        {
            entry.Error("doses", $"is a JSON {Kind(doses)}; send {{ \"morning\": true|false, \"evening\": true|false }}.");
            return;
        }

        entry.DosesGiven = true;
        foreach (var slot in doses.EnumerateObject())
        {
            var field = "doses." + Shorten(slot.Name);
            if (slot.Name is not ("morning" or "evening"))
            {
                entry.Error(field, "is not a dose; allowed: morning, evening.");
                continue;
            }

            if ((slot.Name == "morning" ? entry.Morning : entry.Evening) is not null || entry.HasError(field))
            {
                entry.Error(field, "given twice; give each dose once.");
                continue;
            }

            if (slot.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                entry.Error(field, $"is a JSON {Kind(slot.Value)}; send true or false.");
                continue;
            }

            if (slot.Name == "morning")
            {
                entry.Morning = slot.Value.GetBoolean();
            }
            else
            {
                entry.Evening = slot.Value.GetBoolean();
            }
        }

        foreach (var missing in new[] { ("morning", entry.Morning), ("evening", entry.Evening) }.Where(s => s.Item2 is null && !entry.HasError("doses." + s.Item1)))
        {
            entry.Error("doses." + missing.Item1, "is required when doses are sent; send true or false.");
        }
    }

    private static void SetSubmissionId(DiaryEntry entry, string? text)
    {
        if (Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty)
        {
            entry.SubmissionId = id;
        }
        else
        {
            entry.Error("submission_id", $"'{Shorten(text)}' is not a UUID; send one like 3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c (not all zeros), generated once per entry.");
        }
    }

    private static void SetEvent(DiaryEntry entry, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            entry.Error("event", "is empty or too long; send the id of an event due now, e.g. \"diary-w0\".");
        }
        else
        {
            entry.Event = text;
        }
    }

    private static void SetNote(DiaryEntry entry, string? text)
    {
        var note = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (note is { Length: > DiaryOptions.MaxNoteLength })
        {
            entry.Error("note", $"is {note.Length.ToString(CultureInfo.InvariantCulture)} characters long; at most {DiaryOptions.MaxNoteLength} are allowed.");
        }
        else
        {
            entry.Note = note;
        }
    }

    private static bool IsChecked(DiaryEntry entry, string key, string? text)
    {
        if (text is "true" or "on")
        {
            return true;
        }

        entry.Error(key, $"'{Shorten(text)}' is not a check-box value; allowed: true.");
        return false;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 40 ? text : text[..40] + "…";
}
