using Spectre.Console;

namespace Myelin.Cli;

/// <summary>
/// What a verb may touch outside itself: its output streams, the clock, the environment and the working folder.
/// Tests pass their own; the program passes the process's.
/// </summary>
public sealed class CliHost
{
    public CliHost(TextWriter output, TextWriter error, TimeProvider clock, Func<string, string?> environment, string workingDirectory)
    {
        Output = output;
        Error = error;
        Clock = clock;
        Environment = environment;
        WorkingDirectory = workingDirectory;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == System.Console.Out && !System.Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            Interactive = output == System.Console.Out && !System.Console.IsOutputRedirected ? InteractionSupport.Detect : InteractionSupport.No,
        });
    }

    /// <summary>The process's own streams, clock, environment and folder.</summary>
    public static CliHost ForProcess() =>
        new(System.Console.Out, System.Console.Error, TimeProvider.System, System.Environment.GetEnvironmentVariable, Directory.GetCurrentDirectory());

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Tables and progress; plain text when the output is not a terminal.</summary>
    public IAnsiConsole Console { get; }

    public TimeProvider Clock { get; }

    public Func<string, string?> Environment { get; }

    public string WorkingDirectory { get; }

    /// <summary>A path as the user gave it, made absolute against the working folder.</summary>
    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The user's name for the change log: MYELIN_USER, else the login name.</summary>
    public string UserName => Environment("MYELIN_USER") ?? Environment("USER") ?? "unknown";
}
