namespace Myelin.Analysis.Data;

/// <summary>
/// The recorded values in dense, participant-major blocks (no object per value): numeric values with NaN for
/// missing, the UTC day number of each value's recording, the source line of each value, and text values.
/// Participants are added in blocks of <see cref="BlockSize"/>, so that a growing study never copies what it holds.
/// </summary>
internal sealed class ObservationStore
{
    public const int NoDay = int.MinValue;

    /// <summary>Participants per block.</summary>
    public const int BlockSize = 1 << Shift;

    private const int Shift = 10;
    private const int Mask = BlockSize - 1;

    private readonly int _numeric;
    private readonly int _text;
    private Block[] _blocks = [];
    private int _count;

    public ObservationStore(int numericColumns, int textColumns)
    {
        _numeric = numericColumns;
        _text = textColumns;
    }

    public int NumericColumns => _numeric;

    public int TextColumns => _text;

    public int Capacity => _count * BlockSize;

    /// <summary>Makes room for participant <paramref name="participant"/>.</summary>
    public void Ensure(int participant)
    {
        while (participant >= Capacity)
        {
            if (_count == _blocks.Length)
            {
                Array.Resize(ref _blocks, Math.Max(4, _blocks.Length * 2));
            }

            _blocks[_count++] = new Block(_numeric, _text);
        }
    }

    public double Value(int participant, int column) => _blocks[participant >> Shift].Values[((participant & Mask) * _numeric) + column];

    public int Day(int participant, int column) => _blocks[participant >> Shift].Days[((participant & Mask) * _numeric) + column];

    public string? Text(int participant, int column) => _blocks[participant >> Shift].Texts[((participant & Mask) * _text) + column];

    /// <summary>The line a numeric (true) or text (false) cell was read from; 0 when none.</summary>
    public int Line(int participant, int column, bool numeric)
    {
        var block = _blocks[participant >> Shift];
        return numeric
            ? block.NumericLines[((participant & Mask) * _numeric) + column]
            : block.TextLines[((participant & Mask) * _text) + column];
    }

    public void SetNumeric(int participant, int column, double value, int day, int line)
    {
        var block = _blocks[participant >> Shift];
        int cell = ((participant & Mask) * _numeric) + column;
        block.Values[cell] = value;
        block.Days[cell] = day;
        block.NumericLines[cell] = line;
    }

    public void SetText(int participant, int column, string? text, int line)
    {
        var block = _blocks[participant >> Shift];
        int cell = ((participant & Mask) * _text) + column;
        block.Texts[cell] = text;
        block.TextLines[cell] = line;
    }

    private sealed class Block
    {
        public Block(int numeric, int text)
        {
            Values = new double[BlockSize * numeric];
            Array.Fill(Values, double.NaN);
            Days = new int[BlockSize * numeric];
            Array.Fill(Days, NoDay);
            NumericLines = new int[BlockSize * numeric];
            TextLines = new int[BlockSize * text];
            Texts = new string?[BlockSize * text];
        }

        public double[] Values { get; }

        public int[] Days { get; }

        public int[] NumericLines { get; }

        public int[] TextLines { get; }

        public string?[] Texts { get; }
    }
}
