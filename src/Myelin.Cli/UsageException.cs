namespace Myelin.Cli;

/// <summary>
/// Bad input from the user: a file, a row or an argument that cannot be used. The command prints the message
/// (which names what is wrong and where) and exits with code 2, having written nothing.
/// </summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }

    public UsageException(IEnumerable<string> problems) : base(string.Join(Environment.NewLine, problems)) { }

    public UsageException() : base("bad input") { }

    public UsageException(string message, Exception innerException) : base(message, innerException) { }
}
