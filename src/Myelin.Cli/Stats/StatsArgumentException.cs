namespace Myelin.Cli.Stats;

/// <summary>A request argument that cannot be used; its message names the argument and becomes the result's error.</summary>
public sealed class StatsArgumentException : Exception
{
    public StatsArgumentException(string message) : base(message) { }

    public StatsArgumentException() : base("bad argument") { }

    public StatsArgumentException(string message, Exception innerException) : base(message, innerException) { }
}
