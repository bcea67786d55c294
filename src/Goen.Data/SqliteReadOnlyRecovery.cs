using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Goen.Data;

/// <summary>
/// A SQLite connection opened while its file could not be written stays read-only for its whole life, and the
/// pool keeps it: without this, a database made writable again would keep failing every save until a restart.
/// On a "read-only database" error the connection's pool is cleared, so the next request opens a fresh
/// connection that sees the file as it is now. The error can come from a command, from beginning or committing a
/// transaction (SQLite takes the write lock there), or from anywhere inside a save: each is watched.
/// </summary>
internal sealed class SqliteReadOnlyRecovery : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    public static readonly SqliteReadOnlyRecovery Instance = new();

    private const int ReadOnly = 8;

    private SqliteReadOnlyRecovery()
    {
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Recover(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Recover(command, eventData.Exception);
        return Task.CompletedTask;
    }

    // A connection that came up read-only is never given back to the pool: its pool is cleared at once, so it is
    // closed for good after this use, and the next request opens one that sees the file as it is by then.
    public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection { Handle: { } handle } sqlite && SQLitePCL.raw.sqlite3_db_readonly(handle, "main") == 1)
        {
            SqliteConnection.ClearPool(sqlite);
        }
    }

    public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Recover(transaction.Connection ?? eventData.Context?.Database.GetDbConnection(), eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Recover(transaction.Connection ?? eventData.Context?.Database.GetDbConnection(), eventData.Exception);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Recover(eventData.Context?.Database.GetDbConnection(), eventData.Exception);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private static void Recover(DbCommand command, Exception exception) => Recover(command.Connection, exception);

    private static void Recover(DbConnection? connection, Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: ReadOnly } && connection is SqliteConnection sqlite)
            {
                SqliteConnection.ClearPool(sqlite);
                return;
            }
        }
    }
}
