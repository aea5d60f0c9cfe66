using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Myelin.Domain.Records;

namespace Myelin.Data.ChangeLog;

/// <summary>
/// Inserts change-log rows with multi-row INSERT statements in the caller's transaction, bypassing change tracking:
/// a day of diary entries adds tens of thousands of rows, which tracked entities would make several times slower.
/// Columns and value conversions come from the EF model, so each provider stores them as its mapping says.
/// </summary>
internal sealed class ChangeLogWriter
{
    // 100 rows x 10 columns stays far below SQLite's 32766 and PostgreSQL's 65535 parameters per statement.
    private const int RowsPerStatement = 100;

    private readonly IReadOnlyList<IProperty> _columns;
    private readonly string _insertPrefix;

    public ChangeLogWriter(DbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(ChangeLogEntry))!;
        var sql = db.GetService<ISqlGenerationHelper>();
        _columns = [.. entityType.GetProperties().Where(p => !p.IsPrimaryKey())];
        _insertPrefix = $"INSERT INTO {sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema())} ("
            + string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.GetColumnName())))
            + ") VALUES ";
    }

    public void Write(DbContext db, IReadOnlyList<ChangeLogEntry> rows)
    {
        foreach (var (text, values) in Statements(rows))
        {
            using var command = Command(db, text, values);
            command.ExecuteNonQuery();
        }
    }

    public async Task WriteAsync(DbContext db, IReadOnlyList<ChangeLogEntry> rows, CancellationToken cancellationToken)
    {
        foreach (var (text, values) in Statements(rows))
        {
            var command = Command(db, text, values);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Runs on the context's open connection, inside its transaction: the log commits or rolls back with the records.
    [SuppressMessage("Security", "CA2100:Review SQL queries for security vulnerabilities", Justification = "Table and column names come from the EF model; every value is a parameter.")]
    private static DbCommand Command(DbContext db, string text, object?[] values)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The change log is written only inside the transaction of the records it describes.");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = text;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private IEnumerable<(string Text, object?[] Values)> Statements(IReadOnlyList<ChangeLogEntry> rows)
    {
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var batch = rows.Skip(start).Take(RowsPerStatement).ToList();
            var text = new StringBuilder(_insertPrefix);
            var values = new object?[batch.Count * _columns.Count];
            var n = 0;
            for (var r = 0; r < batch.Count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < _columns.Count; c++)
                {
                    text.Append(c == 0 ? "@p" : ", @p").Append(n.ToString(CultureInfo.InvariantCulture));
                    values[n++] = ToProvider(_columns[c], batch[r]);
                }

                text.Append(')');
            }

            yield return (text.ToString(), values);
        }
    }

    private static object? ToProvider(IProperty column, ChangeLogEntry row)
    {
        var value = column.GetGetter().GetClrValue(row);
        var converter = column.GetValueConverter() ?? column.GetTypeMapping().Converter;
        return value is null || converter is null ? value : converter.ConvertToProvider(value);
    }
}
