namespace Myelin.Domain.Protocols.Rules;

/// <summary>Checks a parsed rule against the screening instrument: known items, operators that fit the item type, valid values.</summary>
internal static class RuleChecker
{
    /// <summary>Every problem found, as (offset in the rule text, message).</summary>
    public static List<(int Offset, string Message)> Check(RuleExpression expression, Instrument screening)
    {
        var problems = new List<(int, string)>();
        Visit(expression, screening, problems);
        return problems;
    }

    private static void Visit(RuleExpression expression, Instrument screening, List<(int, string)> problems)
    {
        switch (expression)
        {
            case LogicalRule logical:
                Visit(logical.Left, screening, problems);
                Visit(logical.Right, screening, problems);
                break;
            case NotRule not:
                Visit(not.Operand, screening, problems);
                break;
            case ComparisonRule comparison:
                CheckComparison(comparison, screening, problems);
                break;
        }
    }

    private static void CheckComparison(ComparisonRule rule, Instrument screening, List<(int, string)> problems)
    {
        var item = screening.FindItem(rule.ItemId);
        if (item is null)
        {
            problems.Add((rule.Offset, $"'{rule.ItemId}' is not an item of the screening instrument '{screening.Id}'; items: {string.Join(", ", screening.Items.Select(i => i.Id))}"));
            return;
        }

        var ordering = rule.Operator is ComparisonOperator.Less or ComparisonOperator.LessOrEqual
            or ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual;
        if (item.Type == ItemType.Date)
        {
            problems.Add((rule.Offset, $"'{item.Id}' is a date item; rules cannot read dates (use a number such as age)"));
            return;
        }

        if (ordering && !item.IsNumeric)
        {
            problems.Add((rule.Offset, $"'{item.Id}' is a {ItemTypeNames.Name(item.Type)} item; <, <=, > and >= apply only to vas, integer and decimal items (use ==, !=, in or not in)"));
            return;
        }

        foreach (var literal in rule.Values)
        {
            if (item.IsNumeric && literal.Number is null)
            {
                problems.Add((literal.Offset, $"'{item.Id}' is a {ItemTypeNames.Name(item.Type)} item; compare it with a number, not '{literal.Text}'"));
            }
            else if (item.Type == ItemType.Choice && !item.Choices.Any(c => c.Code == literal.Text))
            {
                problems.Add((literal.Offset, $"'{literal.Text}' is not a code of '{item.Id}'; codes: {string.Join(", ", item.Choices.Select(c => c.Code))}"));
            }
            else if (item.Type == ItemType.YesNo && literal.Text is not ("yes" or "no"))
            {
                problems.Add((literal.Offset, $"'{item.Id}' is a yesno item; compare it with yes or no, not '{literal.Text}'"));
            }
        }
    }
}
