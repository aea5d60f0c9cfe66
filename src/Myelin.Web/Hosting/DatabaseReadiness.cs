namespace Myelin.Web.Hosting;

/// <summary>Set once the database is migrated and the first administrator exists; <c>/health</c> reports it.</summary>
public sealed class DatabaseReadiness
{
    private volatile bool _ready;

    /// <summary>True once start-up has finished with the database.</summary>
    public bool Ready => _ready;

    internal void MarkReady() => _ready = true;
}
