using Myelin.Analysis.Data;
using Myelin.Analysis.Tests.Builders;

namespace Myelin.Analysis.Tests.Data;

public sealed class AnalysisDatasetTests
{
    [Fact]
    public void Valid_rows_give_participants_with_derived_stratum_etiology_arm_and_disposition()
    {
        var rows = new RowsBuilder()
            .Participant("P001", "both", null, 8, 5, 2, 1.5)
            .Participant("P002", "dm", null, 6, 4, 2)
            .Rows;

        var data = AnalysisDataset.FromRows(TestProtocols.SingleArm(), rows);

        Assert.True(data.IsValid, string.Join("; ", data.Problems));
        var p1 = data.Participants[0];
        Assert.Equal(("P001", "mk7", "severe", "b12", ParticipantDisposition.Completed), (p1.Code, p1.Arm, p1.Stratum, p1.Etiology, p1.Disposition));
        var p2 = data.Participants[1];
        Assert.Equal(("moderate", "dm", ParticipantDisposition.Enrolled), (p2.Stratum, p2.Etiology, p2.Disposition));
        Assert.Equal(2, data.Value(0, "diary-w8", "symptoms", "overall"));
        Assert.True(double.IsNaN(data.Value(1, "diary-w12", "symptoms", "overall")));
        Assert.Equal("both", data.Text(0, "screening", "screening", "etiology"));
    }

    [Fact]
    public void Every_row_that_does_not_fit_the_protocol_is_listed_with_its_line()
    {
        var rows = new RowsBuilder()
            .Participant("P001", "b12", null, 8, 5, 2)                      // lines 2–5
            .Add("P001", null, "diary-w9", "symptoms", "overall", "3")       // line 6: unknown event
            .Add("P001", null, "diary-w4", "symptoms", "tingle", "3")        // line 7: unknown item
            .Add("P001", null, "diary-w4", "symptoms", "numbness", "11")     // line 8: out of range
            .Add("P001", null, "diary-w4", "labs", "b12", "300")             // line 9: labs not due at week 4
            .Add("P001", null, "diary-w4", "symptoms", "overall", "4")       // line 10: second value
            .Add("P001", "placebo", "diary-w4", "symptoms", "cramps", "4")   // line 11: unknown arm
            .Add("P002", null, "diary-w4", "symptoms", "overall", "4")       // line 12: P002 has no baseline
            .Rows;

        var data = AnalysisDataset.FromRows(TestProtocols.SingleArm(), rows);

        Assert.Equal(
            [(6, "event"), (7, "item"), (8, "value"), (9, "instrument"), (10, "item"), (11, "arm"), (12, "participant")],
            data.Problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("'diary-w9' is not an event", data.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'tingle' is not an item of instrument 'symptoms'", data.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("11 is out of range for 'numbness'", data.Problems[2].Message, StringComparison.Ordinal);
        Assert.Contains("the first is on line 4", data.Problems[4].Message, StringComparison.Ordinal);
        Assert.Contains("has no baseline", data.Problems[6].Message, StringComparison.Ordinal);
        Assert.True(data.Problems[6].ExcludesParticipant);
        Assert.True(data.LacksBaseline(1));
        Assert.Equal(5, data.Value(0, "diary-w4", "symptoms", "overall"));
    }

    [Fact]
    public void A_participant_whose_arm_changes_between_rows_is_reported()
    {
        var rows = new RowsBuilder()
            .Participant("P001", "b12", "mk7", 8, 5, 2)
            .Add("P001", "placebo", "diary-w4", "symptoms", "tingling", "4")
            .Rows;

        var data = AnalysisDataset.FromRows(TestProtocols.Randomised(), rows);

        var problem = Assert.Single(data.Problems);
        Assert.Equal((6, "arm"), (problem.Line, problem.Column));
        Assert.Contains("differs from 'mk7'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_from_the_database_take_precedence_and_unknown_participants_are_refused()
    {
        var rows = new RowsBuilder()
            .Participant("P001", "b12", "mk7", 8, 5, 2)
            .Add("P009", "mk7", "diary-w0", "symptoms", "overall", "7")
            .Rows;
        var facts = new[]
        {
            new ParticipantFacts("P001", "mum", "mk7", "severe", "dm", ParticipantDisposition.Withdrawn, new DateOnly(2026, 1, 5), 90, 112),
        };

        var data = AnalysisDataset.FromRows(TestProtocols.Randomised(), rows, facts);

        var problem = Assert.Single(data.Problems);
        Assert.Equal((6, "participant"), (problem.Line, problem.Column));
        var p = Assert.Single(data.Participants);
        Assert.Equal(("dm", ParticipantDisposition.Withdrawn, 90.0 / 112), (p.Etiology, p.Disposition, p.Adherence!.Value));
    }

    [Fact]
    public void A_mean_score_needs_its_minimum_number_of_items()
    {
        var rows = new RowsBuilder()
            .Participant("P001", "b12", null, 8)
            .Add("P001", null, "diary-w0", "symptoms", "tingling", "6")
            .Add("P001", null, "diary-w0", "symptoms", "numbness", "7.5")
            .Add("P001", null, "diary-w4", "symptoms", "tingling", "6")
            .Rows;

        var data = AnalysisDataset.FromRows(TestProtocols.SingleArm(), rows);

        Assert.Equal(6.75, data.Column("symptoms", "symptom-mean", "diary-w0")[0]);
        Assert.True(double.IsNaN(data.Column("symptoms", "symptom-mean", "diary-w4")[0]));
    }
}
