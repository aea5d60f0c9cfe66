namespace Myelin.Web.Hosting;

/// <summary>
/// Where start-up tells the person who started the platform what they need to know (the generated administrator
/// password, once). Standard output by default; <c>myelin serve</c> and the tests give their own writer.
/// </summary>
public sealed class StartupAnnouncer
{
    /// <summary>The writer; replace it before the host starts.</summary>
    public TextWriter Writer { get; set; } = Console.Out;

    /// <summary>Lines announced so far, for tests and for the serve command's summary.</summary>
    public List<string> Lines { get; } = [];

    /// <summary>Writes one line.</summary>
    public void Say(string line)
    {
        Lines.Add(line);
        Writer.WriteLine(line);
        Writer.Flush();
    }
}
