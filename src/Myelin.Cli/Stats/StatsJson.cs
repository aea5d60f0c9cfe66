using System.Text.Json;
using Myelin.Statistics;
using Myelin.Statistics.Models;
using Myelin.Statistics.Power;

namespace Myelin.Cli.Stats;

/// <summary>
/// Writes results as one JSON object: R's htest fields in snake_case, named values as objects keyed by R's names
/// (<c>"statistic": {"t": 6}</c>), NA/NaN as null, infinities as the strings "Inf" and "-Inf".
/// </summary>
internal static class StatsJson
{
    public static void Write(Utf8JsonWriter w, object result)
    {
        switch (result)
        {
            case HtestResult h:
                WriteHtest(w, h);
                break;
            case double[] adjusted:
                w.WriteStartObject();
                w.WritePropertyName("p_adjusted");
                w.WriteStartArray();
                foreach (double v in adjusted)
                {
                    Number(w, v);
                }

                w.WriteEndArray();
                Tail(w, [], null);
                w.WriteEndObject();
                break;
            case PowerTTestResult p:
                WritePower(w, p);
                break;
            case AncovaResult a:
                WriteAncova(w, a);
                break;
            default:
                throw new InvalidOperationException("no JSON form for " + result.GetType().Name);
        }
    }

    private static void WriteHtest(Utf8JsonWriter w, HtestResult h)
    {
        w.WriteStartObject();
        if (h.Error is null)
        {
            w.WritePropertyName("statistic");
            if (h.StatisticName is null)
            {
                w.WriteNullValue();
            }
            else
            {
                Named(w, [new HtestValue(h.StatisticName, h.Statistic)]);
            }

            w.WritePropertyName("parameter");
            Named(w, h.Parameters);
            w.WritePropertyName("p_value");
            Number(w, h.PValue);
            w.WritePropertyName("conf_int");
            if (h.ConfInt is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStartObject();
                w.WritePropertyName("lower");
                Number(w, h.ConfInt.Lower);
                w.WritePropertyName("upper");
                Number(w, h.ConfInt.Upper);
                w.WritePropertyName("conf_level");
                Number(w, h.ConfInt.Level);
                w.WriteEndObject();
            }

            w.WritePropertyName("estimate");
            Named(w, h.Estimates);
            w.WritePropertyName("null_value");
            Named(w, h.NullValues);
            if (h.Alternative is HtestAlternative alt)
            {
                w.WriteString("alternative", alt.ToRName());
            }
            else
            {
                w.WriteNull("alternative");
            }

            w.WriteString("method", h.Method);
            if (!double.IsNaN(h.StdErr))
            {
                w.WritePropertyName("stderr");
                Number(w, h.StdErr);
            }
        }

        Tail(w, h.Warnings, h.Error);
        w.WriteEndObject();
    }

    private static void WritePower(Utf8JsonWriter w, PowerTTestResult p)
    {
        w.WriteStartObject();
        foreach (var (k, v) in new[] { ("n", p.N), ("delta", p.Delta), ("sd", p.Sd), ("sig_level", p.SigLevel), ("power", p.Power) })
        {
            w.WritePropertyName(k);
            Number(w, v);
        }

        w.WriteString("alternative", p.Sidedness == PowerSidedness.TwoSided ? "two.sided" : "one.sided");
        w.WriteString("method", p.Method);
        w.WriteString("note", p.Note);
        Tail(w, [], null);
        w.WriteEndObject();
    }

    private static void WriteAncova(Utf8JsonWriter w, AncovaResult a)
    {
        w.WriteStartObject();
        w.WriteStartArray("coefficients");
        foreach (var c in a.Coefficients)
        {
            Row(w, ("name", c.Name), ("estimate", c.Estimate), ("std_error", c.StdError), ("t_value", c.TValue),
                ("p_value", c.PValue), ("conf_low", c.ConfLow), ("conf_high", c.ConfHigh));
        }

        w.WriteEndArray();
        w.WriteStartArray("emmeans");
        foreach (var m in a.AdjustedMeans)
        {
            Row(w, ("level", m.Level), ("emmean", m.Estimate), ("std_error", m.StdError), ("df", m.Df),
                ("conf_low", m.ConfLow), ("conf_high", m.ConfHigh));
        }

        w.WriteEndArray();
        w.WriteStartArray("contrasts");
        foreach (var c in a.Contrasts)
        {
            Row(w, ("contrast", c.Label), ("estimate", c.Estimate), ("std_error", c.StdError), ("df", c.Df),
                ("t_ratio", c.TValue), ("p_value", c.PValue), ("conf_low", c.ConfLow), ("conf_high", c.ConfHigh));
        }

        w.WriteEndArray();
        w.WritePropertyName("sigma");
        Number(w, a.Sigma);
        w.WriteNumber("df_residual", a.DfResidual);
        w.WriteNumber("n", a.N);
        w.WritePropertyName("conf_level");
        Number(w, a.ConfLevel);
        Tail(w, [], null);
        w.WriteEndObject();
    }

    private static void Row(Utf8JsonWriter w, params (string Key, object Value)[] fields)
    {
        w.WriteStartObject();
        foreach (var (k, v) in fields)
        {
            w.WritePropertyName(k);
            if (v is double d)
            {
                Number(w, d);
            }
            else
            {
                w.WriteStringValue(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        w.WriteEndObject();
    }

    private static void Tail(Utf8JsonWriter w, IReadOnlyList<string> warnings, string? error)
    {
        w.WriteStartArray("warnings");
        foreach (string s in warnings)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        if (error is null)
        {
            w.WriteNull("error");
        }
        else
        {
            w.WriteString("error", error);
        }
    }

    private static void Named(Utf8JsonWriter w, IReadOnlyList<HtestValue> values)
    {
        if (values.Count == 0)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        foreach (var v in values)
        {
            w.WritePropertyName(v.Name);
            Number(w, v.Value);
        }

        w.WriteEndObject();
    }

    /// <summary>NaN (R's NA) as null, infinities as "Inf"/"-Inf", everything else as the shortest round-trip number.</summary>
    public static void Number(Utf8JsonWriter w, double v)
    {
        if (double.IsNaN(v))
        {
            w.WriteNullValue();
        }
        else if (double.IsInfinity(v))
        {
            w.WriteStringValue(v > 0 ? "Inf" : "-Inf");
        }
        else
        {
            w.WriteNumberValue(v);
        }
    }
}
