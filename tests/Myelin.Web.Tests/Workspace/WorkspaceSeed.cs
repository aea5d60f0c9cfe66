using Microsoft.EntityFrameworkCore;
using Myelin.Data.Queries;
using Myelin.Domain.Records;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Workspace;

/// <summary>Small builders for the workspace tests: sites, enrolled participants and their records, written straight to the database.</summary>
internal static class WorkspaceSeed
{
    public static readonly DateTimeOffset At = new(2026, 2, 1, 8, 0, 0, TimeSpan.Zero);

    public static Task AddSiteAsync(this MyelinWebFactory factory, string studyId, string siteId) => factory.WithDbAsync(async db =>
    {
        var study = await db.Studies.FindWithProtocolsAndSitesAsync(studyId);
        study!.AddOrRenameSite(siteId, "Site " + siteId);
        await db.SaveChangesAsync();
        return 0;
    });

    /// <summary>An enrolled participant with a screening VAS and optional arm/stratum.</summary>
    public static Task<long> EnrolAsync(this MyelinWebFactory factory, string studyId, string code, DateOnly enrolledOn, string? siteId = null, string? arm = "mk7", string? stratum = "moderate") =>
        factory.WithDbAsync(async db =>
        {
            var study = await db.Studies.FindWithProtocolsAndSitesAsync(studyId);
            var site = siteId is null ? study!.Sites[0] : study!.FindSite(siteId)!;
            var p = Participant.Screen(site, code, "b12", At);
            p.RecordScreeningValue("baseline_vas", "7", 7, null, At);
            p.Enrol(arm, stratum, enrolledOn, At);
            db.Participants.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

    /// <summary>Records one assessment with numeric values (units from the caller).</summary>
    public static Task RecordAsync(this MyelinWebFactory factory, string studyId, string code, string eventId, string instrumentId, params (string Item, double Value, string? Unit)[] values) =>
        factory.WithDbAsync(async db =>
        {
            var p = await db.Participants.FindByCodeAsync(studyId, code);
            var a = Assessment.Record(p!, eventId, instrumentId, AssessmentSource.Clinic, "seed", At);
            foreach (var (item, value, unit) in values)
            {
                a.SetValue(item, value.ToString(System.Globalization.CultureInfo.InvariantCulture), value, unit);
            }

            db.Assessments.Add(a);
            await db.SaveChangesAsync();
            return 0;
        });

    /// <summary>A full weekly diary (all six VAS items) at one event.</summary>
    public static Task DiaryAsync(this MyelinWebFactory factory, string studyId, string code, string eventId, double overall) =>
        factory.RecordAsync(studyId, code, eventId, "symptoms",
            ("tingling", overall, null), ("numbness", overall, null), ("weakness", overall, null), ("fatigue", overall, null), ("cramps", overall, null), ("global", overall, null));

    public static Task<int> ParticipantCountAsync(this MyelinWebFactory factory, string studyId) =>
        factory.WithDbAsync(db => db.Participants.CountAsync(p => p.StudyId == studyId));
}
