using System.Globalization;
using Myelin.Reports.Model;
using SkiaSharp;

namespace Myelin.Reports.Charts;

/// <summary>
/// The participant flow diagram in the CONSORT layout: assessed, excluded with reasons, enrolled (randomised), then
/// one column per arm with allocation, withdrawals with reasons, completion and the number analysed.
/// </summary>
internal static class FlowChart
{
    private const float Width = 760;
    private const float Gap = 26;
    private const float Pad = 8;
    private const float FontSize = 12.5f;
    private const float LineHeight = 16;

    public static Figure Build(FlowCounts flow)
    {
        var layout = Layout(flow);
        float height = layout.Max(b => b.Y + b.Height) + 10;
        string caption = "Participant flow (CONSORT). Each box gives the number of people at that step; side boxes and bullets give the reasons people left the flow."
            + (flow.Screened is null ? " Screening counts were not available, so the diagram starts at enrolment." : string.Empty);
        return new Figure("flow", "Participant flow", caption, (int)Width, (int)Math.Ceiling(height), (canvas, w, h) => Draw(canvas, layout));
    }

    private static List<Box> Layout(FlowCounts flow)
    {
        var boxes = new List<Box>();
        float y = 8;
        float trunkWidth = 300, trunkX = flow.Arms.Count > 1 ? (Width - trunkWidth) / 2 - 120 : 80;
        trunkX = Math.Max(8, trunkX);
        Box? previous = null;
        if (flow.Screened is { } screened)
        {
            var assessed = Box.Make([$"Assessed for eligibility (n = {N(screened)})"], trunkX, y, trunkWidth);
            boxes.Add(assessed);
            y += assessed.Height + Gap;
            var excludedLines = new List<string> { $"Excluded (n = {N(flow.NotEligibleTotal + flow.NotEnrolledTotal)})" };
            if (flow.NotEligible.Count > 0 || flow.NotEnrolled.Count > 0)
            {
                excludedLines.Add($"Not eligible (n = {N(flow.NotEligibleTotal)})");
                excludedLines.AddRange(flow.NotEligible.Select(r => $"\u2022 {r.Reason} (n = {N(r.Count)})"));
                if (flow.NotEnrolledTotal > 0)
                {
                    excludedLines.Add($"Eligible, not enrolled (n = {N(flow.NotEnrolledTotal)})");
                    excludedLines.AddRange(flow.NotEnrolled.Select(r => $"\u2022 {r.Reason} (n = {N(r.Count)})"));
                }
            }

            float sideX = trunkX + trunkWidth + 40;
            var excluded = Box.Make(excludedLines, sideX, y - 4, Width - sideX - 8) with { Side = true };
            boxes.Add(excluded);
            y += excluded.Height - 4 + Gap;
            previous = assessed;
        }

        string enrolledText = flow.Randomised ? $"Randomised (n = {N(flow.Enrolled)})"
            : flow.Arms.Count == 1 ? $"Enrolled and treated: {flow.Arms[0].Label} (n = {N(flow.Enrolled)})"
            : $"Enrolled (n = {N(flow.Enrolled)})";
        var enrolled = Box.Make([enrolledText], trunkX, y, trunkWidth) with { From = previous };
        boxes.Add(enrolled);
        y += enrolled.Height + Gap;

        int columns = flow.Arms.Count;
        float columnWidth = (Width - 16 - ((columns - 1) * 16)) / columns;
        float boxWidth = Math.Min(columnWidth, 340);
        var rowTops = new float[4];
        var columnBoxes = new List<List<Box>>();
        for (int c = 0; c < columns; c++)
        {
            var arm = flow.Arms[c];
            float x = columns == 1 ? trunkX : 8 + (c * (columnWidth + 16)) + ((columnWidth - boxWidth) / 2);
            float w = columns == 1 ? trunkWidth : boxWidth;
            var list = new List<Box>();
            if (flow.Randomised || columns > 1)
            {
                list.Add(Box.Make([$"Allocated to {arm.Label} (n = {N(arm.Allocated)})"], x, 0, w));
            }

            var followUp = new List<string> { $"Withdrew (n = {N(arm.Withdrawn)})" };
            followUp.AddRange(arm.WithdrawalReasons.Select(r => $"\u2022 {r.Reason} (n = {N(r.Count)})"));
            followUp.Add($"Completed (n = {N(arm.Completed)})");
            if (arm.Ongoing > 0)
            {
                followUp.Add($"Still on study (n = {N(arm.Ongoing)})");
            }

            list.Add(Box.Make(followUp, x, 0, w, boldLines: [0, followUp.Count - (arm.Ongoing > 0 ? 2 : 1)]));
            var analysed = new List<string> { $"Analysed at {flow.AnalysedAt} (n = {N(arm.Analysed)})" };
            if (arm.NotAnalysed.Count > 0)
            {
                analysed.Add($"Not analysed (n = {N(arm.NotAnalysed.Sum(r => r.Count))})");
                analysed.AddRange(arm.NotAnalysed.Select(r => $"\u2022 {r.Reason} (n = {N(r.Count)})"));
            }

            list.Add(Box.Make(analysed, x, 0, w));
            columnBoxes.Add(list);
        }

        // Rows line up across arms: each row starts below the tallest box of the row above.
        int rowsCount = columnBoxes[0].Count;
        for (int r = 0; r < rowsCount; r++)
        {
            rowTops[r] = y;
            float tallest = columnBoxes.Max(list => list[r].Height);
            y += tallest + Gap;
        }

        for (int c = 0; c < columns; c++)
        {
            Box from = enrolled;
            for (int r = 0; r < rowsCount; r++)
            {
                var placed = columnBoxes[c][r] with { Y = rowTops[r], From = from };
                boxes.Add(placed);
                from = placed;
            }
        }

        return boxes;
    }

    private static void Draw(SKCanvas canvas, List<Box> boxes)
    {
        using var regular = new SKFont(BundledFonts.Regular, FontSize);
        using var bold = new SKFont(BundledFonts.Bold, FontSize);
        using var stroke = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsStroke = true, StrokeWidth = 1.3f, IsAntialias = true };
        using var fill = new SKPaint { Color = new SKColor(0xF4, 0xF7, 0xFB), IsAntialias = true };
        using var sideFill = new SKPaint { Color = new SKColor(0xFB, 0xF5, 0xEF), IsAntialias = true };
        using var ink = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true };
        using var arrowHead = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
        var trunk = boxes[0];
        foreach (var box in boxes)
        {
            if (box.Side)
            {
                // The exclusion arrow leaves the trunk between the first two boxes.
                float yMid = box.Y + Math.Min(box.Height / 2, 14);
                float x0 = trunk.X + (trunk.Width / 2);
                canvas.DrawLine(x0, yMid, box.X - 6, yMid, stroke);
                Arrow(canvas, box.X, yMid, horizontal: true, arrowHead);
            }
            else if (box.From is { } from)
            {
                float x0 = from.X + (from.Width / 2), y0 = from.Y + from.Height;
                float x1 = box.X + (box.Width / 2), y1 = box.Y;
                float yBend = y1 - (Gap / 2);
                if (Math.Abs(x0 - x1) < 0.5f)
                {
                    canvas.DrawLine(x0, y0, x1, y1 - 6, stroke);
                }
                else
                {
                    canvas.DrawLine(x0, y0, x0, yBend, stroke);
                    canvas.DrawLine(x0, yBend, x1, yBend, stroke);
                    canvas.DrawLine(x1, yBend, x1, y1 - 6, stroke);
                }

                Arrow(canvas, x1, y1, horizontal: false, arrowHead);
            }

            var rect = new SKRect(box.X, box.Y, box.X + box.Width, box.Y + box.Height);
            canvas.DrawRoundRect(rect, 4, 4, box.Side ? sideFill : fill);
            canvas.DrawRoundRect(rect, 4, 4, stroke);
            float ty = box.Y + Pad + FontSize;
            foreach (var line in box.Lines)
            {
                var font = line.Bold ? bold : regular;
                canvas.DrawText(line.Text, box.X + Pad + line.Indent, ty, SKTextAlign.Left, font, ink);
                ty += LineHeight;
            }
        }
    }

    private static void Arrow(SKCanvas canvas, float x, float y, bool horizontal, SKPaint paint)
    {
        using var path = new SKPath();
        if (horizontal)
        {
            path.MoveTo(x, y);
            path.LineTo(x - 7, y - 4);
            path.LineTo(x - 7, y + 4);
        }
        else
        {
            path.MoveTo(x, y);
            path.LineTo(x - 4, y - 7);
            path.LineTo(x + 4, y - 7);
        }

        path.Close();
        canvas.DrawPath(path, paint);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private sealed record Line(string Text, bool Bold, float Indent);

    private sealed record Box(IReadOnlyList<Line> Lines, float X, float Y, float Width, float Height)
    {
        public bool Side { get; init; }

        public Box? From { get; init; }

        /// <summary>Wraps each text to the box width; the first line (and <paramref name="boldLines"/>) in bold, bullets indented.</summary>
        public static Box Make(List<string> texts, float x, float y, float width, int[]? boldLines = null)
        {
            using var regular = new SKFont(BundledFonts.Regular, FontSize);
            using var bold = new SKFont(BundledFonts.Bold, FontSize);
            var lines = new List<Line>();
            for (int i = 0; i < texts.Count; i++)
            {
                bool isBold = i == 0 || (boldLines?.Contains(i) ?? false);
                bool bullet = texts[i].StartsWith('\u2022');
                float indent = bullet ? 8 : 0;
                foreach (string part in Wrap(texts[i], isBold ? bold : regular, width - (2 * Pad) - indent - (bullet ? 10 : 0)))
                {
                    lines.Add(new Line(part, isBold, lines.Count > 0 && bullet && !part.StartsWith('\u2022') ? indent + 10 : indent));
                }
            }

            return new Box(lines, x, y, width, (2 * Pad) + (lines.Count * LineHeight) - (LineHeight - FontSize) + 4);
        }

        private static IEnumerable<string> Wrap(string text, SKFont font, float width)
        {
            var words = text.Split(' ');
            string current = string.Empty;
            foreach (string word in words)
            {
                string candidate = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && font.MeasureText(candidate) > width)
                {
                    yield return current;
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            if (current.Length > 0)
            {
                yield return current;
            }
        }
    }
}
