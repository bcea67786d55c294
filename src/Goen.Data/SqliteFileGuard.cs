using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Goen.Data;

/// <summary>
/// Refuses to open a SQLite database file that existed and has disappeared (its folder deleted while the app
/// runs, or before a restart): SQLite would otherwise go on writing to the deleted file, answer "saved", and
/// lose everything, or create a new empty file in its place. That the file existed is remembered in memory and,
/// when a folder is given, in a small record file there, outside the database's own folder, so a restart
/// remembers it too. The refusal is a <see cref="SqliteException"/> (cannot open), which the app shows as "the
/// database is unavailable"; its message says how to restore the file or start afresh.
/// </summary>
internal sealed class SqliteFileGuard : DbConnectionInterceptor
{
    private const int CannotOpen = 14;
    private readonly string _file;
    private readonly string? _record;
    private volatile bool _seen;
    private volatile bool _recorded;

    public SqliteFileGuard(string file, string? knownDatabasesFolder)
    {
        _file = file;
        if (knownDatabasesFolder is not null)
        {
            var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..24];
            _record = Path.Combine(Path.GetFullPath(knownDatabasesFolder), key + ".txt");
            _seen = _recorded = File.Exists(_record);
        }
    }

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

    // A new connection is opened only when the pool has none free, so these file checks are rare.
    private void Check()
    {
        if (File.Exists(_file))
        {
            _seen = true;
            Record();
        }
        else if (_seen)
        {
            var how = _record is null
                ? "Restore it from a backup, or restart Goen to begin with an empty database."
                : $"Restore it from a backup. To begin again with an empty database, delete {_record}.";
            throw new SqliteException($"The database file {_file} held Goen's data and has disappeared; Goen will not create an empty one in its place. {how}", CannotOpen);
        }
    }

    // Writes the record once: the file's path and when Goen first used it. A record that cannot be written
    // (a read-only home) leaves the in-memory guard in place; it never stops the app.
    private void Record()
    {
        if (_recorded || _record is null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_record)!);
            File.WriteAllText(_record, $"{_file}\n{DateTimeOffset.UtcNow:O}\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The in-memory guard still holds for this run.
        }

        _recorded = true;
    }
}
