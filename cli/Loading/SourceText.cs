using System;
using System.Buffers;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace Corpus.Cli;

/// <summary>Reads an annotation or seed file as the compiler reads an additional file.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/>: a byte order mark decides the encoding (and is dropped);
    /// without one, the bytes must be UTF-8.
    /// </summary>
    /// <param name="bytes">The file's content.</param>
    /// <param name="displayPath">The file, as the error names it.</param>
    /// <exception cref="CorpusInputException">The file has no byte order mark and is not UTF-8. The compiler
    /// would read it as Latin-1 and every quote after the first non-ASCII character would be wrong.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string displayPath)
    {
        if (!HasByteOrderMark(bytes))
        {
            try
            {
                return s_strictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // Reported below, with the line and offset of the first invalid byte.
            }
            var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out int bytesRead, out _, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                int line = 1 + bytes[..bytesRead].Count((byte)'\n');
                throw new CorpusInputException(
                    $"{displayPath}({line}): not UTF-8 (invalid byte 0x{bytes[bytesRead]:X2} at offset {bytesRead}); save the file as UTF-8, without changing its text.");
            }
        }
        using var reader = new StreamReader(new MemoryStream(bytes.ToArray()), s_strictUtf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Reads and decodes the file at <paramref name="path"/>.</summary>
    /// <exception cref="CorpusInputException">The file cannot be read or is not UTF-8.</exception>
    public static string Read(string path, string displayPath) => ReadBytes(path, displayPath, bytes => Decode(bytes, displayPath));

    /// <summary>Reads and decodes the file at <paramref name="path"/>, with the SHA-256 of the bytes read (lower-case hex).</summary>
    /// <exception cref="CorpusInputException">The file cannot be read or is not UTF-8.</exception>
    public static (string Text, string Sha256) ReadHashed(string path, string displayPath) =>
        ReadBytes(path, displayPath, bytes => (Decode(bytes, displayPath), Convert.ToHexStringLower(SHA256.HashData(bytes))));

    private delegate T FromBytes<T>(ReadOnlySpan<byte> bytes);

    /// <summary>The file's bytes, read into a pooled buffer and given to <paramref name="use"/>: only what it makes of them is kept, and a corpus has thousands of files.</summary>
    private static T ReadBytes<T>(string path, string displayPath, FromBytes<T> use)
    {
        byte[] buffer = Array.Empty<byte>();
        try
        {
            int length;
            try
            {
                using var handle = File.OpenHandle(path);
                long size = RandomAccess.GetLength(handle);
                if (size > Array.MaxLength) throw new IOException("the file is larger than 2 GB");
                buffer = ArrayPool<byte>.Shared.Rent((int)size);
                length = 0;
                // A file that grows while it is read is read to the size it had.
                while (length < size && RandomAccess.Read(handle, buffer.AsSpan(length, (int)size - length), length) is var read and > 0) length += read;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CorpusInputException($"{displayPath}: cannot be read ({e.Message}); check that the file exists and is readable.", e);
            }
            return use(buffer.AsSpan(0, length));
        }
        finally
        {
            if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool HasByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })
        || bytes.StartsWith(new byte[] { 0xFF, 0xFE })
        || bytes.StartsWith(new byte[] { 0xFE, 0xFF });
}
