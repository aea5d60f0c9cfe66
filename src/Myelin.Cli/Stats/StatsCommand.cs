using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Myelin.Cli.Stats;

/// <summary>
/// <c>myelin stats</c>: R's tests from the command line. Either one test on columns of a CSV file
/// (<c>myelin stats wilcox.test --data F.csv --x COL [--y COL | --group COL] …</c>, R's argument names), or
/// <c>--batch requests.jsonl</c>: one JSON request per line in, one JSON result per line out, in order.
/// </summary>
public static class StatsCommand
{
    // Readable text in messages (R's quotes stay quotes); the output is UTF-8 JSON, not HTML.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The command, writing to the process's streams.</summary>
    public static Command Create() => Create(CliHost.ForProcess());

    /// <summary>The command, writing to <paramref name="host"/>'s streams.</summary>
    public static Command Create(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var test = new Argument<string?>("test")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The test, named as in R: " + string.Join(", ", StatsDispatcher.Tests),
        };
        var o = new StatsOptions();
        var command = new Command("stats", "Hypothesis tests with R's semantics, on CSV columns or a JSON-lines batch.") { test };
        o.AddTo(command);
        command.SetAction((pr, ct) => Verbs.VerbAction.RunAsync(host, async () =>
        {
            string? name = pr.GetValue(test);
            string? batch = pr.GetValue(o.Batch);
            if (batch is not null)
            {
                if (name is not null)
                {
                    throw new UsageException("--batch: give either a test name or --batch FILE, not both (each request names its test)");
                }

                using TextReader reader = batch == "-" ? Console.In : OpenBatch(host, batch);
                await RunBatchAsync(reader, host.Output, ct).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            if (name is null)
            {
                throw new UsageException("stats: name a test (e.g. 'myelin stats t.test --data F.csv --x COL') or give --batch FILE");
            }

            var request = o.BuildRequest(pr, name, host);
            object result;
            try
            {
                result = StatsDispatcher.Dispatch(new StatsRequest(request));
            }
            catch (StatsArgumentException e)
            {
                throw new UsageException(e.Message);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            await host.Output.WriteLineAsync(Serialize(result)).ConfigureAwait(false);
            return result is Myelin.Statistics.HtestResult { Error: not null } ? ExitCodes.Failed : ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Answers every line of <paramref name="input"/> with one result line, in order; never stops on a bad line.</summary>
    public static async Task RunBatchAsync(TextReader input, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer, JsonOptions);
        var text = new StringBuilder();
        int lineNo = 0;
        string? line;
        while ((line = await input.ReadLineAsync(ct).ConfigureAwait(false)) is not null)
        {
            lineNo++;
            object result;
            if (string.IsNullOrWhiteSpace(line))
            {
                result = Myelin.Statistics.HtestResult.Failed($"line {lineNo}: empty request");
            }
            else
            {
                try
                {
                    using var doc = JsonDocument.Parse(line);
                    result = StatsDispatcher.Run(doc.RootElement);
                }
                catch (JsonException e)
                {
                    result = Myelin.Statistics.HtestResult.Failed($"line {lineNo}: not valid JSON: {e.Message}");
                }
            }

            buffer.ResetWrittenCount();
            writer.Reset();
            StatsJson.Write(writer, result);
            writer.Flush();
            text.Append(Encoding.UTF8.GetString(buffer.WrittenSpan)).Append('\n');
            if (text.Length > 1 << 16)
            {
                await output.WriteAsync(text.ToString().AsMemory(), ct).ConfigureAwait(false);
                text.Clear();
            }
        }

        await output.WriteAsync(text.ToString().AsMemory(), ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    internal static string Serialize(object result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            StatsJson.Write(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static StreamReader OpenBatch(CliHost host, string file)
    {
        string path = host.ResolvePath(file);
        return File.Exists(path) ? new StreamReader(path, Encoding.UTF8)
            : throw new UsageException($"--batch: the file '{file}' does not exist");
    }
}
