namespace Myelin.Domain.Records;

/// <summary>
/// The client-generated id of a diary submission and the assessment it stored: a retry with the same id finds
/// this row and answers with the stored assessment instead of storing twice. (participant, submission id) is unique.
/// </summary>
public sealed class DiarySubmission
{
    // For EF: it sets the properties itself.
    private DiarySubmission()
    {
        EventId = string.Empty;
        Assessment = null!;
    }

    private DiarySubmission(Assessment assessment, Guid submissionId, DateTimeOffset receivedAt)
    {
        Assessment = assessment;
        ParticipantId = assessment.Participant.Id;
        SubmissionId = submissionId;
        EventId = assessment.EventId;
        ReceivedAt = receivedAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The participant's database key.</summary>
    public long ParticipantId { get; private set; }

    /// <summary>The id the diary page generated for this submission.</summary>
    public Guid SubmissionId { get; private set; }

    /// <summary>The schedule event submitted.</summary>
    public string EventId { get; private set; }

    /// <summary>The assessment stored for it.</summary>
    public long AssessmentId { get; private set; }

    /// <summary>The assessment stored for it.</summary>
    public Assessment Assessment { get; private set; }

    /// <summary>When it was received (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>Records a submission with the assessment it stores (saved together, or after it).</summary>
    public static DiarySubmission Record(Assessment assessment, Guid submissionId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (submissionId == Guid.Empty)
        {
            throw new DomainRuleException("a diary submission id must not be the empty UUID.");
        }

        return new DiarySubmission(assessment, submissionId, UtcInstant.Require(at, "receipt time of a diary submission"));
    }
}
