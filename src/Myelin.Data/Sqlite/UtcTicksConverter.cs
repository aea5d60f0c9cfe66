using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Myelin.Data.Sqlite;

/// <summary>
/// Stores an instant on SQLite as its UTC ticks (100 ns since 0001-01-01), an integer column that sorts and
/// compares in time order (SQLite cannot ORDER BY EF's text form of <see cref="DateTimeOffset"/>) and keeps
/// full precision, unlike <c>DateTimeOffsetToBinaryConverter</c>, which drops below 0.1 ms.
/// Values read back with offset zero.
/// </summary>
internal sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    public UtcTicksConverter()
        : base(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
    {
    }
}
