using Myelin.Domain.Forms;
using Myelin.Domain.Protocols;
using Myelin.Domain.Tests.Protocols;

namespace Myelin.Domain.Tests.Forms;

public class FormCheckTests
{
    [Fact]
    public void Labs_values_come_back_normalised_with_their_item_and_unit()
    {
        var result = FormCheck.Check(Samples.Preliminary, "visit-w4", "labs", [new("b12", " 350.50 ")], requireAll: true);

        Assert.True(result.IsValid);
        var value = Assert.Single(result.Values);
        Assert.Equal("350.5", value.Value);
        Assert.Equal("pg/mL", value.Item.Unit);
    }

    [Fact]
    public void Each_problem_names_its_field_and_item()
    {
        var result = FormCheck.Check(Samples.Preliminary, "visit-w4", "labs", [new("b12", "99999"), new("colour", "blue")], requireAll: false);

        Assert.Contains(result.Problems, p => p.Field == "value" && p.ItemId == "b12" && p.Message.Contains("out of range", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Field == "item" && p.ItemId == "colour");
        Assert.Empty(result.Values);
    }

    [Fact]
    public void An_instrument_not_due_at_the_event_is_refused()
    {
        var result = FormCheck.Check(Samples.Preliminary, "diary-w1", "labs", [], requireAll: false);

        Assert.Equal("instrument: 'labs' is not due at event 'diary-w1'; due there: symptoms", Assert.Single(result.Problems).ToString());
    }

    [Fact]
    public void The_stratum_at_enrolment_is_the_severity_band_of_the_screening_vas()
    {
        var values = new Dictionary<string, string?> { ["baseline_vas"] = "8.5", ["etiology"] = "t2dm" };

        Assert.Equal("severe", Stratifier.AtEnrolment(Samples.Preliminary, values));
        Assert.Equal("dm", Stratifier.EtiologyAtEnrolment(Samples.RctPilot, values)!.Code);
        Assert.Null(Stratifier.AtEnrolment(Samples.Preliminary, new Dictionary<string, string?>()));
    }
}
