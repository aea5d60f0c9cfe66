using Myelin.Statistics.Models;

namespace Myelin.Statistics.Tests.Models;

public sealed class AncovaBehaviourTests
{
    private static readonly string[] Arm = ["placebo", "placebo", "placebo", "active", "active", "active"];
    private static readonly double[] Base = [6, 7, 5, 7, 6, 8];
    private static readonly double[] Chg = [-1, -1, 0, -3, -3, -2];

    [Fact]
    public void Rows_with_NaN_are_dropped_like_na_omit()
    {
        var full = Ancova.Fit(Chg, Arm, [Base], ["base"], ["placebo", "active"]);
        var withNa = Ancova.Fit([.. Chg, double.NaN, 2], [.. Arm, "active", "placebo"], [[.. Base, 5, double.NaN]], ["base"], ["placebo", "active"]);

        Assert.Equal(full.N, withNa.N);
        Assert.Equal(full.Coefficient("groupactive").Estimate, withNa.Coefficient("groupactive").Estimate, 15);
    }

    [Fact]
    public void Default_levels_are_alphabetical_so_active_is_the_reference()
    {
        var fit = Ancova.Fit(Chg, Arm, [Base], ["base"]);

        Assert.Equal("active", fit.Levels[0]);
        Assert.Equal("groupplacebo", fit.Coefficients[1].Name);
        Assert.True(fit.Contrasts[0].Estimate > 0);
    }

    [Fact]
    public void Infinite_response_is_refused_with_R_message_and_row()
    {
        var ex = Assert.Throws<ArgumentException>(() => Ancova.Fit([.. Chg[..5], double.PositiveInfinity], Arm, [Base], ["base"]));
        Assert.Contains("row 6", ex.Message, StringComparison.Ordinal);
        Assert.Contains("NA/NaN/Inf in 'y'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_level_is_refused_naming_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => Ancova.Fit(Chg, Arm, [Base], ["base"], ["placebo", "active", "high"]));
        Assert.Contains("'high'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_label_and_length_mismatch_name_the_argument()
    {
        var unknown = Assert.Throws<ArgumentException>(() => Ancova.Fit(Chg, [.. Arm[..5], "actve"], [Base], ["base"], ["placebo", "active"]));
        Assert.Contains("'actve' at row 6", unknown.Message, StringComparison.Ordinal);

        var mismatch = Assert.Throws<ArgumentException>(() => Ancova.Fit(Chg, Arm, [Base[..5]], ["base"]));
        Assert.Equal("covariates", mismatch.ParamName);
    }

    [Fact]
    public void Covariate_constant_within_groups_is_reported_as_aliased()
    {
        double[] aliased = [1, 1, 1, 2, 2, 2];
        var ex = Assert.Throws<ArgumentException>(() => Ancova.Fit(Chg, Arm, [aliased], ["site"]));
        Assert.Contains("'site'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Integer_codes_give_the_same_fit_as_labels()
    {
        var byLabel = Ancova.Fit(Chg, Arm, [Base], ["base"], ["placebo", "active"]);
        var byCode = Ancova.Fit(Chg, [0, 0, 0, 1, 1, 1], ["placebo", "active"], [Base], ["base"]);

        Assert.Equal(byLabel.Coefficients, byCode.Coefficients);
        Assert.Equal(byLabel.AdjustedMeans, byCode.AdjustedMeans);
    }
}
