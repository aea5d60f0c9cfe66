using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Myelin.Analysis.Results;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> as the <c>myelin.analysis/1</c> JSON (docs/analysis-json.md):
/// snake_case names, numbers in shortest round-trip form, and null for any value that is not a finite number
/// (R's NA, e.g. the SD of a single value).
/// </summary>
public static class AnalysisJson
{
    /// <summary>The serializer options of the format; indented for people to read and diff.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public static void Write(AnalysisResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, result, Options);
    }

    /// <summary>The JSON text of <paramref name="result"/>.</summary>
    public static string ToJson(AnalysisResult result) => JsonSerializer.Serialize(result, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,

            // Written to files, never into HTML: keep "−5.6 points" and "days 53–59" readable instead of \uXXXX escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new FiniteDoubleConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Writes NaN and infinities as null, and reads null back as NaN.</summary>
    private sealed class FiniteDoubleConverter : JsonConverter<double>
    {
        public override bool HandleNull => true;

        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
