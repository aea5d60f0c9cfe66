using System.Reflection;
using Xunit.Sdk;

namespace Myelin.Data.Tests.Infrastructure;

/// <summary>The SQLite row of a provider theory: always runs, on a temp-file database of its own.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.Sqlite]];
}
