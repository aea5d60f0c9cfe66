using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Api;

/// <summary>
/// <c>/api/v1/studies/{studyId}/participants/{code}/adverse-events</c>: report adverse events and correct them, each
/// correction with its reason (kept in the change log).
/// </summary>
public static class AdverseEventsApi
{
    /// <summary>Maps the adverse-event endpoints on the API's <c>/studies</c> group.</summary>
    public static RouteGroupBuilder MapAdverseEventsApi(this RouteGroupBuilder studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var group = studies.MapGroup("/{studyId}/participants/{code}/adverse-events").WithTags("Adverse events");
        group.MapGet(string.Empty, ListAsync)
            .WithName("ListAdverseEvents")
            .WithSummary("A participant's adverse events by onset")
            .RequireAuthorization(AccessPolicies.For(StudyAction.ViewParticipants));
        group.MapPost(string.Empty, ReportAsync)
            .WithName("ReportAdverseEvent")
            .WithSummary("Report a new, ongoing adverse event")
            .Accepts<AdverseEventRequest>("application/json")
            .RequireAuthorization(AccessPolicies.For(StudyAction.EnterData));
        group.MapPatch("/{eventId:long}", CorrectAsync)
            .WithName("CorrectAdverseEvent")
            .WithSummary("Correct an adverse event's grading or outcome, with the reason for the change")
            .Accepts<AdverseEventCorrection>("application/json")
            .RequireAuthorization(AccessPolicies.For(StudyAction.EnterData));
        return studies;
    }

    private static async Task<Results<Ok<List<AdverseEventView>>, NotFoundProblem>> ListAsync(string studyId, string code, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        if (await study.FindParticipantAsync(db, code, ct).ConfigureAwait(false) is not { } participant)
        {
            return study.ParticipantNotFound(code);
        }

        var events = await db.AdverseEvents.AsNoTracking().Where(e => e.ParticipantId == participant.Id).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(events.OrderBy(e => e.OnsetOn).ThenBy(e => e.Id).Select(e => AdverseEventView.Of(e, participant.Code)).ToList());
    }

    private static async Task<Results<Created<AdverseEventView>, UnprocessableProblem, ConflictProblem, NotFoundProblem>> ReportAsync(
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

        var (body, bad) = await ApiJson.ReadAsync<AdverseEventRequest>(request, ct).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var errors = new ApiErrors();
        if (errors.Require(body!.Term, "term", "the reported term") && body.Term!.Trim().Length > 200)
        {
            errors.Add("term", $"{body.Term.Trim().Length} characters; at most 200 are allowed.");
        }

        errors.Require(body.OnsetOn, "onset_on", "the day it started, yyyy-MM-dd");
        errors.Require(body.Severity, "severity", "mild, moderate or severe");
        errors.Require(body.Serious, "serious", "true or false");
        errors.Require(body.Related, "related", "not-related, unlikely, possible, probable or certain");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (body.OnsetOn is { } onset && onset > today)
        {
            errors.Add("onset_on", $"{onset:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd} UTC).");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var adverse = AdverseEvent.Report(participant, body.Term!, body.OnsetOn!.Value, body.Severity!.Value, body.Serious!.Value, body.Related!.Value, access.ActorName, now);
        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Api);
        db.AdverseEvents.Add(adverse);
        if (await ApiSave.SaveAsync(db, "the adverse event clashes with a stored record.", ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        return TypedResults.Created($"/api/v1/studies/{studyId}/participants/{participant.Code}/adverse-events/{adverse.Id}", AdverseEventView.Of(adverse, participant.Code));
    }

    private static async Task<Results<Ok<AdverseEventView>, UnprocessableProblem, ConflictProblem, NotFoundProblem>> CorrectAsync(
        string studyId, string code, long eventId, HttpRequest request, MyelinDbContext db, StudyAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        if (await study.FindParticipantAsync(db, code, ct).ConfigureAwait(false) is not { } participant)
        {
            return study.ParticipantNotFound(code);
        }

        var adverse = await db.AdverseEvents.SingleOrDefaultAsync(e => e.Id == eventId && e.ParticipantId == participant.Id, ct).ConfigureAwait(false);
        if (adverse is null)
        {
            return ApiProblems.NotFound($"participant '{participant.Code}' has no adverse event {eventId}.");
        }

        var (body, bad) = await ApiJson.ReadAsync<AdverseEventCorrection>(request, ct).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var errors = new ApiErrors();
        if (errors.Require(body!.Reason, "reason", "why the record is corrected") && body.Reason!.Trim().Length > 2000)
        {
            errors.Add("reason", "at most 2000 characters are allowed.");
        }

        if (body is { Severity: null, Serious: null, Related: null, Outcome: null, ResolvedOn: null })
        {
            errors.Add("body", "nothing to change: give at least one of severity, serious, related, outcome, resolved_on.");
        }

        var ends = body.Outcome is AeOutcome.Recovered or AeOutcome.RecoveredWithSequelae or AeOutcome.Fatal;
        if (ends && body.ResolvedOn is null)
        {
            errors.Add("resolved_on", "required with an outcome that ends the event: the day it ended, yyyy-MM-dd.");
        }

        if (body.ResolvedOn is not null && !ends)
        {
            errors.Add("resolved_on", "give it only with an outcome that ends the event: recovered, recovered-with-sequelae or fatal.");
        }

        if (body.ResolvedOn is { } r && r < adverse.OnsetOn)
        {
            errors.Add("resolved_on", $"{r:yyyy-MM-dd} is before the onset on {adverse.OnsetOn:yyyy-MM-dd}.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var by = access.ActorName;
        if (body.Severity is not null || body.Serious is not null || body.Related is not null)
        {
            adverse.Reassess(body.Severity ?? adverse.Severity, body.Serious ?? adverse.Serious, body.Related ?? adverse.Related, by, now);
        }

        if (body.Outcome is { } outcome)
        {
            if (ends)
            {
                if (adverse.ResolvedOn is not null)
                {
                    adverse.Reopen(by, now);
                }

                adverse.Resolve(body.ResolvedOn!.Value, outcome, by, now);
            }
            else
            {
                adverse.SetOngoingOutcome(outcome, by, now);
            }
        }

        db.Actor = new ChangeActor(by, ChangeChannel.Api, body.Reason!.Trim());
        if (await ApiSave.SaveAsync(db, $"adverse event {eventId} changed meanwhile; read it again.", ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        return TypedResults.Ok(AdverseEventView.Of(adverse, participant.Code));
    }
}
