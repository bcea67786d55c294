using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Goen.Core.Matching;

// A built vocabulary written as it is and read back: reading it takes a few hundredths of a second where building it from the
// text files (tokenizing and stemming 70,000 spellings, merging the synonym groups) takes about half a second of processor time
// — most of a small command's run (docs/decisions/0031-vocabulary-snapshot.md).
public sealed partial class Vocabulary
{
    private static ReadOnlySpan<byte> SnapshotMagic => "GOENVOC1"u8;

    /// <summary>Writes everything the vocabulary holds, in an order that gives back the same dictionaries when read.</summary>
    /// <param name="key">What the snapshot was made from (<see cref="SnapshotKey"/>); read back only with the same key.</param>
    /// <returns>The snapshot's bytes.</returns>
    internal byte[] WriteSnapshot(ReadOnlySpan<byte> key)
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream, Encoding.UTF8);
        w.Write(SnapshotMagic);
        w.Write(key.Length);
        w.Write(key);
        w.Write(_sudachiConcepts);
        w.Write(_conceptNames.Count);
        foreach (var name in _conceptNames)
        {
            WriteString(w, name);
        }

        var roots = 0;
        foreach (var next in _rootCharacters)
        {
            roots += next != 0 ? 1 : 0;
        }

        w.Write(roots);
        for (var c = 0; c < _rootCharacters.Length; c++)
        {
            if (_rootCharacters[c] != 0)
            {
                w.Write(c);
                w.Write(_rootCharacters[c]);
            }
        }

        w.Write(_characterEdges.Count);
        foreach (var (edge, next) in _characterEdges)
        {
            w.Write(edge);
            w.Write(next);
        }

        w.Write(_wordEdges.Count);
        foreach (var (edge, next) in _wordEdges)
        {
            w.Write(edge.Node);
            w.Write(edge.Key);
            w.Write(next);
        }

        w.Write(_entries.Count);
        foreach (var entry in _entries)
        {
            if (entry is null)
            {
                w.Write((byte)0);
                continue;
            }

            w.Write((byte)(1 | (entry.IsGeneric ? 2 : 0) | (entry.IsBroad ? 4 : 0)));
            WriteLinks(w, entry.Concepts);
            WriteLinks(w, entry.Related);
            w.Write(entry.AmbiguousConcepts.Count);
            foreach (var concept in entry.AmbiguousConcepts)
            {
                w.Write(concept);
            }
        }

        w.Write(_members.Count);
        foreach (var (concept, nodes) in _members)
        {
            w.Write(concept);
            w.Write(nodes.Count);
            foreach (var node in nodes)
            {
                w.Write(node);
            }
        }

        // A hash of all the rest, so that a damaged snapshot is never read as another vocabulary.
        w.Flush();
        w.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    /// <summary>Reads a vocabulary written by <see cref="WriteSnapshot"/>.</summary>
    /// <param name="bytes">The snapshot.</param>
    /// <param name="key">The key it must have been written with.</param>
    /// <returns>The vocabulary, or <see langword="null"/> when the bytes are not a whole, undamaged snapshot made with this key.</returns>
    internal static Vocabulary? ReadSnapshot(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> key)
    {
        if (bytes.Length < SHA256.HashSizeInBytes || !SHA256.HashData(bytes[..^SHA256.HashSizeInBytes]).AsSpan().SequenceEqual(bytes[^SHA256.HashSizeInBytes..]))
        {
            return null;
        }

        try
        {
            var r = new SnapshotReader(bytes[..^SHA256.HashSizeInBytes]);
            if (!r.Bytes(SnapshotMagic.Length).SequenceEqual(SnapshotMagic) || !r.Bytes(r.Int()).SequenceEqual(key))
            {
                return null;
            }

            var sudachiConcepts = r.Int();
            var names = r.Count();
            var conceptNames = new List<string>(names);
            for (var i = 0; i < names; i++)
            {
                conceptNames.Add(r.String());
            }

            var roots = r.Count();
            var rootCharacters = new int[ushort.MaxValue + 1];
            for (var i = 0; i < roots; i++)
            {
                var c = r.Int();
                rootCharacters[c] = r.Int();
            }

            var characterEdges = r.Count();
            var vocabulary = new Vocabulary(characterEdges, 0);
            for (var i = 0; i < characterEdges; i++)
            {
                var edge = r.Long();
                vocabulary._characterEdges.Add(edge, r.Int());
            }

            var wordEdges = r.Count();
            vocabulary._wordEdges.EnsureCapacity(wordEdges);
            for (var i = 0; i < wordEdges; i++)
            {
                var node = r.Int();
                var edgeKey = r.Long();
                vocabulary._wordEdges.Add(new Edge(node, edgeKey), r.Int());
            }

            var entries = r.Count();
            vocabulary._entries.Clear();
            vocabulary._entries.Capacity = entries;
            for (var i = 0; i < entries; i++)
            {
                var flags = r.Byte();
                if (flags == 0)
                {
                    vocabulary._entries.Add(null);
                    continue;
                }

                var entry = new Entry { IsGeneric = (flags & 2) != 0, IsBroad = (flags & 4) != 0 };
                ReadLinks(ref r, entry.Concepts);
                ReadLinks(ref r, entry.Related);
                var ambiguous = r.Count();
                for (var k = 0; k < ambiguous; k++)
                {
                    entry.AmbiguousConcepts.Add(r.Int());
                }

                vocabulary._entries.Add(entry);
            }

            var members = r.Count();
            for (var i = 0; i < members; i++)
            {
                var concept = r.Int();
                var count = r.Count();
                var nodes = new List<int>(count);
                for (var k = 0; k < count; k++)
                {
                    nodes.Add(r.Int());
                }

                vocabulary._members.Add(concept, nodes);
            }

            if (!r.AtEnd)
            {
                return null;
            }

            vocabulary._rootCharacters.AsSpan().Clear();
            rootCharacters.CopyTo(vocabulary._rootCharacters, 0);
            vocabulary._conceptNames.AddRange(conceptNames);
            vocabulary._sudachiConcepts = sudachiConcepts;
            vocabulary.Complete();
            return vocabulary;
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or ArgumentOutOfRangeException or DecoderFallbackException or InvalidDataException)
        {
            // A snapshot cut short or damaged: the caller builds the vocabulary from its files instead.
            return null;
        }
    }

    /// <summary>What a snapshot of the default vocabulary is made from: its two files and the code that reads them.</summary>
    /// <param name="files">The files' bytes.</param>
    /// <returns>A SHA-256 hash of the files and of this assembly's build (its module version id).</returns>
    internal static byte[] SnapshotKey(params byte[][] files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(typeof(Vocabulary).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        Span<byte> length = stackalloc byte[8];
        foreach (var file in files)
        {
            BinaryPrimitives.WriteInt64LittleEndian(length, file.Length);
            hash.AppendData(length);
            hash.AppendData(file);
        }

        return hash.GetHashAndReset();
    }

    private static void WriteString(BinaryWriter w, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        w.Write(bytes.Length);
        w.Write(bytes);
    }

    private static void WriteLinks(BinaryWriter w, List<ConceptLink> links)
    {
        w.Write(links.Count);
        foreach (var link in links)
        {
            w.Write(link.Concept);
            w.Write(link.Weight);
        }
    }

    private static void ReadLinks(ref SnapshotReader r, List<ConceptLink> links)
    {
        var count = r.Count();
        links.Capacity = count;
        for (var k = 0; k < count; k++)
        {
            var concept = r.Int();
            links.Add(new ConceptLink(concept, r.Float()));
        }
    }

    // Little-endian fields from a span; anything out of range throws, and ReadSnapshot takes that as a damaged snapshot.
    private ref struct SnapshotReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public readonly bool AtEnd => _at == _bytes.Length;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            var span = _bytes.Slice(_at, count);
            _at += count;
            return span;
        }

        public byte Byte() => Bytes(1)[0];

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

        // Every item takes at least a byte, so a count past the bytes left is damage, not a reason to allocate.
        public int Count() => Int() is var count and >= 0 && count <= _bytes.Length - _at ? count : throw new InvalidDataException("A count past the end.");

        public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Bytes(8));

        public float Float() => BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));

        public string String() => Encoding.UTF8.GetString(Bytes(Count()));
    }
}
