using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Myelin.Web.Api;

/// <summary>
/// How the API reads bodies: JSON objects only, at most <see cref="MaxBodyBytes"/>, every field known (unknown fields
/// refused), and every failure turned into an <see cref="UnprocessableProblem"/> naming the JSON path at fault, never an
/// exception (issue 5: no input, however malformed, gets a 500).
/// </summary>
public static partial class ApiJson
{
    /// <summary>The largest body read: 64 KiB, far above any form of a protocol.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>The key of an error about the body as a whole.</summary>
    public const string BodyField = "body";

    /// <summary>Reads the request body as <typeparamref name="T"/>; either the value or the problem is set.</summary>
    public static async Task<(T? Value, UnprocessableProblem? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.Invalid(BodyField, "send a JSON object with Content-Type: application/json."));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, read);
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Strict(options));
            return value is null
                ? (null, ApiProblems.Invalid(BodyField, "a JSON object is required, not null."))
                : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Invalid(FieldOf(e.Path), Explain(e, typeof(T), options)));
        }
    }

    private static UnprocessableProblem TooLarge() =>
        ApiProblems.Invalid(BodyField, $"the body is larger than {MaxBodyBytes / 1024} KiB.");

    private static JsonSerializerOptions? _strict;
    private static JsonSerializerOptions? _strictFrom;

    // The host's options (naming, converters) plus the strict rules; built once per options instance.
    private static JsonSerializerOptions Strict(JsonSerializerOptions host)
    {
        if (_strict is { } cached && ReferenceEquals(_strictFrom, host))
        {
            return cached;
        }

        var strict = new JsonSerializerOptions(host)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            RespectNullableAnnotations = true,
            MaxDepth = 16,
        };
        strict.MakeReadOnly(populateMissingResolver: true);
        _strictFrom = host;
        _strict = strict;
        return strict;
    }

    /// <summary>The JSON path as an error key: <c>$.values.age</c> → <c>values.age</c>, <c>$</c> → <c>body</c>.</summary>
    internal static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return BodyField;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        // System.Text.Json writes odd names as ['name']; the key keeps the name itself.
        return BracketName().Replace(field, m => (m.Index == 0 ? string.Empty : ".") + m.Groups[1].Value);
    }

    private static string Explain(JsonException e, Type target, JsonSerializerOptions options)
    {
        var message = e.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "unknown field; only the fields in the API's schema are accepted.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return "wrong type: expected " + Expected(target, FieldOf(e.Path), options) + ".";
        }

        if (e.InnerException is FormatException or InvalidOperationException)
        {
            return "wrong type or format: " + e.InnerException.Message;
        }

        return "malformed JSON: " + message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
    }

    // What the field named by the path holds, from the body type's property of that JSON name.
    private static string Expected(Type target, string field, JsonSerializerOptions options)
    {
        if (field == BodyField)
        {
            return "a JSON object";
        }

        var name = field.Split('.', 2)[0];
        var property = target.GetProperties().FirstOrDefault(p => (options.PropertyNamingPolicy?.ConvertName(p.Name) ?? p.Name) == name);
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type switch
        {
            null => "a value of the type the schema gives",
            _ when field.Contains('.', StringComparison.Ordinal) => "a string or a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "a date as a string, yyyy-MM-dd",
            _ when type == typeof(string) => "a string",
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName)),
            _ when type == typeof(double) || type == typeof(int) || type == typeof(long) => "a number",
            _ => "an object",
        };
    }

    [GeneratedRegex(@"\['([^']*)'\]", RegexOptions.CultureInvariant)]
    private static partial Regex BracketName();
}
