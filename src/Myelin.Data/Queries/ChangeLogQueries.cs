using Myelin.Domain.Records;

namespace Myelin.Data.Queries;

/// <summary>Recurring queries over the change log.</summary>
public static class ChangeLogQueries
{
    /// <summary>The rows of one record, e.g. <c>("Participant", "12")</c>, in the order written.</summary>
    public static IQueryable<ChangeLogEntry> ForRecord(this IQueryable<ChangeLogEntry> log, string entity, string entityKey) =>
        log.Where(e => e.Entity == entity && e.EntityKey == entityKey).OrderBy(e => e.Id);

    /// <summary>The rows in the order written.</summary>
    public static IQueryable<ChangeLogEntry> InOrder(this IQueryable<ChangeLogEntry> log) => log.OrderBy(e => e.Id);
}
