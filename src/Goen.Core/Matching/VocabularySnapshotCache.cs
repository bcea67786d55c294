namespace Goen.Core.Matching;

/// <summary>
/// The folder where the default vocabulary's snapshot is kept between runs: <c>GOEN_CACHE_DIR</c> when set (empty or
/// <c>off</c> keeps none), else <c>$XDG_CACHE_HOME/goen</c>, else <c>~/.cache/goen</c>.
/// </summary>
/// <remarks>A snapshot is named by the hash of what it was made from, written whole under another name and then renamed, so a
/// run never reads one half written; one that cannot be read (damaged, another build's) is ignored and replaced. A folder
/// that cannot be written leaves every run building the vocabulary, as before: the cache only saves time.</remarks>
internal sealed class VocabularySnapshotCache(string folder)
{
    /// <summary>Gets the cache in the folder the environment names, or <see langword="null"/> when it names none.</summary>
    public static VocabularySnapshotCache? Default => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>Gets the folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>The cache in the folder an environment names.</summary>
    /// <param name="variable">Reads an environment variable.</param>
    /// <returns>The cache, or <see langword="null"/> when caching is off or no folder can be named.</returns>
    public static VocabularySnapshotCache? FromEnvironment(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable("GOEN_CACHE_DIR") is { } named)
        {
            return named.Length == 0 || named.Equals("off", StringComparison.OrdinalIgnoreCase) ? null : new VocabularySnapshotCache(named);
        }

        if (variable("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return new VocabularySnapshotCache(Path.Combine(xdg, "goen"));
        }

        var home = variable("HOME") is { Length: > 0 } h ? h : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : new VocabularySnapshotCache(Path.Combine(home, ".cache", "goen"));
    }

    /// <summary>The vocabulary of the snapshot made with <paramref name="key"/>, if the folder has a whole one.</summary>
    /// <param name="key">What it must have been made from.</param>
    /// <returns>The vocabulary, or <see langword="null"/>.</returns>
    public Vocabulary? Read(byte[] key)
    {
        try
        {
            var path = PathFor(key);
            return File.Exists(path) ? Vocabulary.ReadSnapshot(File.ReadAllBytes(path), key) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the snapshot of <paramref name="vocabulary"/> made with <paramref name="key"/>, and removes snapshots of
    /// other builds left more than a day ago; says nothing when the folder cannot be written.</summary>
    /// <param name="key">What the vocabulary was made from.</param>
    /// <param name="vocabulary">The vocabulary.</param>
    /// <returns>Whether the snapshot was written.</returns>
    public bool Write(byte[] key, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var path = PathFor(key);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllBytes(temporary, vocabulary.WriteSnapshot(key));
            File.Move(temporary, path, overwrite: true);
            foreach (var old in Directory.EnumerateFiles(Folder, "vocabulary-*.bin*"))
            {
                if (old != path && File.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddDays(-1))
                {
                    File.Delete(old);
                }
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the cache only saves time.
            }

            return false;
        }
    }

    /// <summary>The file a snapshot made with <paramref name="key"/> is kept in.</summary>
    /// <param name="key">What it was made from.</param>
    /// <returns>The path.</returns>
    public string PathFor(byte[] key) => Path.Combine(Folder, $"vocabulary-{Convert.ToHexStringLower(key)}.bin");
}
