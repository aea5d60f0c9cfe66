using Microsoft.EntityFrameworkCore;
using Myelin.Data.Queries;
using Myelin.Data.Tests.Infrastructure;
using Myelin.Domain.Records;

namespace Myelin.Data.Tests;

/// <summary>Every record type is stored and read back unchanged, on SQLite and on PostgreSQL.</summary>
public sealed class RoundTripTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Study_with_protocol_versions_and_sites_reads_back(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var id = TestStore.NewStudyId();
        var at = TestStore.Start;
        await using (var db = store.NewContext())
        {
            var study = Study.Create(id, "K2-7 preliminary", at);
            study.AddProtocolVersion("version: 1\n", "alice", at);
            study.AddProtocolVersion("version: 2\n", "bob", at.AddDays(1));
            study.AddOrRenameSite("mumbai", "Nair Hospital");
            study.AddOrRenameSite("pune", "Pune clinic");
            db.Studies.Add(study);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var study = await db.Studies.FindWithProtocolsAndSitesAsync(id);
            Assert.NotNull(study);
            Assert.Equal("K2-7 preliminary", study.Title);
            Assert.Equal(at, study.CreatedAt);
            Assert.Equal([1, 2], study.ProtocolVersions.Select(v => v.Number).Order());
            var current = study.CurrentProtocol!;
            Assert.Equal(2, current.Number);
            Assert.Equal("version: 2\n", current.Yaml);
            Assert.Equal(ProtocolVersion.ComputeHash("version: 2\n"), current.ContentHash);
            Assert.Equal("bob", current.CreatedBy);
            Assert.Equal(at.AddDays(1), current.CreatedAt);
            Assert.Equal(["Nair Hospital", "Pune clinic"], study.Sites.OrderBy(s => s.Id).Select(s => s.Name));

            // The same text again is no new version, also after a reload.
            Assert.Same(current, study.AddProtocolVersion("version: 2\n", "carol", at.AddDays(2)));
            await db.SaveChangesAsync();
            Assert.Equal(2, await db.ProtocolVersions.CountAsync(v => v.StudyId == id));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Participant_with_screening_values_reads_back(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var created = store.Clock.GetUtcNow();
        var changed = created.AddHours(3);
        await using (var db = store.NewContext())
        {
            var site = await db.Sites.SingleAsync(s => s.StudyId == studyId);
            var participant = Participant.Screen(site, "P007", null, created);
            participant.RecordScreeningValue("serum-b12", "148", 148, "pg/mL", created);
            participant.RecordScreeningValue("vka-use", "no", null, null, created);
            participant.SetEtiology("b12-deficiency", changed);
            participant.Enrol("mk7-100-bid", "severe", new DateOnly(2026, 3, 2), changed);
            participant.Withdraw("moved away", changed);
            db.Participants.Add(participant);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var p = await db.Participants.FindByCodeAsync(studyId, "P007");
            Assert.NotNull(p);
            Assert.Equal("site-1", p.SiteId);
            Assert.Equal(ParticipantStatus.Withdrawn, p.Status);
            Assert.Equal("moved away", p.WithdrawalReason);
            Assert.Equal("b12-deficiency", p.Etiology);
            Assert.Equal("severe", p.Stratum);
            Assert.Equal("mk7-100-bid", p.Arm);
            Assert.Equal(new DateOnly(2026, 3, 2), p.EnrolledOn);
            Assert.Equal(created, p.CreatedAt);
            Assert.Equal(changed, p.ChangedAt);
            var b12 = Assert.Single(p.ScreeningValues, v => v.ItemId == "serum-b12");
            Assert.Equal(("148", 148.0, "pg/mL"), (b12.Value, b12.Numeric, b12.Unit));
            var vka = Assert.Single(p.ScreeningValues, v => v.ItemId == "vka-use");
            Assert.Equal(("no", (double?)null, (string?)null), (vka.Value, vka.Numeric, vka.Unit));
            Assert.Equal([p.Id], await db.Participants.InStudy(studyId).Select(x => x.Id).ToListAsync());
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Assessment_with_item_values_reads_back(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        var entered = new DateTimeOffset(2026, 4, 27, 20, 15, 3, TimeSpan.Zero).AddTicks(1234560);
        await using (var db = store.NewContext())
        {
            var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
            var assessment = Assessment.Record(participant, "week-8", "symptom-diary", AssessmentSource.Diary, EnteredBy.Diary("P001"), entered);
            assessment.SetValue("tingling", "2", 2);
            assessment.SetValue("overall", "1.5", 1.5);
            assessment.SetValue("note", "felt better", null);
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var a = await db.Assessments.FindForEventAsync(participantId, "week-8", "symptom-diary");
            Assert.NotNull(a);
            Assert.Equal(AssessmentSource.Diary, a.Source);
            Assert.Equal("diary:P001", a.EnteredBy);
            Assert.Equal(entered, a.EnteredAt);
            Assert.Equal(
                [("note", "felt better", null), ("overall", "1.5", 1.5), ("tingling", "2", 2.0)],
                a.Items.OrderBy(i => i.ItemId, StringComparer.Ordinal).Select(i => (i.ItemId, i.Value, i.Numeric)));
            Assert.Equal(1, await db.Assessments.InStudy(studyId).CountAsync());
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Item_value_with_a_unit_reads_back(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        await using (var db = store.NewContext())
        {
            var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
            var labs = Assessment.Record(participant, "week-0", "labs", AssessmentSource.Clinic, "dr.rao", store.Clock.GetUtcNow());
            labs.SetValue("hba1c", "7.2", 7.2, "%");
            labs.SetValue("serum-b12", "412.5", 412.5, "pg/mL");
            db.Assessments.Add(labs);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var values = await db.ItemValues.Where(i => i.Assessment.ParticipantId == participantId).OrderBy(i => i.ItemId).ToListAsync();
            Assert.Equal([("hba1c", "7.2", 7.2, "%"), ("serum-b12", "412.5", 412.5, "pg/mL")], values.Select(v => (v.ItemId, v.Value, v.Numeric!.Value, v.Unit)));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Dose_records_read_back(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        var day = new DateOnly(2026, 3, 3);
        await using (var db = store.NewContext())
        {
            var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
            db.DoseRecords.Add(DoseRecord.Record(participant, day, DoseRecord.Morning, true, "diary:P001", store.Clock.GetUtcNow()));
            db.DoseRecords.Add(DoseRecord.Record(participant, day, DoseRecord.Evening, false, "diary:P001", store.Clock.GetUtcNow()));
            db.DoseRecords.Add(DoseRecord.Record(participant, day.AddDays(1), "2", true, "nurse.iyer", store.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var doses = await db.DoseRecords.Where(d => d.ParticipantId == participantId).OrderBy(d => d.Date).ThenBy(d => d.Slot).ToListAsync();
            Assert.Equal(
                [(day, "evening", false, "diary:P001"), (day, "morning", true, "diary:P001"), (day.AddDays(1), "2", true, "nurse.iyer")],
                doses.Select(d => (d.Date, d.Slot, d.Taken, d.RecordedBy)));
            Assert.All(doses, d => Assert.Equal(TestStore.Start, d.RecordedAt));
        }
    }

    [Theory]
    [SqliteData]
    [PostgresData]
    public async Task Adverse_event_reads_back(DatabaseProvider provider)
    {
        await using var store = await TestStore.OpenAsync(provider, postgres);
        var studyId = await Seed.StudyAsync(store);
        var participantId = await Seed.ParticipantAsync(store, studyId);
        var resolvedAt = TestStore.Start.AddDays(9);
        await using (var db = store.NewContext())
        {
            var participant = await db.Participants.SingleAsync(p => p.Id == participantId);
            var ae = AdverseEvent.Report(participant, "nausea", new DateOnly(2026, 3, 5), AeSeverity.Mild, false, AeCausality.Possible, "dr.rao", store.Clock.GetUtcNow());
            ae.Reassess(AeSeverity.Moderate, true, AeCausality.Probable, "dr.rao", store.Clock.GetUtcNow());
            ae.Resolve(new DateOnly(2026, 3, 9), AeOutcome.RecoveredWithSequelae, "dr.mehta", resolvedAt);
            db.AdverseEvents.Add(ae);
            await db.SaveChangesAsync();
        }

        await using (var db = store.NewContext())
        {
            var ae = await db.AdverseEvents.SingleAsync(e => e.ParticipantId == participantId);
            Assert.Equal("nausea", ae.Term);
            Assert.Equal(new DateOnly(2026, 3, 5), ae.OnsetOn);
            Assert.Equal(new DateOnly(2026, 3, 9), ae.ResolvedOn);
            Assert.Equal(AeSeverity.Moderate, ae.Severity);
            Assert.True(ae.Serious);
            Assert.Equal(AeCausality.Probable, ae.Related);
            Assert.Equal(AeOutcome.RecoveredWithSequelae, ae.Outcome);
            Assert.Equal(("dr.mehta", resolvedAt), (ae.RecordedBy, ae.RecordedAt));
        }
    }
}
