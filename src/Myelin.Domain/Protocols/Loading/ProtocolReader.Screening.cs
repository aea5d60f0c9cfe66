using Myelin.Domain.Protocols.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Myelin.Domain.Protocols.Loading;

internal sealed partial class ProtocolReader
{
    private static readonly (string, CriterionKind)[] CriterionKinds =
        [("inclusion", CriterionKind.Inclusion), ("exclusion", CriterionKind.Exclusion)];

    private Screening? ReadScreening(YamlMap top, List<Instrument> instruments)
    {
        var map = top.Map("screening", false, "screening", "instrument", "criteria");
        if (map is null)
        {
            return null;
        }

        var instrumentId = map.Id("instrument", true);
        var instrument = instruments.FirstOrDefault(i => i.Id == instrumentId);
        if (instrumentId is not null && instrument is null)
        {
            context.Error(map.PathOf("instrument"), $"'{instrumentId}' is not a defined instrument; instruments: {Known(instruments.Select(i => i.Id))}");
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var criteria = map.List("criteria", true, true, (node, path) =>
        {
            var criterion = YamlMap.Open(context, node, path, "a criterion", "id", "label", "kind", "rule");
            if (criterion is null)
            {
                return null;
            }

            var id = criterion.Id("id", true);
            Unique(seen, id, $"{path}.id", "criterion id");
            var label = criterion.Text("label", true);
            var kind = criterion.Choice("kind", false, CriterionKinds) ?? CriterionKind.Inclusion;
            var rule = criterion.Text("rule", true);
            var expression = rule is null ? null : ParseRule(rule, criterion.Node("rule", false)!, criterion.PathOf("rule"), instrument);
            return id is null || label is null || rule is null || expression is null
                ? null
                : new EligibilityCriterion(id, label, kind, rule) { Expression = expression };
        });

        return instrumentId is null ? null : new Screening(instrumentId, criteria);
    }

    private RuleExpression? ParseRule(string rule, YamlNode node, string path, Instrument? screening)
    {
        try
        {
            var expression = RuleParser.Parse(rule);
            if (screening is not null)
            {
                foreach (var (offset, message) in RuleChecker.Check(expression, screening))
                {
                    context.Error(path, RuleMark(node, rule, offset), $"in rule '{rule}': {message}");
                }
            }

            return expression;
        }
        catch (RuleSyntaxException e)
        {
            context.Error(path, RuleMark(node, rule, e.Offset),
                $"in rule '{rule}': {e.Message}; a rule reads like 'item >= 4', 'item in [a, b]', 'item == no', joined with and/or/not");
            return null;
        }
    }

    /// <summary>The position of a character of the rule in the file, when the rule sits on one line.</summary>
    private static Mark RuleMark(YamlNode node, string rule, int offset)
    {
        if (node is not YamlScalarNode scalar || node.Start.Line != node.End.Line || scalar.Value is null)
        {
            return node.Start;
        }

        var lead = scalar.Value.Length - scalar.Value.TrimStart().Length;
        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var column = node.Start.Column + quote + lead + Math.Min(offset, rule.Length);
        return new Mark(node.Start.Index + (column - node.Start.Column), node.Start.Line, column);
    }
}
