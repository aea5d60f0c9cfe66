namespace Myelin.Analysis.Tests;

public sealed class ChangeWordingTests
{
    [Fact]
    public void A_fall_names_both_values_the_points_and_the_percent() =>
        Assert.Equal("fell from 7.2 to 1.6 (\u22125.6 points, \u221278%)", ChangeWording.Describe(7.2, 1.6));

    [Fact]
    public void Reduced_to_one_to_two_is_not_worded_as_reduced_by_one_to_two()
    {
        // Kulkarni et al.: severe group 8–9 at baseline, 1–2 at week 8. The blog's "improved 1–2 points" was wrong.
        string text = ChangeWording.Describe(8.5, 1.5);
        Assert.Equal("fell from 8.5 to 1.5 (\u22127.0 points, \u221282%)", text);
        Assert.DoesNotContain("1.0 point", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rise_says_rose_with_a_plus_sign() =>
        Assert.Equal("rose from 2.0 to 3.5 (+1.5 points, +75%)", ChangeWording.Describe(2, 3.5));

    [Theory]
    [InlineData(5.0, 5.0)]
    [InlineData(5.0, 5.04)]
    public void A_change_that_rounds_to_zero_did_not_change(double baseline, double followUp) =>
        Assert.Equal("did not change from 5.0 (0.0 points, 0%)", ChangeWording.Describe(baseline, followUp));

    [Fact]
    public void A_zero_baseline_has_no_percent()
    {
        Assert.Equal("rose from 0.0 to 2.5 (+2.5 points)", ChangeWording.Describe(0, 2.5));
    }

    [Fact]
    public void A_missing_value_cannot_be_worded() =>
        Assert.Throws<ArgumentException>(() => ChangeWording.Describe(double.NaN, 1));
}
