namespace Myelin.Domain.Records;

/// <summary>
/// A person in a study, known by a code unique within the study. Status moves screened → enrolled →
/// withdrawn (with reason) or completed, only through the methods here; anything else throws
/// <see cref="DomainRuleException"/>.
/// </summary>
public sealed class Participant
{
    private readonly List<ScreeningValue> _screeningValues = [];

    private Participant(string studyId, string code, string siteId, string? etiology, DateTimeOffset createdAt)
    {
        StudyId = studyId;
        Code = code;
        SiteId = siteId;
        Etiology = etiology;
        Status = ParticipantStatus.Screened;
        CreatedAt = createdAt;
        ChangedAt = createdAt;
    }

    /// <summary>Database key; 0 until saved.</summary>
    public long Id { get; private set; }

    /// <summary>The study the participant belongs to.</summary>
    public string StudyId { get; private set; }

    /// <summary>The participant code, unique within the study (e.g. <c>P001</c>).</summary>
    public string Code { get; private set; }

    /// <summary>The site, one of the study's sites.</summary>
    public string SiteId { get; private set; }

    /// <summary>Where the participant is in the study.</summary>
    public ParticipantStatus Status { get; private set; }

    /// <summary>Why the participant withdrew; set only when <see cref="Status"/> is <see cref="ParticipantStatus.Withdrawn"/>.</summary>
    public string? WithdrawalReason { get; private set; }

    /// <summary>The etiology code from the protocol, e.g. <c>b12-deficiency</c> or <c>t2dm</c>; null until known.</summary>
    public string? Etiology { get; private set; }

    /// <summary>The stratum code given at enrolment (e.g. a severity band); null before enrolment.</summary>
    public string? Stratum { get; private set; }

    /// <summary>The arm code given at enrolment; null before enrolment.</summary>
    public string? Arm { get; private set; }

    /// <summary>
    /// The allocation stratum whose sequence gave <see cref="Arm"/>; null when the arm did not come from the
    /// concealed allocation sequence (a single-arm study, an import, simulated data).
    /// </summary>
    public string? AllocationStratum { get; private set; }

    /// <summary>
    /// The position in <see cref="AllocationStratum"/>'s sequence that gave <see cref="Arm"/>, 0 for the first; null as
    /// <see cref="AllocationStratum"/>. The database keeps (study, allocation stratum, position) unique, so two
    /// enrolments never take the same place.
    /// </summary>
    public int? AllocationPosition { get; private set; }

    /// <summary>The language the participant's diary speaks (see <see cref="DiaryLanguage"/>); English until chosen.</summary>
    public string Language { get; private set; } = DiaryLanguage.English;

    /// <summary>The enrolment date (day 0 of the schedule); null before enrolment.</summary>
    public DateOnly? EnrolledOn { get; private set; }

    /// <summary>When the record was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the record last changed (UTC).</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The screening values, one per screening item.</summary>
    public IReadOnlyList<ScreeningValue> ScreeningValues => _screeningValues;

    /// <summary>Creates a screened participant at a site.</summary>
    /// <param name="site">The site; it carries the study.</param>
    /// <param name="code">The participant code, unique within the study.</param>
    /// <param name="etiology">The etiology code, when known at screening.</param>
    /// <param name="at">When the participant is created (UTC).</param>
    public static Participant Screen(Site site, string code, string? etiology, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new Participant(
            site.StudyId,
            Guard.Id(code, $"participant code in study '{site.StudyId}'"),
            site.Id,
            etiology is null ? null : Guard.Id(etiology, $"etiology of participant '{code}'"),
            UtcInstant.Require(at, $"creation time of participant '{code}'"));
    }

    /// <summary>
    /// Records (or replaces) the value of one screening item, e.g. serum B12 or the baseline score.
    /// The screening values must be loaded (include them when querying), or a second value for the item is refused on save.
    /// </summary>
    /// <param name="itemId">The screening item id from the protocol.</param>
    /// <param name="value">The value as entered.</param>
    /// <param name="numeric">The value as a number when the item is numeric, otherwise null.</param>
    /// <param name="unit">The unit when the item has one (e.g. <c>pg/mL</c>).</param>
    /// <param name="at">When it is recorded (UTC).</param>
    /// <returns>The new or updated screening value.</returns>
    public ScreeningValue RecordScreeningValue(string itemId, string value, double? numeric, string? unit, DateTimeOffset at)
    {
        var when = UtcInstant.Require(at, $"time of screening value for participant '{Code}'");
        Guard.Id(itemId, $"screening item id for participant '{Code}'");
        var existing = _screeningValues.Find(v => v.ItemId == itemId);
        if (existing is null)
        {
            existing = new ScreeningValue(this, itemId, value, numeric, unit);
            _screeningValues.Add(existing);
        }
        else
        {
            existing.Change(value, numeric, unit);
        }

        ChangedAt = when;
        return existing;
    }

    /// <summary>Sets or corrects the etiology code.</summary>
    public void SetEtiology(string etiology, DateTimeOffset at)
    {
        var when = UtcInstant.Require(at, $"time of etiology change for participant '{Code}'");
        Etiology = Guard.Id(etiology, $"etiology of participant '{Code}'");
        ChangedAt = when;
    }

    /// <summary>Chooses the language of the participant's diary.</summary>
    /// <exception cref="DomainRuleException">The code is not a diary language.</exception>
    public void SetLanguage(string language, DateTimeOffset at)
    {
        var when = UtcInstant.Require(at, $"time of language change for participant '{Code}'");
        Language = DiaryLanguage.Require(language, $"diary language of participant '{Code}'");
        ChangedAt = when;
    }

    /// <summary>Enrols a screened participant into an arm and stratum.</summary>
    /// <param name="arm">The arm code; null only where the protocol has no arms to allocate.</param>
    /// <param name="stratum">The stratum code (e.g. <c>moderate</c>); null when the protocol does not stratify.</param>
    /// <param name="enrolledOn">The enrolment date, day 0 of the schedule.</param>
    /// <param name="at">When the enrolment is recorded (UTC).</param>
    /// <exception cref="DomainRuleException">The participant is not screened.</exception>
    public void Enrol(string? arm, string? stratum, DateOnly enrolledOn, DateTimeOffset at)
    {
        var when = UtcInstant.Require(at, $"enrolment time of participant '{Code}'");
        if (Status != ParticipantStatus.Screened)
        {
            throw new DomainRuleException($"participant '{Code}' in study '{StudyId}' is {Describe()} and cannot be enrolled; only a screened participant can.");
        }

        Arm = arm is null ? null : Guard.Id(arm, $"arm of participant '{Code}'");
        Stratum = stratum is null ? null : Guard.Id(stratum, $"stratum of participant '{Code}'");
        EnrolledOn = enrolledOn;
        Status = ParticipantStatus.Enrolled;
        ChangedAt = when;
    }

    /// <summary>Enrols a screened participant into the arm at a place of the study's concealed allocation sequence.</summary>
    /// <param name="allocation">The arm with the allocation stratum and position that gave it.</param>
    /// <param name="stratum">The stratum code (e.g. <c>moderate</c>); null when the protocol does not stratify.</param>
    /// <param name="enrolledOn">The enrolment date, day 0 of the schedule.</param>
    /// <param name="at">When the enrolment is recorded (UTC).</param>
    /// <exception cref="DomainRuleException">The participant is not screened, or the position is negative.</exception>
    public void Enrol(Protocols.ArmAllocation allocation, string? stratum, DateOnly enrolledOn, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        if (allocation.Position < 0)
        {
            throw new DomainRuleException($"allocation position {allocation.Position} of participant '{Code}' is negative; positions count from 0.");
        }

        var allocationStratum = Guard.Id(allocation.Stratum, $"allocation stratum of participant '{Code}'");
        Enrol(allocation.Arm, stratum, enrolledOn, at);
        AllocationStratum = allocationStratum;
        AllocationPosition = allocation.Position;
    }

    /// <summary>Withdraws a screened or enrolled participant, with the reason.</summary>
    /// <exception cref="DomainRuleException">The reason is empty, or the participant has already withdrawn or completed.</exception>
    public void Withdraw(string reason, DateTimeOffset at)
    {
        var when = UtcInstant.Require(at, $"withdrawal time of participant '{Code}'");
        var text = Guard.Text(reason, $"withdrawal reason of participant '{Code}'");
        if (Status is not (ParticipantStatus.Screened or ParticipantStatus.Enrolled))
        {
            throw new DomainRuleException($"participant '{Code}' in study '{StudyId}' is {Describe()} and cannot withdraw; only a screened or enrolled participant can.");
        }

        WithdrawalReason = text;
        Status = ParticipantStatus.Withdrawn;
        ChangedAt = when;
    }

    /// <summary>Marks an enrolled participant as having completed the schedule.</summary>
    /// <exception cref="DomainRuleException">The participant is not enrolled.</exception>
    public void Complete(DateTimeOffset at)
    {
        var when = UtcInstant.Require(at, $"completion time of participant '{Code}'");
        if (Status != ParticipantStatus.Enrolled)
        {
            throw new DomainRuleException($"participant '{Code}' in study '{StudyId}' is {Describe()} and cannot complete; only an enrolled participant can.");
        }

        Status = ParticipantStatus.Completed;
        ChangedAt = when;
    }

    private string Describe() => Status switch
    {
        ParticipantStatus.Withdrawn => $"withdrawn ({WithdrawalReason})",
        _ => Status.ToString().ToLowerInvariant(),
    };
}
