using System.CommandLine;
using Myelin.Cli.Studies;

namespace Myelin.Cli.Verbs;

/// <summary>
/// Where <c>analyze</c> and <c>report</c> take their data: <c>--study ID</c> from the database, or
/// <c>--protocol FILE --data FILE</c> without one; and <c>--skip-invalid</c>.
/// </summary>
internal sealed class AnalysisSourceOptions
{
    private readonly DatabaseOptions _db = new();

    public Option<string?> Study { get; } = new("--study") { Description = "A stored study's id" };

    public Option<string?> Protocol { get; } = new("--protocol") { Description = "A protocol file, to use --data without a database", HelpName = "FILE" };

    public Option<string?> Data { get; } = new("--data") { Description = "The long CSV file to use with --protocol", HelpName = "FILE" };

    public Option<bool> SkipInvalid { get; } = new("--skip-invalid") { Description = "Analyse the valid rows only; the results list what was excluded and why" };

    public void AddTo(Command command)
    {
        command.Options.Add(Study);
        command.Options.Add(Protocol);
        command.Options.Add(Data);
        command.Options.Add(SkipInvalid);
        _db.AddTo(command);
    }

    /// <summary>Loads the data the user named and runs the pre-specified analysis.</summary>
    public async Task<AnalysedStudy> AnalyseAsync(ParseResult parse, CliHost host, CancellationToken ct)
    {
        var studyId = parse.GetValue(Study);
        var protocolFile = parse.GetValue(Protocol);
        var dataFile = parse.GetValue(Data);
        var skip = parse.GetValue(SkipInvalid);
        if (studyId is not null && (protocolFile is not null || dataFile is not null))
            throw new UsageException("--study: give either --study ID, or --protocol FILE with --data FILE, not both");
        if (studyId is not null)
        {
            var context = await _db.OpenAsync(parse, host, ct).ConfigureAwait(false);
            try
            {
                var study = await StudyContext.LoadAsync(context, studyId, ct).ConfigureAwait(false);
                return await AnalysedStudy.FromDatabaseAsync(context, study, skip, ownsDb: true, ct).ConfigureAwait(false);
            }
            catch
            {
                await context.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        if (protocolFile is null || dataFile is null)
            throw new UsageException($"{parse.CommandResult.Command.Name}: give --study ID, or --protocol FILE with --data FILE");
        var (protocol, yaml) = ProtocolFiles.Load(host, protocolFile);
        return AnalysedStudy.FromCsv(host, protocol, yaml, dataFile, skip);
    }
}
