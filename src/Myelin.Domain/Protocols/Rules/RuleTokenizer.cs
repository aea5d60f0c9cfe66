using System.Globalization;

namespace Myelin.Domain.Protocols.Rules;

/// <summary>Splits a rule into tokens: words, numbers, quoted strings, operators and brackets.</summary>
internal static class RuleTokenizer
{
    public static List<RuleToken> Tokenize(string text)
    {
        var tokens = new List<RuleToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
                {
                    i++;
                }

                tokens.Add(new RuleToken(RuleTokenKind.Word, text[start..i], start));
            }
            else if (char.IsAsciiDigit(c) || (c is '-' or '.' && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '.')))
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                var raw = text[start..i];
                if (!double.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    throw new RuleSyntaxException($"'{raw}' is not a number", start);
                }

                tokens.Add(new RuleToken(RuleTokenKind.Number, raw, start, number));
            }
            else if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new RuleSyntaxException($"unterminated string starting with {c}", i);
                }

                tokens.Add(new RuleToken(RuleTokenKind.QuotedString, text[(i + 1)..end], i));
                i = end + 1;
            }
            else if (c is '=' or '!' or '<' or '>')
            {
                var two = i + 1 < text.Length && text[i + 1] == '=';
                var op = two ? text.Substring(i, 2) : c.ToString();
                if (op is "=" or "!")
                {
                    throw new RuleSyntaxException($"unknown operator '{op}'; use ==, !=, <, <=, >, >=, in, not in", i);
                }

                tokens.Add(new RuleToken(RuleTokenKind.Operator, op, i));
                i += op.Length;
            }
            else
            {
                var kind = c switch
                {
                    '[' => RuleTokenKind.OpenBracket,
                    ']' => RuleTokenKind.CloseBracket,
                    '(' => RuleTokenKind.OpenParen,
                    ')' => RuleTokenKind.CloseParen,
                    ',' => RuleTokenKind.Comma,
                    _ => throw new RuleSyntaxException($"unexpected character '{c}'", i),
                };
                tokens.Add(new RuleToken(kind, c.ToString(), i));
                i++;
            }
        }

        tokens.Add(new RuleToken(RuleTokenKind.End, string.Empty, text.Length));
        return tokens;
    }
}
