using Myelin.Domain.Records;

namespace Myelin.Data.Tests.Infrastructure;

/// <summary>Small builders for test data.</summary>
public static class Seed
{
    public const string Yaml = "study:\n  id: test\n  title: Test study\n";

    /// <summary>Saves a study with one protocol version and one site ("site-1"), and returns its id.</summary>
    public static async Task<string> StudyAsync(TestStore store)
    {
        var id = TestStore.NewStudyId();
        await using var db = store.NewContext();
        var study = Study.Create(id, "Vitamin K2-7 in peripheral neuropathy", store.Clock.GetUtcNow());
        study.AddProtocolVersion(Yaml, "alice", store.Clock.GetUtcNow());
        study.AddOrRenameSite("site-1", "Nair Hospital, Mumbai");
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>Saves a screened participant at "site-1" of the study and returns its database id.</summary>
    public static async Task<long> ParticipantAsync(TestStore store, string studyId, string code = "P001")
    {
        await using var db = store.NewContext();
        var site = await db.Sites.FindAsync(studyId, "site-1");
        var participant = Participant.Screen(site!, code, "b12-deficiency", store.Clock.GetUtcNow());
        db.Participants.Add(participant);
        await db.SaveChangesAsync();
        return participant.Id;
    }
}
