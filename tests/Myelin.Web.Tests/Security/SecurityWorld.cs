using Microsoft.EntityFrameworkCore;
using Myelin.Data.Queries;
using Myelin.Domain.Records;
using Myelin.Web.Diary;
using Myelin.Web.Tests.Infrastructure;

namespace Myelin.Web.Tests.Security;

/// <summary>
/// One study (the pilot protocol) with two sites — the protocol's <c>mumbai</c> (A) and <c>pune</c> (B), added through
/// the domain — a participant at each with an assessment, an adverse event and a diary link, and one principal per
/// role at site A, an all-sites investigator, a user with no grant, the system administrator and anonymous.
/// </summary>
internal sealed class SecurityWorld : IDisposable
{
    public const string SiteA = "mumbai";
    public const string SiteB = "pune";

    private SecurityWorld(MyelinWebFactory factory, string studyId, SeededParticipant a, SeededParticipant b, IReadOnlyList<Principal> principals)
    {
        Factory = factory;
        StudyId = studyId;
        A = a;
        B = b;
        Principals = principals;
    }

    public MyelinWebFactory Factory { get; }

    public string StudyId { get; }

    /// <summary>The participant at site A.</summary>
    public SeededParticipant A { get; }

    /// <summary>The participant at site B.</summary>
    public SeededParticipant B { get; }

    public IReadOnlyList<Principal> Principals { get; }

    public Principal Get(string name) => Principals.Single(p => p.Name == name);

    /// <summary>Signs the principals' browser sessions out of the test client.</summary>
    public void Dispose()
    {
        foreach (var p in Principals)
        {
            p.Session?.Dispose();
        }
    }

    public static async Task<SecurityWorld> CreateAsync(MyelinWebFactory factory, bool signIn = true)
    {
        var studyId = await factory.AddStudyAsync(Samples.Pilot);
        await factory.WithDbAsync(async db =>
        {
            var study = await db.Studies.FindWithProtocolsAndSitesAsync(studyId);
            study!.AddOrRenameSite(SiteB, "Pune");
            await db.SaveChangesAsync();
            return 0;
        });
        var a = await AddParticipantAsync(factory, studyId, SiteA, "MUM-001");
        var b = await AddParticipantAsync(factory, studyId, SiteB, "PUN-001");

        var principals = new List<Principal>();
        foreach (var role in Enum.GetValues<StudyRole>())
        {
            principals.Add(await StaffAsync(factory, studyId, role.ToString().ToLowerInvariant(), role, SiteA, signIn));
        }

        principals.Add(await StaffAsync(factory, studyId, "investigator-all", StudyRole.Investigator, null, signIn));
        principals.Add(await StaffAsync(factory, studyId, "no-grant", null, null, signIn));
        principals.Add(await SystemAdministratorAsync(factory, studyId, signIn));
        principals.Add(new Principal("anonymous", null, false, false, null, null));
        return new SecurityWorld(factory, studyId, a, b, principals);
    }

    /// <summary>A personal access token for a user, created in the database; returns the secret.</summary>
    public static Task<string> AddTokenAsync(MyelinWebFactory factory, string userId, string studyId, StudyRole role, string? siteId, string name = "matrix") =>
        factory.WithDbAsync(async db =>
        {
            var secret = SecretToken.New();
            db.ApiTokens.Add(ApiToken.Create(userId, name, SecretToken.Hash(secret), studyId, role, siteId, factory.Clock.GetUtcNow(), null));
            await db.SaveChangesAsync();
            return secret;
        });

    private static async Task<Principal> StaffAsync(MyelinWebFactory factory, string studyId, string name, StudyRole? role, string? site, bool signIn)
    {
        var email = name + "@matrix.test";
        var user = await factory.AddStaffAsync(email, role, studyId, site);

        // A user without a grant still gets a token of a role: the API must refuse it at authentication.
        var token = await AddTokenAsync(factory, user.Id, studyId, role ?? StudyRole.Investigator, site);
        var session = signIn ? await factory.LoginAsync(email) : null;
        return new Principal(name, role, role is not null && site is null, false, session, token);
    }

    private static async Task<Principal> SystemAdministratorAsync(MyelinWebFactory factory, string studyId, bool signIn)
    {
        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == MyelinWebFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        var token = await AddTokenAsync(factory, adminId, studyId, StudyRole.Administrator, null);
        var session = signIn ? await factory.LoginAsync() : null;
        return new Principal("sysadmin", StudyRole.Administrator, true, true, session, token);
    }

    private static Task<SeededParticipant> AddParticipantAsync(MyelinWebFactory factory, string studyId, string siteId, string code) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow();
            var study = await db.Studies.FindWithProtocolsAndSitesAsync(studyId);
            var participant = Participant.Screen(study!.FindSite(siteId)!, code, "t2dm", now);
            participant.Enrol("mk7", "dm", new DateOnly(2026, 3, 2), now);
            db.Participants.Add(participant);
            await db.SaveChangesAsync();

            var assessment = Assessment.Record(participant, "visit-w0", "labs", AssessmentSource.Clinic, "seed", now);
            assessment.SetValue("serum_mk7", "1.5", 1.5, "ng/mL");
            db.Assessments.Add(assessment);
            var ae = AdverseEvent.Report(participant, "Headache", new DateOnly(2026, 3, 2), AeSeverity.Mild, false, AeCausality.Unlikely, "seed", now);
            db.AdverseEvents.Add(ae);
            var token = await DiaryLinks.IssueAsync(db, participant, "seed", now, CancellationToken.None);
            await db.SaveChangesAsync();
            return new SeededParticipant(code, siteId, participant.Id, assessment.Id, ae.Id, token);
        });
}
