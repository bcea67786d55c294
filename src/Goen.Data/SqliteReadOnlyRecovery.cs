using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Goen.Data;

/// <summary>
/// A SQLite connection opened while its file could not be written stays read-only for its whole life, and the
/// pool keeps it: without this, a database made writable again would keep failing every save until a restart.
/// On a "read-only database" error the connection's pool is cleared, so the next request opens a fresh
/// connection that sees the file as it is now.
/// </summary>
internal sealed class SqliteReadOnlyRecovery : DbCommandInterceptor
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

    private static void Recover(DbCommand command, Exception exception)
    {
        if (exception is SqliteException { SqliteErrorCode: ReadOnly } && command.Connection is SqliteConnection connection)
        {
            SqliteConnection.ClearPool(connection);
        }
    }
}
