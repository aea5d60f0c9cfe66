using System.Text;
using Myelin.Interop.LongCsv;

namespace Myelin.Interop.Tests.LongCsv;

/// <summary>
/// The byte reader must accept, refuse and word every problem exactly as the text reader does: each case is read
/// both ways and the rows and errors compared.
/// </summary>
public class LongCsvReaderTests
{
    private const string Header = "participant,site,arm,stratum,event,instrument,item,value,unit,recorded_at,entered_by,source";
    private const string Good = "P001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7.5,,2026-01-05T09:30:00Z,diary:P001,diary";

    public static TheoryData<string> Cases() => new()
    {
        Header + "\n" + Good + "\n",
        Header + "\r\n" + Good + "\r\n" + Good.Replace("7.5", "6", StringComparison.Ordinal) + "\r\n",
        Header + "\r" + Good + "\r" + Good + "\n\n\n" + Good,
        Header + "\n\n" + Good + "\n   \n" + Good + "\n",
        "\uFEFF" + Header + "\n" + Good + "\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,note,\"a, \"\"quoted\"\"\nnote\",,2026-01-05T09:30:00Z,,diary\n" + Good + "\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,note,\"never closed,,2026-01-05T09:30:00Z,,diary\n" + Good + "\n" + Good + "\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,note,a\"b,,2026-01-05T09:30:00Z,,diary\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,note,\"ab\"c,,2026-01-05T09:30:00Z,,diary\n",
        Header + "\n P001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7, ,2026-01-05T09:30:00Z ,,diary\n",
        Header + "\nP001,mumbai\t,mk7,severe,diary-w0,symptoms,tingling,7,,2026-01-05T09:30:00Z,,diary\n",
        Header + "\n,mumbai,mk7,severe,,symptoms,,,,,,diary\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7,,2026-01-05T09:30:00,,diary\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7,,2026-01-05T15:00:00+05:30,,clinic\n" + Good + "\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7,,2026-02-30T09:30:00Z,,diary\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7,,2026-01-05T24:30:00Z,,diary\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7,,2026-01-05T09:30:00Z,,fax\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7,,2026-01-05T09:30:00Z,,Diary\n",
        Header + "\nP001,mumbai,mk7\n" + Good + ",extra\n" + Good + "\n",
        Header + "\nP001,mumbaï,mk7,sévère,diary-w0,symptoms,tingling,7,,2026-01-05T09:30:00Z,ärzt,diary\n",
        Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7,,2026-01-05T09:30:00Z,,diary\u00a0\n",
        Header + "\n" + Good,
        Header,
        Header + "\n",
        "",
        "\n\n",
        "participant,event,item,score,recorded_at\n" + Good + "\n",
        "participant,participant,event,instrument,item,value,recorded_at\n",
        "recorded_at,value,item,instrument,event,participant\n2026-01-05T09:30:00Z,7,tingling,symptoms,diary-w0,P002\n2026-01-05T09:30:00Z,,tingling,symptoms,diary-w0,P002\n",
        "\"participant\",event,instrument,item,value,recorded_at\nP1,w0,symptoms,tingling,7,2026-01-05T09:30:00Z\n",
        "participant,event,instrument,item,value,recorded_at\nP1,w0,symptoms,tingling,7,2026-01-05T09:30:00Z\nP1,w0,symptoms,tingling,7,2026-01-05T09:30:00Z\nP2,w0,symptoms,tingling,8,2026-01-05T09:30:00Z\r\n",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_every_case_as_the_text_reader_does(string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        AssertSame(bytes, new MemoryStream(bytes));
        AssertSame(bytes, new TricklingStream(bytes, text.Length));
    }

    [Fact]
    public void Invalid_utf8_becomes_the_same_replacement_characters()
    {
        var bytes = Encoding.ASCII.GetBytes(Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,tingling,7,,2026-01-05T09:30:00Z,X,diary\n")
            .Select(b => b == (byte)'X' ? (byte)0xC3 : b).ToArray();
        AssertSame(bytes, new MemoryStream(bytes));
    }

    [Fact]
    public void A_utf16_file_with_its_byte_order_mark_is_read_as_the_text_reader_reads_it()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Header + "\n" + Good + "\n")).ToArray();
        var rows = AssertSame(bytes, new MemoryStream(bytes));
        Assert.Single(rows);
    }

    [Fact]
    public void A_line_longer_than_the_buffer_is_read_whole()
    {
        var value = new string('x', 3 << 20);
        var text = Header + "\nP001,mumbai,mk7,severe,diary-w0,symptoms,note," + value + ",,2026-01-05T09:30:00Z,,diary\n" + Good + "\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var rows = AssertSame(bytes, new MemoryStream(bytes));
        Assert.Equal(value, rows[0].Value);
    }

    [Fact]
    public void Random_rows_with_random_faults_read_the_same_both_ways()
    {
        var random = new Random(20261125);
        string[] pieces = ["P001", "P002", "", " ", "mk7", "\"q\"", "a\"b", "7", "7.5", "é", "\r", "\n", ",", "2026-01-05T09:30:00Z", "2026-01-05T09:30:00+01:00", "diary", "fax"];
        for (int file = 0; file < 200; file++)
        {
            var text = new StringBuilder(Header).Append('\n');
            for (int row = 0; row < 20; row++)
            {
                var fields = Good.Split(',');
                for (int fault = random.Next(3); fault > 0; fault--)
                {
                    fields[random.Next(fields.Length)] = pieces[random.Next(pieces.Length)];
                }

                text.Append(string.Join(',', fields)).Append(random.Next(4) == 0 ? "\r\n" : "\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            AssertSame(bytes, new TricklingStream(bytes, file));
        }
    }

    private static List<LongRow> AssertSame(byte[] bytes, Stream stream)
    {
        var expected = LongCsvFormat.Read(
            new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true), "data.csv");
        var errors = new List<LongCsvError>();
        var reader = new LongCsvReader(stream, "data.csv", errors);
        var rows = new List<LongRow>();
        while (reader.TryRead(out var row))
        {
            rows.Add(row.ToLongRow());
        }

        Assert.Equal(expected.Errors, errors);
        Assert.Equal(expected.Rows, rows);
        return rows;
    }
}
