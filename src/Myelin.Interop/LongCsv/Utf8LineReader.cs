namespace Myelin.Interop.LongCsv;

/// <summary>
/// Splits a stream of bytes into lines exactly as <see cref="TextReader.ReadLine"/> does (a line ends at LF, CR or
/// CR LF; a last line without an end counts), without a string per line. A UTF-8 byte-order mark is skipped.
/// </summary>
internal sealed class Utf8LineReader(Stream stream)
{
    private byte[] _buffer = new byte[1 << 20];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The 1-based number of the line last returned.</summary>
    public int Line { get; private set; }

    /// <summary>
    /// The first bytes of the stream, for detecting its encoding; a UTF-8 byte-order mark is consumed.
    /// Call before the first <see cref="Next"/>.
    /// </summary>
    public ReadOnlySpan<byte> Preamble()
    {
        while (!_eof && _end < 4) Fill();
        var head = _buffer.AsSpan(0, _end);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) _start = 3;
        return head;
    }

    /// <summary>The rest of the stream, preamble included, for a reader that decodes it another way.</summary>
    public Stream Remainder()
    {
        var all = new MemoryStream();
        all.Write(_buffer, 0, _end);
        stream.CopyTo(all);
        all.Position = 0;
        _start = _end = 0;
        _eof = true;
        return all;
    }

    /// <summary>Reads the next line (without its end); false at the end of the stream. The span lives until the next call.</summary>
    public bool Next(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var data = _buffer.AsSpan(_start, _end - _start);
            int i = data.IndexOfAny((byte)'\n', (byte)'\r');
            if (i >= 0)
            {
                // A CR that ends the buffered bytes may be the first half of CR LF: look at the next byte first.
                if (data[i] == '\r' && i + 1 == data.Length && !_eof)
                {
                    Fill();
                    continue;
                }

                line = data[..i];
                _start += i + (data[i] == '\r' && i + 1 < data.Length && data[i + 1] == '\n' ? 2 : 1);
                Line++;
                return true;
            }

            if (_eof)
            {
                line = data;
                _start = _end;
                if (data.IsEmpty) return false;
                Line++;
                return true;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        int read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }
}
