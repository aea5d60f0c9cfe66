namespace Myelin.Web.Tests.Infrastructure;

/// <summary>A clock the test moves by hand.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>The time now (UTC).</summary>
    public DateTimeOffset Now { get; set; } = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;
}
