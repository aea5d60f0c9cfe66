using System.Text.Json;
using System.Text.RegularExpressions;
using Myelin.Domain.Protocols;

namespace Myelin.Web.Api;

/// <summary>
/// Reads item values sent as JSON (<c>"values": { "age": 54, "sex": "female" }</c>) against an instrument of the
/// protocol with <see cref="ItemValueValidator"/>: unknown items, wrong JSON types, bad values and (when asked) missing
/// required items are each reported under <c>values.&lt;item&gt;</c>.
/// </summary>
public static partial class ApiForms
{
    /// <summary>The longest identifier the records accept (codes, ids).</summary>
    public const int MaxIdLength = 64;

    /// <summary>Checks the values; returns the valid ones (item, normalised text, number) in the instrument's order.</summary>
    public static List<(Item Item, string Value, double? Number)> Check(
        Instrument instrument, IReadOnlyDictionary<string, JsonElement> values, bool requireAll, ApiErrors errors, string field = "values")
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        var valid = new List<(Item, string, double?)>();
        foreach (var (itemId, element) in values)
        {
            var key = $"{field}.{itemId}";
            var item = instrument.FindItem(itemId);
            if (item is null)
            {
                errors.Add(key, $"'{Shorten(itemId)}' is not an item of '{instrument.Id}'; allowed: {string.Join(", ", instrument.Items.Select(i => i.Id))}.");
                continue;
            }

            string? raw = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString(),
                JsonValueKind.Number => element.GetRawText(),
                _ => null,
            };
            if (raw is null)
            {
                errors.Add(key, $"wrong type: expected {(item.IsNumeric ? "a number" : "a string")}, got {element.ValueKind.ToString().ToLowerInvariant()}.");
                continue;
            }

            var check = item.Validate(raw);
            if (check.IsMissing)
            {
                errors.Add(key, $"the value is empty; leave '{itemId}' out when it was not answered.");
            }
            else if (!check.IsValid)
            {
                errors.Add(key, check.Error + ".");
            }
            else
            {
                valid.Add((item, check.Normalised!, check.Number));
            }
        }

        if (requireAll)
        {
            foreach (var missing in instrument.Items.Where(i => i.Required && !values.ContainsKey(i.Id)))
            {
                errors.Add($"{field}.{missing.Id}", $"required: '{missing.Id}' ({missing.Label}) has no value.");
            }
        }

        var order = instrument.Items.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        return [.. valid.OrderBy(v => order[v.Item1.Id])];
    }

    /// <summary>Adds a problem unless <paramref name="value"/> is an identifier the records accept.</summary>
    public static bool CheckId(string? value, string field, ApiErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!errors.Require(value, field, "an identifier"))
        {
            return false;
        }

        if (value!.Length > MaxIdLength || !IdPattern().IsMatch(value))
        {
            errors.Add(field, $"'{Shorten(value)}' is not allowed; use 1 to {MaxIdLength} letters, digits, '.', '_', '-' or ':' starting with a letter or digit.");
            return false;
        }

        return true;
    }

    /// <summary>A value quoted in a message, cut to 40 characters so a huge input does not make a huge answer.</summary>
    public static string Shorten(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= 40 ? value : value[..40] + "…";
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
