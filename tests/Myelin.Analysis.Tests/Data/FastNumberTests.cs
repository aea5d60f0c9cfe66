using System.Globalization;
using Myelin.Analysis.Data;
using Myelin.Domain.Protocols;

namespace Myelin.Analysis.Tests.Data;

/// <summary>The fast numeric path must accept exactly what the Domain's validator accepts, with the same number.</summary>
public sealed class FastNumberTests
{
    private static readonly Item Vas = new("v", "v", ItemType.Vas, true, 0, 10, 0.1, null, null, null, [], null);
    private static readonly Item Whole = new("w", "w", ItemType.WholeNumber, true, -5, 100, null, null, null, null, [], null);
    private static readonly Item Lab = new("d", "d", ItemType.DecimalNumber, false, 0, 5000, null, "pg/mL", null, null, [], null);

    [Theory]
    [InlineData("7.3")]
    [InlineData("0")]
    [InlineData("10")]
    [InlineData("10.0")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("+4.2")]
    [InlineData("-0")]
    [InlineData("0.30000000000000004")]
    [InlineData("10.05")]
    [InlineData("7.25")]
    [InlineData("11")]
    [InlineData(" 3")]
    [InlineData("3,5")]
    [InlineData("1e1")]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("-")]
    public void Vas_values_are_read_as_the_domain_reads_them(string raw) => AssertSame(Vas, raw);

    [Theory]
    [InlineData("42")]
    [InlineData("-5")]
    [InlineData("4.0")]
    [InlineData("101")]
    public void Whole_numbers_are_read_as_the_domain_reads_them(string raw) => AssertSame(Whole, raw);

    [Fact]
    public void Every_lab_value_with_up_to_six_decimals_parses_to_the_same_double()
    {
        var random = new Random(5);
        for (int i = 0; i < 20000; i++)
        {
            string raw = Math.Round(random.NextDouble() * 5000, random.Next(0, 7)).ToString(CultureInfo.InvariantCulture);
            AssertSame(Lab, raw);
        }
    }

    private static void AssertSame(Item item, string raw)
    {
        var check = item.Validate(raw);
        bool fast = FastNumber.TryRead(item, raw, out double value);
        if (fast)
        {
            Assert.True(check.IsValid && !check.IsMissing, $"fast path accepted '{raw}' that the Domain refuses: {check.Error}");
            Assert.Equal(BitConverter.DoubleToInt64Bits(check.Number!.Value), BitConverter.DoubleToInt64Bits(value));
        }

        // Declining is always safe: the Domain's validator then decides and words the problem.
    }

    [Theory]
    [InlineData("7.3", 7.3)]
    [InlineData("10", 10.0)]
    [InlineData(".5", 0.5)]
    [InlineData("0.1", 0.1)]
    public void Ordinary_vas_values_take_the_fast_path(string raw, double expected)
    {
        Assert.True(FastNumber.TryRead(Vas, raw, out double value));
        Assert.Equal(expected, value);
    }
}
