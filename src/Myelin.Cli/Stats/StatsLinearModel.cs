using System.Text.Json;
using Myelin.Statistics.Models;

namespace Myelin.Cli.Stats;

/// <summary>
/// The <c>lm</c> request: <c>"formula": "y ~ group + covariate…"</c> with the columns given either in
/// <c>"data": {name: [...]}</c> or as top-level arrays; the one column of labels is the group factor (its level
/// order from <c>"levels"</c>, else sorted as R's factor), numeric columns are covariates.
/// </summary>
internal static class StatsLinearModel
{
    public static AncovaResult Fit(StatsRequest r)
    {
        string formula = r.Text("formula", "");
        int tilde = formula.IndexOf('~', StringComparison.Ordinal);
        if (tilde < 0)
        {
            throw new StatsArgumentException("'formula' must look like \"y ~ group + covariate\"");
        }

        string response = formula[..tilde].Trim();
        string[] terms = formula[(tilde + 1)..].Split('+', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (response.Length == 0 || terms.Length == 0)
        {
            throw new StatsArgumentException("'formula' must name a response and at least one term, e.g. \"y ~ group + covariate\"");
        }

        var allowed = new HashSet<string>(["formula", "data", "levels", "conf_level", response, .. terms]);
        r.AllowOnly(allowed);
        JsonElement Column(string name)
        {
            if (r.Root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty(name, out var col))
            {
                return col;
            }

            return r.Root.TryGetProperty(name, out var top) ? top
                : throw new StatsArgumentException($"column '{name}' of the formula is not in 'data'");
        }

        bool IsLabels(JsonElement col) => col.ValueKind == JsonValueKind.Array
            && col.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString() is not ("NA" or "NaN" or "Inf" or "-Inf"));

        var sub = new StatsRequest(JsonSerializer.SerializeToElement(new Dictionary<string, JsonElement>(
            new[] { response }.Concat(terms).Distinct().Select(t => KeyValuePair.Create(t, Column(t))))));
        string? group = terms.FirstOrDefault(t => IsLabels(Column(t)));
        if (group is null)
        {
            throw new StatsArgumentException("the formula needs one group column of labels (e.g. arm), for lm as ANCOVA");
        }

        string[] covariates = terms.Where(t => t != group).ToArray();
        string[]? levels = r.Has("levels") ? r.Strings("levels") : null;
        return Ancova.Fit(sub.Numbers(response), sub.Strings(group), covariates.Select(sub.Numbers).ToArray(),
            covariates, levels, r.Number("conf_level", 0.95));
    }
}
