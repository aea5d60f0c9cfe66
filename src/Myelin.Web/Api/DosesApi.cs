using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Records;
using Myelin.Web.Access;

namespace Myelin.Web.Api;

/// <summary><c>/api/v1/studies/{studyId}/participants/{code}/doses</c>: whether each scheduled dose was taken.</summary>
public static class DosesApi
{
    /// <summary>Maps the dose endpoints on the API's <c>/studies</c> group.</summary>
    public static RouteGroupBuilder MapDosesApi(this RouteGroupBuilder studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var group = studies.MapGroup("/{studyId}/participants/{code}/doses").WithTags("Doses");
        group.MapGet(string.Empty, ListAsync)
            .WithName("ListDoses")
            .WithSummary("A participant's dose records by date and slot")
            .RequireAuthorization(AccessPolicies.For(StudyAction.ViewParticipants));
        group.MapPost(string.Empty, CreateAsync)
            .WithName("CreateDose")
            .WithSummary("Record whether one dose was taken; 409 when the date and slot are already recorded")
            .Accepts<DoseRequest>("application/json")
            .RequireAuthorization(AccessPolicies.For(StudyAction.EnterData));
        return studies;
    }

    private static async Task<Results<Ok<List<DoseView>>, NotFoundProblem>> ListAsync(string studyId, string code, MyelinDbContext db, StudyAccess access, CancellationToken ct)
    {
        if (await ApiStudy.LoadAsync(db, access, studyId, ct).ConfigureAwait(false) is not { } study)
        {
            return ApiStudy.StudyNotFound(studyId);
        }

        if (await study.FindParticipantAsync(db, code, ct).ConfigureAwait(false) is not { } participant)
        {
            return study.ParticipantNotFound(code);
        }

        var doses = await db.DoseRecords.AsNoTracking().Where(d => d.ParticipantId == participant.Id).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(doses.OrderBy(d => d.Date).ThenBy(d => d.Slot, StringComparer.Ordinal).Select(d => DoseView.Of(d, participant.Code)).ToList());
    }

    private static async Task<Results<Created<DoseView>, UnprocessableProblem, ConflictProblem, NotFoundProblem>> CreateAsync(
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

        var (body, bad) = await ApiJson.ReadAsync<DoseRequest>(request, ct).ConfigureAwait(false);
        if (bad is not null)
        {
            return bad;
        }

        var errors = new ApiErrors();
        errors.Require(body!.Date, "date", "the day the dose was due, yyyy-MM-dd");
        errors.Require(body.Taken, "taken", "true or false");
        if (errors.Require(body.Slot, "slot", "morning, evening or a dose number") && !IsSlot(body.Slot!))
        {
            errors.Add("slot", $"'{ApiForms.Shorten(body.Slot!)}' is not allowed; use '{DoseRecord.Morning}', '{DoseRecord.Evening}' or a dose number 1, 2, …");
        }

        if (participant.EnrolledOn is { } enrolled && body.Date is { } date && date < enrolled)
        {
            errors.Add("date", $"{date:yyyy-MM-dd} is before enrolment on {enrolled:yyyy-MM-dd}.");
        }

        if (participant.EnrolledOn is null)
        {
            errors.Add("participant", $"participant '{participant.Code}' is not enrolled; doses are recorded from enrolment on.");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await db.DoseRecords.AnyAsync(d => d.ParticipantId == participant.Id && d.Date == body.Date && d.Slot == body.Slot, ct).ConfigureAwait(false))
        {
            return Duplicate(participant.Code, body!);
        }

        var dose = DoseRecord.Record(participant, body.Date!.Value, body.Slot!, body.Taken!.Value, access.ActorName, clock.GetUtcNow());
        db.Actor = new ChangeActor(access.ActorName, ChangeChannel.Api);
        db.DoseRecords.Add(dose);
        if (await ApiSave.SaveAsync(db, Duplicate(participant.Code, body!).Value.Detail!, ct).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        return TypedResults.Created($"/api/v1/studies/{studyId}/participants/{participant.Code}/doses", DoseView.Of(dose, participant.Code));
    }

    private static bool IsSlot(string slot) =>
        slot is DoseRecord.Morning or DoseRecord.Evening
        || (slot.Length is > 0 and <= 3 && slot[0] != '0' && slot.All(char.IsAsciiDigit));

    private static ConflictProblem Duplicate(string participant, DoseRequest body) =>
        ApiProblems.Conflict($"participant '{participant}' already has a dose recorded for {body.Date:yyyy-MM-dd} ({body.Slot}).");
}
