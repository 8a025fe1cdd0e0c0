using System.Text;

namespace Bot.Scoring.Incivility.Model;

/// <summary>
/// Reads and writes the compact model file: a header (magic, version, feature settings, bias, calibration),
/// the non-zero weights as (index, value) pairs, and an FNV-1a checksum of everything before it, so a
/// truncated or altered file is refused rather than silently scoring nonsense.
/// </summary>
internal static class ModelFile
{
    private const uint Magic = 0x43494D4E; // "NMIC" little-endian
    private const int Version = 1;
    private const int HeaderBytes = 4 + 4 + (3 * 4) + (3 * 4) + 4;

    public static void Save(IncivilityModel model, Stream destination)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(model.Settings.HashBits);
            writer.Write(model.Settings.CharMin);
            writer.Write(model.Settings.CharMax);
            writer.Write(model.Bias);
            writer.Write(model.CalibrationSlope);
            writer.Write(model.CalibrationOffset);
            var weights = model.Weights;
            var nonZero = 0;
            foreach (var w in weights)
            {
                nonZero += w != 0 ? 1 : 0;
            }

            writer.Write(nonZero);
            for (var i = 0; i < weights.Length; i++)
            {
                if (weights[i] != 0)
                {
                    writer.Write(i);
                    writer.Write(weights[i]);
                }
            }
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        destination.Write(bytes);
        Span<byte> checksum = stackalloc byte[8];
        BitConverter.TryWriteBytes(checksum, Checksum(bytes));
        destination.Write(checksum);
    }

    public static void Save(IncivilityModel model, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Write beside the target and move, so a crash mid-write never leaves a half model where the bot looks.
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            Save(model, stream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Loads a model file, or throws <see cref="IncivilityModelException"/> saying what is wrong with it.</summary>
    public static IncivilityModel Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IncivilityModelException($"incivility model file not found: '{path}'. Train one with `model train --out {path}` or set Bot:Scoring:Incivility:ModelPath.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IncivilityModelException($"incivility model file '{path}' cannot be read: {ex.Message}", ex);
        }

        return Parse(bytes, path);
    }

    public static IncivilityModel Parse(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length < HeaderBytes + 8)
        {
            throw Corrupt(source, "too short");
        }

        var body = bytes[..^8];
        if (BitConverter.ToUInt64(bytes[^8..]) != Checksum(body))
        {
            throw Corrupt(source, "checksum mismatch (truncated or altered)");
        }

        var reader = new SpanReader(body);
        if (reader.UInt32() != Magic)
        {
            throw Corrupt(source, "not an incivility model file");
        }

        var version = reader.Int32();
        if (version != Version)
        {
            throw Corrupt(source, $"format version {version}, expected {Version}; retrain with `model train`");
        }

        var settings = new FeatureSettings(reader.Int32(), reader.Int32(), reader.Int32());
        if (settings.HashBits is < 8 or > 24 || settings.CharMin < 1 || settings.CharMax < settings.CharMin || settings.CharMax > 8)
        {
            throw Corrupt(source, "feature settings out of range");
        }

        var bias = reader.Single();
        var slope = reader.Single();
        var offset = reader.Single();
        var weights = new float[FeatureHasher.Dimension(settings)];
        var count = reader.Int32();
        if (count < 0 || count > weights.Length || reader.Remaining != count * 8L)
        {
            throw Corrupt(source, "weight table size does not match the file");
        }

        for (var i = 0; i < count; i++)
        {
            var index = reader.Int32();
            var weight = reader.Single();
            if ((uint)index >= (uint)weights.Length || !float.IsFinite(weight))
            {
                throw Corrupt(source, "weight entry out of range");
            }

            weights[index] = weight;
        }

        if (!float.IsFinite(bias) || !float.IsFinite(slope) || !float.IsFinite(offset))
        {
            throw Corrupt(source, "calibration values are not finite");
        }

        return new IncivilityModel(settings, weights, bias, slope, offset);
    }

    private static IncivilityModelException Corrupt(string source, string why) =>
        new($"incivility model file '{source}' is corrupt: {why}. Retrain it with `model train --out {source}`.");

    private static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly long Remaining => _bytes.Length - _position;

        public uint UInt32() => BitConverter.ToUInt32(Take(4));

        public int Int32() => BitConverter.ToInt32(Take(4));

        public float Single() => BitConverter.ToSingle(Take(4));

        private ReadOnlySpan<byte> Take(int count)
        {
            var slice = _bytes.Slice(_position, count);
            _position += count;
            return slice;
        }
    }
}
