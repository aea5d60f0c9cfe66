using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Api;

/// <summary>
/// <c>/api/v1/studies/{studyId}/participants</c>: list, read, screen (eligibility from the protocol) and enrol
/// (stratum from the screening values, arm from the allocation sequence in a randomised study). Participants at sites the token does not reach are 404.
/// </summary>
public static class ParticipantsApi
{
    /// <summary>Maps the participant endpoints on the API's <c>/studies</c> group.</summary>
    public static RouteGroupBuilder MapParticipantsApi(this RouteGroupBuilder studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var group = studies.MapGroup("/{studyId}/participants").WithTags("Participants");
        group.MapGet(string.Empty, ListAsync)
            .WithName("ListParticipants")
            .WithSummary("The study's participants at the sites the token reaches, in code order")
            .RequireAuthorization(AccessPolicies.For(StudyAction.ViewParticipants));
        group.MapGet("/{code}", GetAsync)
            .WithName("GetParticipant")
            .WithSummary("One participant with status, stratum, arm and screening values")
            .RequireAuthorization(AccessPolicies.For(StudyAction.ViewParticipants));
        group.MapPost(string.Empty, ScreenAsync)
            .WithName("ScreenParticipant")
            .WithSummary("Screen a new participant: store the screening values and return the eligibility the protocol gives")
            .Accepts<ScreenRequest>("application/json")
            .RequireAuthorization(AccessPolicies.For(StudyAction.EnrolParticipants));
        group.MapPost("/{code}/enrol", EnrolAsync)
            .WithName("EnrolParticipant")
            .WithSummary("Enrol an eligible screened participant; the stratum comes from the screening values")
            .Accepts<EnrolRequest>("application/json")
            .RequireAuthorization(AccessPolicies.For(StudyAction.EnrolParticipants));
        return studies;
    }

    private static async Task<Results<Ok<List<ParticipantView>>, NotFoundProblem>> ListAsync(string studyId, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        var participants = await db.Participants.AsNoTracking().VisibleIn(study.Scope).Include(p => p.ScreeningValues)
            .OrderBy(p => p.Code).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(participants.Select(p => ParticipantViews.Of(p, study.ArmsHidden)).ToList());
    }

    private static async Task<Results<Ok<ParticipantView>, NotFoundProblem>> GetAsync(string studyId, string code, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        return await study.FindParticipantAsync(db, code, ct).ConfigureAwait(false) is { } p
            ? TypedResults.Ok(ParticipantViews.Of(p, study.ArmsHidden))
            : study.ParticipantNotFound(code);
    }

    private static async Task<Results<Created<ScreeningOutcome>, UnprocessableProblem, ConflictProblem, NotFoundProblem>> ScreenAsync(
        string studyId, HttpRequest request, MyelinDbContext db, StudyAccess access, TimeProvider clock, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        var (body, bad) = await ApiJson.ReadAsync<ScreenRequest>(request, ct).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var errors = new ApiErrors();
        ApiForms.CheckId(body!.Code, "code", errors);
        var site = ChooseSite(study, body.Site, errors);
        var protocol = study.Stored.Protocol;
        var values = new List<(Item Item, string Value, double? Number)>();
        if (body.Values is { Count: > 0 } given)
        {
            if (protocol.Screening is { } screening)
            {
                values = ApiForms.Check(protocol.GetInstrument(screening.Instrument), given, requireAll: false, errors);
            }
            else
            {
                errors.Add("values", "the protocol has no screening form; send no values.");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.Participants.AnyAsync(p => p.StudyId == studyId && p.Code == body.Code, ct).ConfigureAwait(false))
        {
            return ApiProblems.Conflict($"participant '{body.Code}' already exists in study '{studyId}'.");
        }

        var now = clock.GetUtcNow();
        var raw = values.ToDictionary(v => v.Item.Id, v => (string?)v.Value, StringComparer.Ordinal);
        var etiologyItem = protocol.Stratification?.Etiology?.Item;
        var etiology = etiologyItem is not null && raw.TryGetValue(etiologyItem, out var e) ? e : null;
        var participant = Participant.Screen(site!, body.Code!, etiology, now);
        foreach (var (item, value, number) in values)
        {
            participant.RecordScreeningValue(item.Id, value, number, item.Unit, now);
        }

        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Api);
        db.Participants.Add(participant);
        if (await ApiSave.SaveAsync(db, $"participant '{participant.Code}' already exists in study '{studyId}'.", ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var eligibility = Eligibility.Evaluate(protocol, raw);
        var outcome = new ScreeningOutcome(ParticipantViews.Of(participant, study.ArmsHidden), eligibility.IsEligible, [.. eligibility.Outcomes.Select(o => ParticipantViews.Of(o))]);
        return TypedResults.Created($"/api/v1/studies/{studyId}/participants/{participant.Code}", outcome);
    }

    private static async Task<Results<Ok<ParticipantView>, UnprocessableProblem, ConflictProblem, NotFoundProblem>> EnrolAsync(
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

        var (body, bad) = await ApiJson.ReadAsync<EnrolRequest>(request, ct).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        if (participant.Status != ParticipantStatus.Screened)
        {
            return ApiProblems.Conflict($"participant '{code}' is {StudiesApi.Kebab(participant.Status.ToString())}; only a screened participant can be enrolled.");
        }

        var protocol = study.Stored.Protocol;
        var errors = new ApiErrors();
        Enrolment.CheckRequestedArm(protocol, body!.Arm, errors);
        var screening = participant.ScreeningValues.ToDictionary(v => v.ItemId, v => (string?)v.Value, StringComparer.Ordinal);
        var eligibility = Eligibility.Evaluate(protocol, screening);
        if (!eligibility.IsEligible)
        {
            foreach (var failure in eligibility.Failures)
            {
                errors.Add($"eligibility.{failure.CriterionId}", $"{failure.Label}: {failure.Reason}");
            }
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var now = clock.GetUtcNow();
        var stratum = Stratifier.AtEnrolment(protocol, screening);
        var enrolledOn = body.EnrolledOn ?? DateOnly.FromDateTime(now.UtcDateTime);
        ConflictProblem? changed = null;
        Participant? enrolled = null;
        try
        {
            // Read again under the writers' lock: a concurrent request may have enrolled or withdrawn the participant.
            await Enrolment.SaveAllocatedAsync(db, async attemptCt =>
            {
                enrolled = await study.FindParticipantAsync(db, code, attemptCt).ConfigureAwait(false);
                if (enrolled?.Status != ParticipantStatus.Screened)
                {
                    changed = ApiProblems.Conflict($"participant '{code}' changed meanwhile and is no longer screened; read it again.");
                    return false;
                }

                await Enrolment.EnrolAsync(db, protocol, enrolled, stratum, enrolledOn, now, attemptCt).ConfigureAwait(false);
                db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Api, "enrolment");
                return true;
            }, ct).ConfigureAwait(false);
        }
        catch (DomainRuleException e)
        {
            return ApiProblems.Conflict(e.Message);
        }
        catch (DbUpdateException)
        {
            return ApiProblems.Conflict($"participant '{code}' could not be enrolled: other enrolments were saved at the same moment {Enrolment.Attempts} times; send it again.");
        }

        if (changed is not null)
        {
            return changed;
        }

        return TypedResults.Ok(ParticipantViews.Of(enrolled!, study.ArmsHidden));
    }

    // The site asked for, or the one site the caller reaches; it must be a site of the study within the caller's scope.
    private static Domain.Records.Site? ChooseSite(ApiStudy study, string? requested, ApiErrors errors)
    {
        var reachable = study.Stored.Study.Sites.Where(s => study.Scope.Reaches(s.Id)).ToList();
        if (requested is null)
        {
            if (reachable.Count == 1)
            {
                return reachable[0];
            }

            errors.Add("site", $"required: you reach several sites; allowed: {string.Join(", ", reachable.Select(s => s.Id))}.");
            return null;
        }

        var site = reachable.Find(s => s.Id == requested);
        if (site is null)
        {
            errors.Add("site", $"'{ApiForms.Shorten(requested)}' is not a site of study '{study.Stored.Study.Id}' that you reach; allowed: {string.Join(", ", reachable.Select(s => s.Id))}.");
        }

        return site;
    }
}
