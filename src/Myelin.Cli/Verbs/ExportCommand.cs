using System.CommandLine;
using System.Text;
using Myelin.Cli.Studies;
using Myelin.Interop.LongCsv;

namespace Myelin.Cli.Verbs;

/// <summary><c>myelin export</c>: writes a study's values as long CSV (docs/data-formats.md).</summary>
internal static class ExportCommand
{
    public static Command Create(CliHost host)
    {
        var db = new DatabaseOptions();
        var study = new Option<string>("--study") { Description = "The study id", Required = true };
        var output = new Option<string>("--out") { Description = "The CSV file to write; - for standard output", Required = true, HelpName = "FILE" };
        var command = new Command("export", "Export every recorded value of a study as long CSV, one row per value.") { study, output };
        db.AddTo(command);
        command.SetAction((parse, ct) => VerbAction.RunAsync(host, async () =>
        {
            await using var context = await db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            var s = await StudyContext.LoadAsync(context, parse.GetValue(study)!, ct).ConfigureAwait(false);
            var rows = await Web.Studies.StudyRows.ReadAsync(context, s.AsStored(), ct).ConfigureAwait(false);
            var count = WriteCsv(host, parse.GetValue(output)!, rows);
            if (parse.GetValue(output) != "-")
                await host.Output.WriteLineAsync($"Wrote {count} values of '{s.Study.Id}' to {parse.GetValue(output)}.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Writes rows to a file (through a temporary file, so a failure leaves no half-written CSV) or to stdout.</summary>
    public static int WriteCsv(CliHost host, string target, IEnumerable<LongRow> rows)
    {
        if (target == "-") return LongCsvFormat.Write(host.Output, rows);
        var path = host.ResolvePath(target);
        var dir = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(dir)) throw new UsageException($"--out: the folder '{dir}' does not exist");
        var temp = path + ".tmp";
        int count;
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), bufferSize: 1 << 16))
            count = LongCsvFormat.Write(writer, rows);
        File.Move(temp, path, overwrite: true);
        return count;
    }
}
