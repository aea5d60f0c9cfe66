namespace Myelin.Analysis.Data;

/// <summary>
/// The recorded values in dense, participant-major arrays (no object per value): numeric values with NaN for
/// missing, the UTC day number of each value's recording, the source line of each value, and text values.
/// </summary>
internal sealed class ObservationStore
{
    public const int NoDay = int.MinValue;

    private readonly int _numeric;
    private readonly int _text;

    public ObservationStore(int numericColumns, int textColumns, int capacity = 64)
    {
        _numeric = numericColumns;
        _text = textColumns;
        Values = [];
        Days = [];
        Lines = [];
        Texts = [];
        Grow(capacity);
    }

    public double[] Values { get; private set; }

    public int[] Days { get; private set; }

    public int[] Lines { get; private set; }

    public string?[] Texts { get; private set; }

    public int NumericColumns => _numeric;

    public int TextColumns => _text;

    public int Capacity { get; private set; }

    /// <summary>Makes room for participant <paramref name="participant"/>.</summary>
    public void Ensure(int participant)
    {
        if (participant >= Capacity)
        {
            Grow(Math.Max(participant + 1, Capacity * 2));
        }
    }

    public double Value(int participant, int column) => Values[(participant * _numeric) + column];

    public int Day(int participant, int column) => Days[(participant * _numeric) + column];

    public string? Text(int participant, int column) => Texts[(participant * _text) + column];

    private void Grow(int capacity)
    {
        var values = new double[capacity * _numeric];
        Array.Fill(values, double.NaN);
        Values.AsSpan().CopyTo(values);
        var days = new int[capacity * _numeric];
        Array.Fill(days, NoDay);
        Days.AsSpan().CopyTo(days);
        var lines = new int[(capacity * _numeric) + (capacity * _text)];
        int oldNumeric = Capacity * _numeric;
        Lines.AsSpan(0, oldNumeric).CopyTo(lines);
        Lines.AsSpan(oldNumeric).CopyTo(lines.AsSpan(capacity * _numeric));
        var texts = new string?[capacity * _text];
        Texts.AsSpan().CopyTo(texts);
        Values = values;
        Days = days;
        Lines = lines;
        Texts = texts;
        Capacity = capacity;
    }

    /// <summary>Index into <see cref="Lines"/> for a numeric (true) or text (false) cell.</summary>
    public int LineIndex(int participant, int column, bool numeric) =>
        numeric ? (participant * _numeric) + column : (Capacity * _numeric) + (participant * _text) + column;
}
