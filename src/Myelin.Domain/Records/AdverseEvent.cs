namespace Myelin.Domain.Records;

/// <summary>
/// An adverse event of one participant: term, onset and resolution dates, severity, seriousness, causality and outcome.
/// An event is open (outcome not recovered or recovering) until <see cref="Resolve"/> gives its end.
/// </summary>
public sealed class AdverseEvent
{
    // For EF: it sets the properties itself.
    private AdverseEvent()
    {
        Term = RecordedBy = string.Empty;
        Participant = null!;
    }

    private AdverseEvent(Participant participant, string term, DateOnly onsetOn, AeSeverity severity, bool serious, AeCausality related, string recordedBy, DateTimeOffset recordedAt)
    {
        Participant = participant;
        ParticipantId = participant.Id;
        Term = term;
        OnsetOn = onsetOn;
        Severity = severity;
        Serious = serious;
        Related = related;
        Outcome = AeOutcome.NotRecovered;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The participant's database key.</summary>
    public long ParticipantId { get; private set; }

    /// <summary>The participant.</summary>
    public Participant Participant { get; private set; }

    /// <summary>The reported term, e.g. "nausea" (coding to MedDRA is a later step).</summary>
    public string Term { get; private set; }

    /// <summary>The day the event started.</summary>
    public DateOnly OnsetOn { get; private set; }

    /// <summary>The day it resolved (or the participant died); null while ongoing.</summary>
    public DateOnly? ResolvedOn { get; private set; }

    /// <summary>Intensity.</summary>
    public AeSeverity Severity { get; private set; }

    /// <summary>Serious by the ICH E2A criteria (death, life-threatening, hospitalisation, disability, anomaly, important).</summary>
    public bool Serious { get; private set; }

    /// <summary>Causality: whether related to the study product.</summary>
    public AeCausality Related { get; private set; }

    /// <summary>The outcome; <see cref="AeOutcome.NotRecovered"/> when first reported.</summary>
    public AeOutcome Outcome { get; private set; }

    /// <summary>Who recorded or last changed it.</summary>
    public string RecordedBy { get; private set; }

    /// <summary>When it was recorded or last changed (UTC).</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Reports a new, ongoing adverse event.</summary>
    /// <exception cref="DomainRuleException">The term is empty or the time is not UTC.</exception>
    public static AdverseEvent Report(Participant participant, string term, DateOnly onsetOn, AeSeverity severity, bool serious, AeCausality related, string recordedBy, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var where = $"adverse event of participant '{participant.Code}'";
        return new AdverseEvent(
            participant,
            Guard.Text(term, $"term of {where}", 200),
            onsetOn,
            severity,
            serious,
            related,
            Guard.Text(recordedBy, $"'recorded by' of {where}", 200),
            UtcInstant.Require(recordedAt, $"recording time of {where}"));
    }

    /// <summary>Re-grades severity, seriousness and causality, e.g. after follow-up information.</summary>
    public void Reassess(AeSeverity severity, bool serious, AeCausality related, string recordedBy, DateTimeOffset recordedAt)
    {
        Stamp(recordedBy, recordedAt);
        Severity = severity;
        Serious = serious;
        Related = related;
    }

    /// <summary>Records that the event has ended, on a day not before its onset.</summary>
    /// <param name="resolvedOn">The day it ended.</param>
    /// <param name="outcome">Recovered, recovered with sequelae or fatal.</param>
    /// <param name="recordedBy">Who records it.</param>
    /// <param name="recordedAt">When (UTC).</param>
    /// <exception cref="DomainRuleException">The day is before onset, the outcome does not end an event, or it is already resolved.</exception>
    public void Resolve(DateOnly resolvedOn, AeOutcome outcome, string recordedBy, DateTimeOffset recordedAt)
    {
        if (ResolvedOn is not null)
        {
            throw new DomainRuleException($"adverse event '{Term}' was already resolved on {ResolvedOn:yyyy-MM-dd}; correct it with Reopen first.");
        }

        if (resolvedOn < OnsetOn)
        {
            throw new DomainRuleException($"adverse event '{Term}' cannot resolve on {resolvedOn:yyyy-MM-dd}, before its onset on {OnsetOn:yyyy-MM-dd}.");
        }

        if (outcome is not (AeOutcome.Recovered or AeOutcome.RecoveredWithSequelae or AeOutcome.Fatal))
        {
            throw new DomainRuleException($"outcome {outcome} does not end adverse event '{Term}'; use Recovered, RecoveredWithSequelae or Fatal, or SetOngoingOutcome for an event that continues.");
        }

        Stamp(recordedBy, recordedAt);
        ResolvedOn = resolvedOn;
        Outcome = outcome;
    }

    /// <summary>Sets the outcome of an event that has not ended: not recovered, recovering or unknown. Clears any resolution date.</summary>
    /// <exception cref="DomainRuleException">The outcome ends the event (use <see cref="Resolve"/>).</exception>
    public void SetOngoingOutcome(AeOutcome outcome, string recordedBy, DateTimeOffset recordedAt)
    {
        if (outcome is not (AeOutcome.NotRecovered or AeOutcome.Recovering or AeOutcome.Unknown))
        {
            throw new DomainRuleException($"outcome {outcome} ends adverse event '{Term}'; use Resolve with the day it ended.");
        }

        Stamp(recordedBy, recordedAt);
        ResolvedOn = null;
        Outcome = outcome;
    }

    /// <summary>Reopens a resolved event (e.g. resolved in error): it becomes ongoing, not recovered.</summary>
    public void Reopen(string recordedBy, DateTimeOffset recordedAt) => SetOngoingOutcome(AeOutcome.NotRecovered, recordedBy, recordedAt);

    private void Stamp(string recordedBy, DateTimeOffset recordedAt)
    {
        var where = $"adverse event '{Term}'";
        RecordedAt = UtcInstant.Require(recordedAt, $"recording time of {where}");
        RecordedBy = Guard.Text(recordedBy, $"'recorded by' of {where}", 200);
    }
}
