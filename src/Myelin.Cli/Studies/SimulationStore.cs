using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Domain.Protocols;
using Myelin.Domain.Records;
using Myelin.Domain.Simulation;

namespace Myelin.Cli.Studies;

/// <summary>Stores simulated participants as if they had been screened, enrolled and followed: one transaction.</summary>
internal static class SimulationStore
{
    public static async Task StoreAsync(MyelinDbContext db, StudyContext study, IReadOnlyList<SimulatedParticipant> participants, CancellationToken ct)
    {
        var protocol = study.Protocol;
        db.Actor = new ChangeActor(SimulationRows.Simulator, ChangeChannel.Import);
        foreach (var sim in participants)
        {
            var site = study.Study.FindSite(sim.Site) ?? throw new InvalidOperationException($"site '{sim.Site}' is not stored");
            var screenedAt = SimulationRows.ScreenedAt(sim);
            var person = Participant.Screen(site, sim.Code, sim.Etiology, screenedAt);
            var screening = protocol.Screening is null ? null : protocol.GetInstrument(protocol.Screening.Instrument);
            foreach (var (itemId, value) in sim.ScreeningValues)
            {
                var item = screening!.FindItem(itemId)!;
                person.RecordScreeningValue(itemId, value, item.Validate(value).Number, item.Unit, screenedAt);
            }
            person.Enrol(sim.Arm, sim.Stratum, sim.EnrolledOn, screenedAt.AddDays(1));
            db.Participants.Add(person);
            var last = screenedAt.AddDays(1);
            foreach (var a in sim.Assessments)
            {
                var instrument = protocol.GetInstrument(a.Instrument);
                var (source, by) = SimulationRows.Origin(protocol, sim.Code, a.Instrument);
                var values = a.Values.Select(v =>
                {
                    var item = instrument.FindItem(v.Key)!;
                    return new AssessmentCheck.CheckedValue(item, v.Value, item.Validate(v.Value).Number);
                });
                AssessmentStore.Add(db, person, a.Event, a.Instrument, source, by, a.RecordedAt, values);
                if (a.RecordedAt > last) last = a.RecordedAt;
            }
            AddDoses(db, protocol, person, sim);
            if (sim.WithdrawalReason is { } reason) person.Withdraw(reason, last.AddDays(3));
            else person.Complete(last);
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Morning and evening doses for each treated day, the misses spread evenly over the days.</summary>
    private static void AddDoses(MyelinDbContext db, Protocol protocol, Participant person, SimulatedParticipant sim)
    {
        if (sim.DosesExpected == 0) return;
        var arm = sim.Arm is null ? protocol.Arms[0] : protocol.FindArm(sim.Arm)!;
        var slots = arm.TimesPerDay == 2 ? new[] { DoseRecord.Morning, DoseRecord.Evening }
            : Enumerable.Range(1, arm.TimesPerDay).Select(i => i.ToString(Formats.Culture)).ToArray();
        var missed = sim.DosesExpected - sim.DosesTaken;
        for (var j = 0; j < sim.DosesExpected; j++)
        {
            var date = sim.EnrolledOn.AddDays(j / slots.Length);
            var isMissed = (long)(j + 1) * missed / sim.DosesExpected > (long)j * missed / sim.DosesExpected;
            var at = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(15);
            db.DoseRecords.Add(DoseRecord.Record(person, date, slots[j % slots.Length], !isMissed, EnteredBy.Diary(person.Code), at));
        }
    }
}
