using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Data.Queries;
using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Api;

/// <summary>
/// <c>/api/v1/studies/{studyId}/participants/{code}/assessments</c>: clinic forms checked item by item against the
/// protocol. An assessment is never overwritten: a second one for the same event and instrument is 409.
/// </summary>
public static class AssessmentsApi
{
    /// <summary>Maps the assessment endpoints on the API's <c>/studies</c> group.</summary>
    public static RouteGroupBuilder MapAssessmentsApi(this RouteGroupBuilder studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var group = studies.MapGroup("/{studyId}/participants/{code}/assessments").WithTags("Assessments");
        group.MapGet(string.Empty, ListAsync)
            .WithName("ListAssessments")
            .WithSummary("A participant's assessments in schedule order")
            .RequireAuthorization(AccessPolicies.For(StudyAction.ViewParticipants));
        group.MapGet("/{assessmentId:long}", GetAsync)
            .WithName("GetAssessment")
            .WithSummary("One assessment with its item values")
            .RequireAuthorization(AccessPolicies.For(StudyAction.ViewParticipants));
        group.MapPost(string.Empty, CreateAsync)
            .WithName("CreateAssessment")
            .WithSummary("Enter an assessment (event, instrument, values); refused with 409 when one exists for the event and instrument")
            .Accepts<AssessmentRequest>("application/json")
            .RequireAuthorization(AccessPolicies.For(StudyAction.EnterData));
        return studies;
    }

    private static async Task<Results<Ok<List<AssessmentView>>, NotFoundProblem>> ListAsync(string studyId, string code, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        if (await study.FindParticipantAsync(db, code, ct).ConfigureAwait(false) is not { } participant)
        {
            return study.ParticipantNotFound(code);
        }

        var protocol = study.Stored.Protocol;
        var events = protocol.Schedule.Events.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var assessments = await db.Assessments.AsNoTracking().ForParticipant(participant.Id).Include(a => a.Items).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(assessments
            .OrderBy(a => events.GetValueOrDefault(a.EventId, int.MaxValue)).ThenBy(a => a.InstrumentId, StringComparer.Ordinal)
            .Select(a => ParticipantViews.Of(a, participant.Code, protocol)).ToList());
    }

    private static async Task<Results<Ok<AssessmentView>, NotFoundProblem>> GetAsync(string studyId, string code, long assessmentId, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        if (await study.FindParticipantAsync(db, code, ct).ConfigureAwait(false) is not { } participant)
        {
            return study.ParticipantNotFound(code);
        }

        var assessment = await db.Assessments.AsNoTracking().ForParticipant(participant.Id).Include(a => a.Items)
            .SingleOrDefaultAsync(a => a.Id == assessmentId, ct).ConfigureAwait(false);
        return assessment is null
            ? ApiProblems.NotFound($"participant '{participant.Code}' has no assessment {assessmentId}.")
            : TypedResults.Ok(ParticipantViews.Of(assessment, participant.Code, study.Stored.Protocol));
    }

    private static async Task<Results<Created<AssessmentView>, UnprocessableProblem, ConflictProblem, NotFoundProblem>> CreateAsync(
        string studyId, string code, HttpRequest request, MyelinDbContext db, StudyAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        if (await study.FindParticipantAsync(db, code, ct).ConfigureAwait(false) is not { } participant)
        {
            return study.ParticipantNotFound(code);
        }

        var (body, bad) = await ApiJson.ReadAsync<AssessmentRequest>(request, ct).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var protocol = study.Stored.Protocol;
        var errors = new ApiErrors();
        var evt = body!.Event is null ? null : protocol.FindEvent(body.Event);
        if (errors.Require(body.Event, "event", "a schedule event id") && evt is null)
        {
            errors.Add("event", $"'{ApiForms.Shorten(body.Event!)}' is not in the schedule; allowed: {string.Join(", ", protocol.Schedule.Events.Select(e => e.Id))}.");
        }

        var instrument = body.Instrument is null ? null : protocol.FindInstrument(body.Instrument);
        if (errors.Require(body.Instrument, "instrument", "an instrument id"))
        {
            if (instrument is null)
            {
                errors.Add("instrument", $"'{ApiForms.Shorten(body.Instrument!)}' is not an instrument of the protocol; allowed: {string.Join(", ", protocol.Instruments.Select(i => i.Id))}.");
            }
            else if (evt is not null && !evt.HasInstrument(instrument.Id))
            {
                errors.Add("instrument", $"'{instrument.Id}' is not due at event '{evt.Id}'; due there: {string.Join(", ", evt.Instruments)}.");
                instrument = null;
            }
        }

        errors.Require(body.Values, "values", "an object of item id → value");
        var values = instrument is not null && body.Values is not null
            ? ApiForms.Check(instrument, body.Values, requireAll: true, errors)
            : [];
        if (body.Values is { Count: 0 } && instrument is not null && !errors.Any)
        {
            errors.Add("values", "at least one value is required.");
        }

        if (participant.Status != ParticipantStatus.Enrolled && participant.Status != ParticipantStatus.Completed)
        {
            errors.Add("participant", $"participant '{participant.Code}' is {StudiesApi.Kebab(participant.Status.ToString())}; assessments are entered for enrolled participants.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Assessments.AsNoTracking().ForParticipant(participant.Id).AnyAsync(a => a.EventId == evt!.Id && a.InstrumentId == instrument!.Id, ct).ConfigureAwait(false))
        {
            return Duplicate(participant.Code, evt!.Id, instrument!.Id);
        }

        var now = clock.GetUtcNow();
        var assessment = Assessment.Record(participant, evt!.Id, instrument!.Id, AssessmentSource.Clinic, access.ActorName, now);
        foreach (var (item, value, number) in values)
        {
            assessment.SetValue(item.Id, value, number, item.Unit);
        }

        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Api);
        db.Assessments.Add(assessment);
        // A unique-index clash means another request stored the same event and instrument between the check and the save.
        if (await ApiSave.SaveAsync(db, Duplicate(participant.Code, evt!.Id, instrument!.Id).Value.Detail!, ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        return TypedResults.Created($"/api/v1/studies/{studyId}/participants/{participant.Code}/assessments/{assessment.Id}", ParticipantViews.Of(assessment, participant.Code, protocol));
    }

    private static ConflictProblem Duplicate(string participant, string eventId, string instrumentId) =>
        ApiProblems.Conflict($"participant '{participant}' already has an assessment of '{instrumentId}' at event '{eventId}'; stored assessments are never overwritten (correct them in the workspace, with a reason).");
}
