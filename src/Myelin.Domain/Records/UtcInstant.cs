namespace Myelin.Domain.Records;

/// <summary>
/// The one rule for instants in the records: they are UTC (offset zero) and kept to whole microseconds,
/// the precision PostgreSQL's <c>timestamp with time zone</c> stores, so that a value reads back exactly
/// on every provider.
/// </summary>
public static class UtcInstant
{
    /// <summary>
    /// Returns <paramref name="instant"/> truncated to whole microseconds, or throws when its offset is not zero.
    /// </summary>
    /// <param name="instant">The instant; its offset must be <see cref="TimeSpan.Zero"/>.</param>
    /// <param name="field">The name of the field, for the message.</param>
    /// <exception cref="DomainRuleException">The offset is not zero.</exception>
    public static DateTimeOffset Require(DateTimeOffset instant, string field)
    {
        if (instant.Offset != TimeSpan.Zero)
        {
            throw new DomainRuleException(
                $"{field} {instant:O} has offset {instant.Offset}; instants are stored in UTC, pass the value with offset 00:00 (e.g. instant.ToUniversalTime()).");
        }

        return new DateTimeOffset(instant.Ticks - (instant.Ticks % 10), TimeSpan.Zero);
    }
}
