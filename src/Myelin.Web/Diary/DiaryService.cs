using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;

namespace Myelin.Web.Diary;

/// <summary>
/// The participant diary behind the page and the API: resolves a link to its participant, says what is due today,
/// and checks and stores an entry — the assessment with its values and note, the day's doses and the submission id — in one save.
/// A link reaches only its own participant: every query below starts from the participant the link names.
/// </summary>
public sealed partial class DiaryService(MyelinDbContext db, DiaryProtocols protocols, TimeProvider clock, IOptions<DiaryOptions> options, ILogger<DiaryService> logger)
{
    /// <summary>The participants' local date now (see <see cref="DiaryOptions.UtcOffset"/>).</summary>
    public DateOnly Today => LocalDate(clock.GetUtcNow());

    /// <summary>The participant a link reaches; null when the token is malformed, unknown or revoked, or the study has no protocol.</summary>
    public async Task<DiaryParticipant?> ResolveAsync(string? token, CancellationToken cancellationToken)
    {
        if (!SecretToken.LooksValid(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token!);
        var participantId = await db.DiaryLinks.AsNoTracking().Where(l => l.TokenHash == hash && l.RevokedAt == null)
            .Select(l => (long?)l.ParticipantId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (participantId is null)
        {
            return null;
        }

        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId, cancellationToken).ConfigureAwait(false);
        var protocol = participant is null ? null : await protocols.CurrentAsync(db, participant.StudyId, cancellationToken).ConfigureAwait(false);
        return protocol is null ? null : new DiaryParticipant(participant!, protocol);
    }

    /// <summary>
    /// The diary events open today and not yet completed, in schedule order. Only an enrolled participant has any:
    /// the schedule counts from the enrolment date.
    /// </summary>
    public async Task<IReadOnlyList<DiaryOpenEvent>> OpenEventsAsync(DiaryParticipant diary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diary);
        var participant = diary.Participant;
        if (participant.Status != ParticipantStatus.Enrolled || participant.EnrolledOn is not { } enrolled)
        {
            return [];
        }

        var done = await Completed(participant.Id, cancellationToken).ConfigureAwait(false);
        var today = Today;
        return ScheduleCalendar.EventsOn(diary.Protocol.Schedule, enrolled, today)
            .Select(d => (Due: d, Instrument: DiaryInstruments.Of(diary.Protocol, d.Event)))
            .Where(x => x.Instrument is not null && !done.Contains((x.Due.Event.Id, x.Instrument.Id)))
            .Select(x => new DiaryOpenEvent(x.Due, x.Instrument!))
            .ToList();
    }

    /// <summary>What the link shows now (<c>GET /api/v1/diary/{token}</c>); null when the link reaches no diary.</summary>
    public async Task<DiaryDue?> DueAsync(string? token, CancellationToken cancellationToken)
    {
        var diary = await ResolveAsync(token, cancellationToken).ConfigureAwait(false);
        if (diary is null)
        {
            return null;
        }

        var open = await OpenEventsAsync(diary, cancellationToken).ConfigureAwait(false);
        return new DiaryDue(diary.Participant.Code, diary.Participant.Language, [.. open.Select(o => Describe(o, diary.Participant.Language))]);
    }

    /// <summary>
    /// Checks an entry and stores it, or answers with what a repeated submission id stored before. Nothing is stored
    /// unless every field is valid; the assessment, item values, dose records and submission id are saved together.
    /// </summary>
    /// <param name="token">The diary link's token.</param>
    /// <param name="entry">The entry as read from the request, with the problems found reading it.</param>
    /// <param name="channel"><see cref="ChangeChannel.Web"/> for the page, <see cref="ChangeChannel.Api"/> for the API.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<DiaryOutcome> SubmitAsync(string? token, DiaryEntry entry, ChangeChannel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);

        // Two tries: a concurrent save may win the race for the same day's dose rows; the second try sees them.
        for (var attempt = 1; ; attempt++)
        {
            var diary = await ResolveAsync(token, cancellationToken).ConfigureAwait(false);
            if (diary is null)
            {
                return DiaryOutcome.NotFound;
            }

            // A retry is answered from what was stored, before any check: by then the event is no longer due.
            if (entry.SubmissionId is { } id && await StoredAsync(diary, id, cancellationToken).ConfigureAwait(false) is { } before)
            {
                return new DiaryOutcome(DiaryOutcomeKind.Repeated, before, new Dictionary<string, string[]>());
            }

            var open = await CheckAsync(diary, entry, cancellationToken).ConfigureAwait(false);
            if (open is null || entry.Errors.Count > 0)
            {
                return DiaryOutcome.Invalid(entry.ErrorArrays());
            }

            try
            {
                await StoreAsync(diary, entry, open, channel, cancellationToken).ConfigureAwait(false);
                var stored = await StoredAsync(diary, entry.SubmissionId!.Value, cancellationToken).ConfigureAwait(false);
                return new DiaryOutcome(DiaryOutcomeKind.Created, stored, new Dictionary<string, string[]>());
            }
            catch (DomainRuleException e)
            {
                // The checks above should have caught it; the record's own rule names what is wrong.
                db.ChangeTracker.Clear();
                entry.Error("body", e.Message);
                return DiaryOutcome.Invalid(entry.ErrorArrays());
            }
            catch (DbUpdateException e)
            {
                // The unique indexes settle concurrent saves: (participant, submission id) for a retry that raced us,
                // (participant, event, instrument) for another entry of the same event, (participant, date, slot) for doses.
                db.ChangeTracker.Clear();
                LogLostRace(logger, e, diary.Participant.Id, attempt);
                if (attempt >= 2)
                {
                    entry.Error("event", "the entry could not be stored because another entry was being stored at the same moment; send it again.");
                    return DiaryOutcome.Invalid(entry.ErrorArrays());
                }
            }
        }
    }

    /// <summary>The assessment stored for a submission id of this participant, or null when the id is new.</summary>
    public async Task<DiaryStored?> StoredAsync(DiaryParticipant diary, Guid submissionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(diary);
        var participant = diary.Participant;
        var submission = await db.DiarySubmissions.AsNoTracking().Include(s => s.Assessment).ThenInclude(a => a.Items)
            .SingleOrDefaultAsync(s => s.ParticipantId == participant.Id && s.SubmissionId == submissionId, cancellationToken).ConfigureAwait(false);
        if (submission is null)
        {
            return null;
        }

        var assessment = submission.Assessment;
        var day = LocalDate(submission.ReceivedAt);
        var doses = await db.DoseRecords.AsNoTracking().Where(d => d.ParticipantId == participant.Id && d.Date == day)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DiaryStored(
            assessment.Id,
            submission.SubmissionId,
            participant.Code,
            assessment.EventId,
            assessment.InstrumentId,
            assessment.EnteredBy,
            assessment.EnteredAt,
            assessment.Items.OrderBy(i => i.Id).ToDictionary(i => i.ItemId, i => i.Numeric, StringComparer.Ordinal),
            doses.Count == 0 ? null : new DiaryStoredDoses(day, doses.Find(d => d.Slot == DoseRecord.Morning)?.Taken, doses.Find(d => d.Slot == DoseRecord.Evening)?.Taken),
            assessment.Note);
    }

    /// <summary>The GET shape of one open event, its labels in <paramref name="language"/> where the protocol translates them.</summary>
    public static DiaryDueEvent Describe(DiaryOpenEvent open, string language)
    {
        ArgumentNullException.ThrowIfNull(open);
        return new DiaryDueEvent(
            open.Due.Event.Id,
            open.Due.Event.LabelIn(language),
            new DiaryWindow(open.Due.Opens, open.Due.Closes),
            [.. DiaryInstruments.RatedItems(open.Instrument).Select(i => new DiaryDueItem(i.Id, i.LabelIn(language), "vas", i.Min ?? 0, i.Max ?? 10, i.Step, i.Required))]);
    }

    // Checks what the entry means against the protocol and the records; adds problems to the entry. Returns the open event when the event is acceptable.
    private async Task<DiaryOpenEvent?> CheckAsync(DiaryParticipant diary, DiaryEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Event is not { } eventId)
        {
            return null;
        }

        var open = (await OpenEventsAsync(diary, cancellationToken).ConfigureAwait(false)).FirstOrDefault(o => o.Due.Event.Id == eventId);
        if (open is null)
        {
            entry.Error("event", await WhyNotOpenAsync(diary, eventId, cancellationToken).ConfigureAwait(false));
            return null;
        }

        var rated = DiaryInstruments.RatedItems(open.Instrument).ToList();
        foreach (var (itemId, raw) in entry.Values)
        {
            var field = "values." + itemId;
            var item = rated.Find(i => i.Id == itemId);
            if (item is null)
            {
                entry.Error(field, $"'{itemId}' is not an item of {eventId}; allowed: {string.Join(", ", rated.Select(i => i.Id))}.");
                continue;
            }

            var check = ItemValueValidator.Validate(item, raw);
            if (!check.IsValid)
            {
                entry.Error(field, check.Error! + ".");
            }
        }

        foreach (var item in rated.Where(i => i.Required && !entry.Values.ContainsKey(i.Id) && !entry.HasError("values." + i.Id)))
        {
            entry.Error("values." + item.Id, DiaryText.For(diary.Participant.Language).SetSlider);
        }

        // The note's length was checked when the entry was read (DiaryEntryReader); it is kept with the assessment.
        return open;
    }

    private async Task<string> WhyNotOpenAsync(DiaryParticipant diary, string eventId, CancellationToken cancellationToken)
    {
        var protocol = diary.Protocol;
        var participant = diary.Participant;
        var scheduled = protocol.FindEvent(eventId);
        var diaryEvents = protocol.Schedule.Events.Where(e => DiaryInstruments.Of(protocol, e) is not null).Select(e => e.Id).ToList();
        if (scheduled is null || DiaryInstruments.Of(protocol, scheduled) is not { } instrument)
        {
            return $"'{eventId}' is not a diary event of this study; diary events: {string.Join(", ", diaryEvents)}.";
        }

        // What a participant can meet from their own page is said in their language.
        var words = DiaryText.For(participant.Language);
        if (participant.Status != ParticipantStatus.Enrolled || participant.EnrolledOn is not { } enrolled)
        {
            return words.DiaryClosed;
        }

        if ((await Completed(participant.Id, cancellationToken).ConfigureAwait(false)).Contains((eventId, instrument.Id)))
        {
            return words.AlreadySent;
        }

        var due = ScheduleCalendar.DueDate(scheduled, enrolled);
        return string.Format(CultureInfo.InvariantCulture, words.NotOpen, Iso(due.Opens), Iso(due.Closes), Iso(Today));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task StoreAsync(DiaryParticipant diary, DiaryEntry entry, DiaryOpenEvent open, ChangeChannel channel, CancellationToken cancellationToken)
    {
        var participant = diary.Participant;
        var by = EnteredBy.Diary(participant.Code);
        var now = clock.GetUtcNow().ToUniversalTime();
        var assessment = Assessment.Record(participant, open.Due.Event.Id, open.Instrument.Id, AssessmentSource.Diary, by, now);
        foreach (var item in DiaryInstruments.RatedItems(open.Instrument))
        {
            if (entry.Values.TryGetValue(item.Id, out var raw) && ItemValueValidator.Validate(item, raw) is { IsValid: true, IsMissing: false } check)
            {
                assessment.SetValue(item.Id, check.Normalised!, check.Number);
            }
        }

        assessment.SetNote(entry.Note);
        db.Assessments.Add(assessment);
        var corrected = entry.DosesGiven && await RecordDosesAsync(participant, entry, by, now, cancellationToken).ConfigureAwait(false);
        db.DiarySubmissions.Add(DiarySubmission.Record(assessment, entry.SubmissionId!.Value, now));
        db.Actor = new ChangeActor(by, channel, corrected ? "the participant's later diary entry of the same day" : null);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    // The doses of the participant's local day. A second entry on the same day states the day's doses again: the
    // latest statement wins (the change log keeps the earlier one). Returns true when an earlier record was corrected.
    private async Task<bool> RecordDosesAsync(Participant participant, DiaryEntry entry, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var day = LocalDate(now);
        var existing = await db.DoseRecords.Where(d => d.ParticipantId == participant.Id && d.Date == day).ToListAsync(cancellationToken).ConfigureAwait(false);
        var corrected = false;
        foreach (var (slot, taken) in new[] { (DoseRecord.Morning, entry.Morning ?? false), (DoseRecord.Evening, entry.Evening ?? false) })
        {
            var record = existing.Find(d => d.Slot == slot);
            if (record is null)
            {
                db.DoseRecords.Add(DoseRecord.Record(participant, day, slot, taken, by, now));
            }
            else if (record.Taken != taken)
            {
                record.Correct(taken, by, now);
                corrected = true;
            }
        }

        return corrected;
    }

    private async Task<HashSet<(string Event, string Instrument)>> Completed(long participantId, CancellationToken cancellationToken) =>
        (await db.Assessments.AsNoTracking().Where(a => a.ParticipantId == participantId).Select(a => new { a.EventId, a.InstrumentId })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Select(a => (a.EventId, a.InstrumentId)).ToHashSet();

    [LoggerMessage(Level = LogLevel.Information, Message = "A diary save for participant {ParticipantId} lost a race with a concurrent save (try {Attempt}).")]
    private static partial void LogLostRace(ILogger logger, Exception exception, long participantId, int attempt);

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(options.Value.UtcOffset).DateTime);
}
