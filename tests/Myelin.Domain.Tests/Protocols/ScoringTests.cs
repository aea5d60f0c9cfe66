using Myelin.Domain.Protocols;

namespace Myelin.Domain.Tests.Protocols;

public class ScoringTests
{
    private static Instrument Symptoms => MinimalProtocol.Protocol.GetInstrument("symptoms");

    [Fact]
    public void Item_score_is_the_item_value()
    {
        var overall = Scoring.ComputeScore(Symptoms, "overall", new Dictionary<string, double?> { ["global"] = 6.5 });

        Assert.Equal(new ScoreResult("overall", 6.5, 1, null), overall);
    }

    [Fact]
    public void Mean_score_averages_the_items_that_have_values()
    {
        var scores = Scoring.Compute(Symptoms, new Dictionary<string, double?> { ["tingling"] = 7, ["numbness"] = 4, ["global"] = 6 });

        Assert.Equal([6d, 5.5], scores.Select(s => s.Value!.Value));
    }

    [Fact]
    public void Mean_score_with_enough_items_uses_only_those_present()
    {
        var mean = Scoring.ComputeScore(Symptoms, "mean", new Dictionary<string, double?> { ["tingling"] = 7, ["numbness"] = null });

        Assert.Equal(new ScoreResult("mean", 7, 1, null), mean);
    }

    [Fact]
    public void Mean_score_below_min_items_is_missing_with_the_reason()
    {
        var symptoms = Samples.Preliminary.GetInstrument("symptoms");
        var values = new Dictionary<string, double?> { ["tingling"] = 5, ["numbness"] = 4, ["weakness"] = 3 };

        var mean = Scoring.ComputeScore(symptoms, "symptom_mean", values);

        Assert.Null(mean.Value);
        Assert.Equal(3, mean.ItemsUsed);
        Assert.Equal("3 of 5 items have values, 4 needed; missing: fatigue, cramps", mean.MissingReason);
        values["fatigue"] = 4;
        Assert.Equal(4, Scoring.ComputeScore(symptoms, "symptom_mean", values).Value);
    }

    [Fact]
    public void Missing_item_score_says_which_item()
    {
        var overall = Scoring.ComputeScore(Symptoms, "overall", new Dictionary<string, double?>());

        Assert.Equal(new ScoreResult("overall", null, 0, "no value for item 'global'"), overall);
    }

    [Fact]
    public void Scores_from_raw_text_are_checked_first()
    {
        var scores = Scoring.Compute(Symptoms, new Dictionary<string, string?> { ["tingling"] = "7.5", ["numbness"] = "2.5", ["global"] = "" });

        Assert.Equal([null, 5d], scores.Select(s => s.Value));
        var error = Assert.Throws<ArgumentException>(() => Scoring.Compute(Symptoms, new Dictionary<string, string?> { ["tingling"] = "7.3" }));
        Assert.StartsWith("Instrument 'symptoms': 7.3 is not on the scale for 'tingling'; allowed: vas 0 to 10 in steps of 0.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_score_is_refused()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Scoring.ComputeScore(Symptoms, "total", new Dictionary<string, double?>()));

        Assert.Equal("Instrument 'symptoms' has no score 'total'; scores: overall, mean.", error.Message);
    }
}
