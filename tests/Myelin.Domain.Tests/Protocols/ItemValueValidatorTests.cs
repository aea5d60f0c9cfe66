using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

public class ItemValueValidatorTests
{
    private static Item Item(string instrument, string id) => MinimalProtocol.Protocol.GetInstrument(instrument).FindItem(id)!;

    [Theory]
    [InlineData("symptoms", "tingling", "7.5", "7.5", 7.5)]
    [InlineData("symptoms", "tingling", " 10 ", "10", 10)]
    [InlineData("symptoms", "numbness", "3.7", "3.7", 3.7)]
    [InlineData("labs", "b12", "182.5", "182.5", 182.5)]
    [InlineData("screening", "age", "54", "54", 54)]
    public void Valid_numbers_are_normalised(string instrument, string id, string raw, string normalised, double number)
    {
        var check = ItemValueValidator.Validate(Item(instrument, id), raw);

        Assert.Equal(new ItemValueCheck(id, true, false, normalised, number, null), check);
    }

    [Theory]
    [InlineData("symptoms", "tingling", "10.5", "10.5 is out of range for 'tingling'; allowed: vas 0 to 10 in steps of 0.5")]
    [InlineData("symptoms", "tingling", "7.3", "7.3 is not on the scale for 'tingling'; allowed: vas 0 to 10 in steps of 0.5")]
    [InlineData("symptoms", "numbness", "3.75", "3.75 is not on the scale for 'numbness'; allowed: vas 0 to 10 in steps of 0.1")]
    [InlineData("symptoms", "tingling", "seven", "'seven' is not a number (use '.' for decimals, no thousands separators) for 'tingling'; allowed: vas 0 to 10 in steps of 0.5")]
    [InlineData("labs", "b12", "1,5", "'1,5' is not a number (use '.' for decimals, no thousands separators) for 'b12'; allowed: decimal 20 to 5000 pg/mL")]
    [InlineData("labs", "b12", "6000", "6000 is out of range for 'b12'; allowed: decimal 20 to 5000 pg/mL")]
    [InlineData("screening", "age", "54.5", "'54.5' is not a whole number for 'age'; allowed: integer 0 to 120")]
    [InlineData("screening", "etiology", "B12", "'B12' is not a code of 'etiology'; allowed: b12, t2dm, both")]
    [InlineData("screening", "vka_use", "true", "'true' is not a yes/no answer for 'vka_use'; allowed: yes, no")]
    [InlineData("screening", "baseline_vas", "", "a value is required for 'baseline_vas' (Baseline VAS)")]
    public void Invalid_values_say_what_is_allowed(string instrument, string id, string raw, string message)
    {
        var check = ItemValueValidator.Validate(Item(instrument, id), raw);

        Assert.False(check.IsValid);
        Assert.Equal(message, check.Error);
        Assert.Null(check.Normalised);
    }

    [Fact]
    public void Missing_optional_value_is_valid_and_marked_missing()
    {
        var check = Item("screening", "notes").Validate(null);

        Assert.Equal(new ItemValueCheck("notes", true, true, null, null, null), check);
    }

    [Fact]
    public void Dates_must_be_iso_calendar_dates()
    {
        var date = new Item("visit_date", "Visit date", ItemType.Date, true, null, null, null, null, null, null, [], null);

        Assert.Equal("2012-08-31", ItemValueValidator.Validate(date, "2012-08-31").Normalised);
        Assert.Equal("'31/08/2012' is not a date for 'visit_date'; allowed: yyyy-MM-dd, e.g. 2012-08-31", ItemValueValidator.Validate(date, "31/08/2012").Error);
        Assert.False(ItemValueValidator.Validate(date, "2012-02-30").IsValid);
    }

    [Fact]
    public void Text_longer_than_max_length_is_refused()
    {
        var notes = Samples.RctPilot.GetInstrument("closeout").FindItem("notes")!;

        Assert.True(notes.Validate(new string('a', 2000)).IsValid);
        Assert.Equal("text for 'notes' is 2001 characters long; at most 2000 allowed", notes.Validate(new string('a', 2001)).Error);
    }
}
