using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Myelin.Reports.Charts;

namespace Myelin.Reports.Html;

/// <summary>Builds the report's HTML: every text is encoded; figures are inlined as SVG with their ids made unique.</summary>
internal sealed partial class HtmlWriter
{
    private readonly StringBuilder _sb = new(256 * 1024);

    public HtmlWriter Raw(string html)
    {
        _sb.Append(html);
        return this;
    }

    public HtmlWriter Text(string text)
    {
        _sb.Append(WebUtility.HtmlEncode(text));
        return this;
    }

    public HtmlWriter Section(string id, string heading)
    {
        _sb.Append("<section id=\"").Append(id).Append("\">\n<h2>").Append(WebUtility.HtmlEncode(heading)).Append("</h2>\n");
        return this;
    }

    public HtmlWriter EndSection() => Raw("</section>\n");

    public HtmlWriter H3(string text, string? id = null)
    {
        _sb.Append(id is null ? "<h3>" : $"<h3 id=\"{id}\">").Append(WebUtility.HtmlEncode(text)).Append("</h3>\n");
        return this;
    }

    public HtmlWriter P(string text, string? cssClass = null)
    {
        _sb.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(WebUtility.HtmlEncode(text)).Append("</p>\n");
        return this;
    }

    public HtmlWriter List(IEnumerable<string> items)
    {
        _sb.Append("<ul>\n");
        foreach (string item in items)
        {
            _sb.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>\n");
        }

        return Raw("</ul>\n");
    }

    /// <summary>A table; a row whose only cell starts with "§" is a sub-heading spanning the table.</summary>
    public HtmlWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string? caption = null, string? cssClass = null)
    {
        _sb.Append(cssClass is null ? "<table>\n" : $"<table class=\"{cssClass}\">\n");
        if (caption is not null)
        {
            _sb.Append("<caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption>\n");
        }

        _sb.Append("<thead><tr>");
        foreach (string h in headers)
        {
            _sb.Append("<th scope=\"col\">").Append(WebUtility.HtmlEncode(h)).Append("</th>");
        }

        _sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            if (row.Count == 1 && row[0].StartsWith('§'))
            {
                _sb.Append("<tr class=\"group\"><th colspan=\"").Append(headers.Count).Append("\" scope=\"rowgroup\">")
                    .Append(WebUtility.HtmlEncode(row[0][1..])).Append("</th></tr>\n");
                continue;
            }

            _sb.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                _sb.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(WebUtility.HtmlEncode(row[i])).Append(i == 0 ? "</th>" : "</td>");
            }

            _sb.Append("</tr>\n");
        }

        return Raw("</tbody>\n</table>\n");
    }

    private const char Marker = '\u0001';

    /// <summary>Where figure <paramref name="index"/> goes; replaced by <see cref="PlaceFigures"/>.</summary>
    public HtmlWriter FigureMarker(int index)
    {
        _sb.Append(Marker).Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(Marker);
        return this;
    }

    /// <summary>The document with each figure marker replaced by the figure's inline SVG and caption.</summary>
    public static string PlaceFigures(string html, IReadOnlyList<Figure> figures, IReadOnlyList<string> svgs)
    {
        var sb = new StringBuilder(html.Length + svgs.Sum(s => s.Length + 512));
        int at = 0;
        while (true)
        {
            int open = html.IndexOf(Marker, at);
            if (open < 0)
            {
                sb.Append(html, at, html.Length - at);
                return sb.ToString();
            }

            int close = html.IndexOf(Marker, open + 1);
            int index = int.Parse(html.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture);
            sb.Append(html, at, open - at);
            var figureHtml = new HtmlWriter().Figure(figures[index], svgs[index]);
            sb.Append(figureHtml._sb);
            at = close + 1;
        }
    }

    /// <summary>Inlines a figure's SVG (ids prefixed with the figure name so several SVGs can share the page) with its caption.</summary>
    public HtmlWriter Figure(Figure figure, string svg)
    {
        _sb.Append("<figure id=\"fig-").Append(figure.Name).Append("\">\n<div class=\"chart\" style=\"max-width:")
            .Append(figure.Width).Append("px\">")
            .Append(Scope(svg, figure.Name, figure.Width, figure.Height))
            .Append("</div>\n<figcaption><strong>")
            .Append(WebUtility.HtmlEncode(figure.Title)).Append(".</strong> ")
            .Append(WebUtility.HtmlEncode(figure.Caption))
            .Append(" (figures/").Append(figure.Name).Append(".png, .svg)</figcaption>\n</figure>\n");
        return this;
    }

    public override string ToString() => _sb.ToString();

    /// <summary>Makes the SVG scale to its container and its ids unique on the page.</summary>
    internal static string Scope(string svg, string prefix, int width, int height)
    {
        string scoped = IdAttribute().Replace(svg, m => $"id=\"{prefix}-{m.Groups[1].Value}\"");
        scoped = UrlReference().Replace(scoped, m => $"url(#{prefix}-{m.Groups[1].Value})");
        scoped = HrefReference().Replace(scoped, m => $"{m.Groups[1].Value}=\"#{prefix}-{m.Groups[2].Value}\"");
        int open = scoped.IndexOf("<svg", StringComparison.Ordinal);
        if (open < 0)
        {
            return scoped;
        }

        int end = scoped.IndexOf('>', open);
        bool hasViewBox = end > open && scoped.AsSpan(open, end - open).Contains("viewBox", StringComparison.Ordinal);
        string extra = " role=\"img\" preserveAspectRatio=\"xMidYMid meet\" style=\"width:100%;height:auto\""
            + (hasViewBox ? string.Empty : $" viewBox=\"0 0 {width} {height}\"");
        return scoped.Insert(open + 4, extra);
    }

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("url\\(#([^)]+)\\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
