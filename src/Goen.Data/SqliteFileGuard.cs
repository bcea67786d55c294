using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Goen.Data;

/// <summary>
/// Refuses to open a SQLite database file that existed and has disappeared (its folder deleted while the app
/// runs): SQLite would otherwise go on writing to the deleted file, answer "saved", and lose everything at the
/// next start, or create a new empty file. The refusal is a <see cref="SqliteException"/> (cannot open), which
/// the app shows as "the database is unavailable".
/// </summary>
internal sealed class SqliteFileGuard(string file) : DbConnectionInterceptor
{
    private const int CannotOpen = 14;
    private volatile bool _seen;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Check();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Check();
        return ValueTask.FromResult(result);
    }

    private void Check()
    {
        if (File.Exists(file))
        {
            _seen = true;
        }
        else if (_seen)
        {
            throw new SqliteException($"The database file {Path.GetFileName(file)} has disappeared; Goen will not create an empty one in its place.", CannotOpen);
        }
    }
}
