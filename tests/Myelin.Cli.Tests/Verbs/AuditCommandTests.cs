using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Myelin.Data;
using Myelin.Data.ChangeLog;
using Myelin.Data.Locking;
using Myelin.Data.Sqlite;
using Myelin.Domain.Records;

namespace Myelin.Cli.Tests.Verbs;

/// <summary>
/// <c>myelin audit verify</c> against an attacker who edits the database file with the triggers dropped: every column of
/// every row, rows removed (middle and last), inserted, swapped and moved; exit 1 naming the entry. And the history CSV.
/// </summary>
public class AuditCommandTests
{
    private const string Study = "k2-7-preliminary";

    [Fact]
    public async Task An_untouched_trail_verifies_and_prints_its_head_which_a_later_run_accepts()
    {
        using var cli = new CliRun();
        var (_, head) = await SmallStudyAsync(cli);
        var output = await cli.OkAsync("audit", "verify", "--study", Study, "--db", "a.db");
        Assert.Contains($"Head: {head}", output, StringComparison.Ordinal);
        Assert.Contains("entries checked", output, StringComparison.Ordinal);
        Assert.Contains("Signatures: 1 checked", output, StringComparison.Ordinal);
        Assert.Contains("OK: every entry follows", await cli.OkAsync("audit", "verify", "--study", Study, "--db", "a.db", "--expect-head", head), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_any_column_of_any_row_in_the_file_fails_with_exit_1_naming_the_entry()
    {
        using var cli = new CliRun();
        var (rows, head) = await SmallStudyAsync(cli);
        var columns = new[] { "Id", "StudyId", "Sequence", "At", "Actor", "Via", "Reason", "Entity", "EntityKey", "Kind", "Field", "OldValue", "NewValue", "Hash" };
        Assert.Equal(columns.Order(), ColumnsOf(cli.PathOf("a.db")).Order());
        var cells = 0;
        foreach (var row in rows)
        {
            // The id is the surrogate key, outside the hash: a change is found when it breaks the written order, which
            // no change to the first row's id can do.
            foreach (var column in columns.Where(c => c != "Id" || row.Sequence > 1))
            {
                var copy = $"t{cells}.db";
                SqliteBackup.Copy(cli.PathOf("a.db"), cli.PathOf(copy));
                Tamper(cli.PathOf(copy), $"UPDATE \"ChangeLog\" SET {TamperOf(column)} WHERE \"Id\" = {row.Id}");
                var (exit, output, _) = await cli.RunAsync("audit", "verify", "--study", Study, "--db", copy, "--expect-head", head);
                Assert.True(exit == 1, $"{column} of entry #{row.Sequence}: exit {exit}\n{output}");
                Assert.True(Regex.IsMatch(output, $"FAILED: .*#{row.Sequence}(?![0-9])"), $"{column} of entry #{row.Sequence} not named:\n{output}");
                cells++;
            }
        }

        Assert.Equal((14 * rows.Count) - 1, cells);
    }

    [Fact]
    public async Task Removed_inserted_swapped_and_moved_rows_fail_and_the_last_row_is_found_by_a_recorded_head_or_a_signature()
    {
        using var cli = new CliRun();
        var (rows, head) = await SmallStudyAsync(cli, signLast: false);
        var middle = rows[rows.Count / 2];
        var last = rows[^1];

        async Task<(int Exit, string Output)> Verify(string sql, params string[] extra)
        {
            var copy = $"x{Guid.NewGuid():N}.db";
            SqliteBackup.Copy(cli.PathOf("a.db"), cli.PathOf(copy));
            Tamper(cli.PathOf(copy), sql);
            var (exit, output, _) = await cli.RunAsync(["audit", "verify", "--study", Study, "--db", copy, .. extra]);
            return (exit, output);
        }

        var removed = await Verify($"DELETE FROM \"ChangeLog\" WHERE \"Id\" = {middle.Id}");
        Assert.Equal(1, removed.Exit);
        Assert.Contains($"FAILED: entry #{middle.Sequence} is missing", removed.Output, StringComparison.Ordinal);

        // Cutting the last row leaves an intact chain: only what was recorded outside it can tell.
        var cut = $"DELETE FROM \"ChangeLog\" WHERE \"Id\" = {last.Id}";
        Assert.Equal(0, (await Verify(cut)).Exit);
        var againstHead = await Verify(cut, "--expect-head", head);
        Assert.Equal(1, againstHead.Exit);
        Assert.Contains($"FAILED: the expected head records entry #{last.Sequence}, but the chain ends at #{last.Sequence - 1}", againstHead.Output, StringComparison.Ordinal);

        var forged = await Verify("DROP INDEX \"IX_ChangeLog_StudyId_Sequence\"; INSERT INTO \"ChangeLog\" (\"StudyId\", \"Sequence\", \"At\", \"Actor\", \"Via\", \"Reason\", \"Entity\", \"EntityKey\", \"Kind\", \"Field\", \"OldValue\", \"NewValue\", \"Hash\") "
            + $"SELECT \"StudyId\", \"Sequence\", \"At\", 'mallory', \"Via\", \"Reason\", \"Entity\", \"EntityKey\", \"Kind\", \"Field\", \"OldValue\", 'forged', \"Hash\" FROM \"ChangeLog\" WHERE \"Id\" = {middle.Id}");
        Assert.Equal(1, forged.Exit);
        Assert.Matches($"FAILED: entry #{middle.Sequence} \\(row [0-9]+: .* by mallory\\) repeats a position already taken: a row was inserted", forged.Output);

        var a = rows[1];
        var swapped = await Verify($"DROP INDEX \"IX_ChangeLog_StudyId_Sequence\"; UPDATE \"ChangeLog\" SET \"Sequence\" = CASE WHEN \"Id\" = {a.Id} THEN {middle.Sequence} ELSE {a.Sequence} END WHERE \"Id\" IN ({a.Id}, {middle.Id})");
        Assert.Equal(1, swapped.Exit);
        Assert.Contains($"FAILED: entry #{a.Sequence} (row {middle.Id}:", swapped.Output, StringComparison.Ordinal);

        var moved = await Verify($"UPDATE \"ChangeLog\" SET \"StudyId\" = 'another-study' WHERE \"Id\" = {middle.Id}");
        Assert.Equal(1, moved.Exit);
        Assert.Contains($"FAILED: entry #{middle.Sequence} is missing", moved.Output, StringComparison.Ordinal);

        // A signature taken at the head anchors it just as a recorded head does.
        await SignAsync(cli);
        await using (var db = Open(cli))
        {
            var signature = await db.Signatures.SingleAsync();
            Assert.Equal(last.Sequence, signature.AuditSequence);
            var signed = await Verify($"DELETE FROM \"ChangeLog\" WHERE \"StudyId\" = '{Study}' AND \"Sequence\" >= {last.Sequence}");
            Assert.Equal(1, signed.Exit);
            Assert.Contains($"FAILED: signature {signature.Id} (participant", signed.Output, StringComparison.Ordinal);
            Assert.Contains($"records entry #{last.Sequence}, but the chain ends at #{last.Sequence - 1}", signed.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bad_input_exits_2_with_the_reason()
    {
        using var cli = new CliRun();
        await SmallStudyAsync(cli);
        var (exit, _, error) = await cli.RunAsync("audit", "verify", "--study", Study, "--db", "a.db", "--expect-head", "12:abc");
        Assert.Equal((2, true), (exit, error.Contains("--expect-head: '12:abc' is not SEQ:HASH", StringComparison.Ordinal)));
        (exit, _, error) = await cli.RunAsync("audit", "verify", "--study", "nope", "--db", "a.db");
        Assert.Equal((2, true), (exit, error.Contains("'nope' has no study", StringComparison.Ordinal)));
        (exit, _, error) = await cli.RunAsync("audit", "verify", "--study", Study, "--db", "missing.db");
        Assert.Equal((2, true), (exit, error.Contains("does not exist", StringComparison.Ordinal)));
        Assert.False(File.Exists(cli.PathOf("missing.db")));
        (exit, _, error) = await cli.RunAsync("audit", "history", "--study", Study, "--participant", "P404", "--db", "a.db");
        Assert.Equal((2, true), (exit, error.Contains("'P404' is not a participant", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task History_exports_every_change_of_the_participant_and_its_records_as_rfc_4180_csv()
    {
        using var cli = new CliRun();
        await SmallStudyAsync(cli);
        Assert.Contains("Wrote ", await cli.OkAsync("audit", "history", "--study", Study, "--participant", "P001", "--db", "a.db", "--out", "history.csv"), StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(cli.PathOf("history.csv"));
        Assert.NotEqual(0xEF, bytes[0]);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("sequence,time_utc,who,via,entity,record,field,change,old_value,new_value,reason\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",tester,Cli,Participant,", text, StringComparison.Ordinal);
        Assert.Contains(",Code,Added,,P001,", text, StringComparison.Ordinal);
        Assert.Contains(",ItemValue,", text, StringComparison.Ordinal);
        Assert.Contains(",Modified,7,6,\"transcription error, with \"\"quotes\"\"\nand a line break\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",cramps,,\"transcription error, with", text, StringComparison.Ordinal);
        Assert.DoesNotContain("P002", text, StringComparison.Ordinal);
        Assert.Equal(text, await cli.OkAsync("audit", "history", "--study", Study, "--participant", "P001", "--db", "a.db"));
    }

    /// <summary>
    /// The preliminary study in a.db with P001 (an assessment, a correction with a reason holding a comma, quotes and a
    /// line break, a removed item, a lock, and a signature at the end unless told not to) and P002; returns P001's
    /// study's rows in chain order and the head as SEQ:HASH.
    /// </summary>
    private static async Task<(List<ChangeLogEntry> Rows, string Head)> SmallStudyAsync(CliRun cli, bool signLast = true)
    {
        await cli.OkAsync("study", "create", "--protocol", CliRun.Sample("k2-7-preliminary.yaml"), "--db", "a.db");
        await cli.OkAsync("participant", "add", "--study", Study, "--code", "P001", "--db", "a.db");
        await cli.OkAsync("participant", "add", "--study", Study, "--code", "P002", "--db", "a.db");
        await using (var db = Open(cli))
        {
            db.Actor = new ChangeActor("tester", ChangeChannel.Cli);
            var p = await db.Participants.SingleAsync(x => x.Code == "P001");
            var a = Assessment.Record(p, "week-1", "symptoms", AssessmentSource.Clinic, "tester", cli.Clock.GetUtcNow());
            a.SetValue("overall", "7", 7);
            a.SetValue("cramps", "3", 3);
            db.Assessments.Add(a);
            await db.SaveChangesAsync();
            db.Actor = db.Actor with { Reason = "transcription error, with \"quotes\"\nand a line break" };
            a.SetValue("overall", "6", 6);
            a.RemoveValue("cramps");
            await db.SaveChangesAsync();
            db.Actor = new ChangeActor("tester", ChangeChannel.Cli);
            await db.LockParticipantAsync(p, "cleaned");
        }

        if (signLast) await SignAsync(cli);
        await using (var db = Open(cli))
        {
            var rows = await db.ChangeLog.AsNoTracking().Where(e => e.StudyId == Study).OrderBy(e => e.Sequence).ToListAsync();
            return (rows, $"{rows[^1].Sequence}:{rows[^1].Hash}");
        }
    }

    private static async Task SignAsync(CliRun cli)
    {
        await using var db = Open(cli);
        db.Actor = new ChangeActor("dr.rao", ChangeChannel.Web);
        await db.SignCasebookAsync(await db.Participants.SingleAsync(x => x.Code == "P001"), "dr.rao", "Dr A. Rao", "I approve this casebook");
    }

    private static MyelinDbContext Open(CliRun cli) => MyelinDatabase.CreateContext(DatabaseTarget.Sqlite(cli.PathOf("a.db")), cli.Clock);

    private static List<string> ColumnsOf(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('ChangeLog')";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>Edits the file as an attacker would: the append-only triggers dropped, then plain SQL.</summary>
    private static void Tamper(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER \"ChangeLog_no_update\"; DROP TRIGGER \"ChangeLog_no_delete\"; " + sql;
        command.ExecuteNonQuery();
    }

    private static string TamperOf(string column) => column switch
    {
        "Id" => "\"Id\" = -\"Id\"",
        "StudyId" => "\"StudyId\" = 'moved-away'",
        "Sequence" => "\"Sequence\" = \"Sequence\" + 1000",
        "At" => "\"At\" = \"At\" + 10000000",
        "Via" => "\"Via\" = CASE WHEN \"Via\" = 'Api' THEN 'Web' ELSE 'Api' END",
        "Kind" => "\"Kind\" = CASE WHEN \"Kind\" = 'Deleted' THEN 'Added' ELSE 'Deleted' END",
        "Hash" => $"\"Hash\" = '{new string('0', 64)}'",
        _ => $"\"{column}\" = 'tampered'",
    };
}
