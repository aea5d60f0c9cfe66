namespace Myelin.Domain.Protocols.Rules;

/// <summary>
/// Recursive-descent parser for eligibility rules:
/// <c>or := and ('or' and)*; and := unary ('and' unary)*; unary := 'not' unary | '(' or ')' | comparison;
/// comparison := item (op literal | ['not'] 'in' '[' literal (',' literal)* ']')</c>.
/// </summary>
internal sealed class RuleParser
{
    private readonly List<RuleToken> _tokens;
    private int _position;

    private RuleParser(List<RuleToken> tokens) => _tokens = tokens;

    /// <summary>Parses a rule; throws <see cref="RuleSyntaxException"/> with the offset of the first error.</summary>
    public static RuleExpression Parse(string text)
    {
        var parser = new RuleParser(RuleTokenizer.Tokenize(text));
        if (parser.Peek.Kind == RuleTokenKind.End)
        {
            throw new RuleSyntaxException("the rule is empty", 0);
        }

        var expression = parser.ParseOr();
        if (parser.Peek.Kind != RuleTokenKind.End)
        {
            throw new RuleSyntaxException($"unexpected '{parser.Peek.Text}'; expected 'and', 'or' or the end of the rule", parser.Peek.Offset);
        }

        return expression;
    }

    private RuleToken Peek => _tokens[_position];

    private RuleToken Next() => _tokens[_position++];

    private bool IsWord(string word) => Peek.Kind == RuleTokenKind.Word && Peek.Text == word;

    private RuleExpression ParseOr()
    {
        var left = ParseAnd();
        while (IsWord("or"))
        {
            Next();
            left = new LogicalRule(false, left, ParseAnd());
        }

        return left;
    }

    private RuleExpression ParseAnd()
    {
        var left = ParseUnary();
        while (IsWord("and"))
        {
            Next();
            left = new LogicalRule(true, left, ParseUnary());
        }

        return left;
    }

    private RuleExpression ParseUnary()
    {
        if (IsWord("not"))
        {
            Next();
            return new NotRule(ParseUnary());
        }

        if (Peek.Kind == RuleTokenKind.OpenParen)
        {
            Next();
            var inner = ParseOr();
            Expect(RuleTokenKind.CloseParen, "')'");
            return inner;
        }

        return ParseComparison();
    }

    private ComparisonRule ParseComparison()
    {
        var item = Next();
        if (item.Kind != RuleTokenKind.Word || item.Text is "and" or "or" or "in")
        {
            throw new RuleSyntaxException(Found(item, "a screening item id"), item.Offset);
        }

        var op = Next();
        if (op.Kind == RuleTokenKind.Operator)
        {
            return new ComparisonRule(item.Text, item.Offset, ToOperator(op.Text), [ParseLiteral()]);
        }

        if (op.Kind == RuleTokenKind.Word && op.Text == "in")
        {
            return new ComparisonRule(item.Text, item.Offset, ComparisonOperator.In, ParseList());
        }

        if (op.Kind == RuleTokenKind.Word && op.Text == "not" && IsWord("in"))
        {
            Next();
            return new ComparisonRule(item.Text, item.Offset, ComparisonOperator.NotIn, ParseList());
        }

        throw new RuleSyntaxException(Found(op, "an operator (==, !=, <, <=, >, >=, in, not in)"), op.Offset);
    }

    private List<RuleLiteral> ParseList()
    {
        Expect(RuleTokenKind.OpenBracket, "'[' to start a list");
        var values = new List<RuleLiteral> { ParseLiteral() };
        while (Peek.Kind == RuleTokenKind.Comma)
        {
            Next();
            values.Add(ParseLiteral());
        }

        Expect(RuleTokenKind.CloseBracket, "',' or ']'");
        return values;
    }

    private RuleLiteral ParseLiteral()
    {
        var token = Next();
        return token.Kind switch
        {
            RuleTokenKind.Number => new RuleLiteral(token.Text, token.Number, false, token.Offset),
            RuleTokenKind.Word when token.Text is not ("and" or "or" or "not" or "in") => new RuleLiteral(token.Text, null, false, token.Offset),
            RuleTokenKind.QuotedString => new RuleLiteral(token.Text, null, true, token.Offset),
            _ => throw new RuleSyntaxException(Found(token, "a value (number, code or quoted text)"), token.Offset),
        };
    }

    private void Expect(RuleTokenKind kind, string what)
    {
        var token = Next();
        if (token.Kind != kind)
        {
            throw new RuleSyntaxException(Found(token, what), token.Offset);
        }
    }

    private static string Found(RuleToken token, string expected) =>
        token.Kind == RuleTokenKind.End ? $"the rule ends where {expected} is expected" : $"expected {expected}, found '{token.Text}'";

    private static ComparisonOperator ToOperator(string text) => text switch
    {
        "==" => ComparisonOperator.Equal,
        "!=" => ComparisonOperator.NotEqual,
        "<" => ComparisonOperator.Less,
        "<=" => ComparisonOperator.LessOrEqual,
        ">" => ComparisonOperator.Greater,
        _ => ComparisonOperator.GreaterOrEqual,
    };
}
