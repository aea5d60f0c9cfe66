using System.Reflection;
using Xunit.Sdk;

namespace Myelin.Data.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL row of a provider theory. When no server can be had the row is reported as skipped, with the
/// reason, rather than passing silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Postgres]];
}
