namespace Myelin.Reports.Html;

/// <summary>The report's inline CSS: screen and print (A4, tables kept whole, figures not split across pages).</summary>
internal static class Stylesheet
{
    public const string Css = """
        :root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --band: #f6f8fa; --warn: #fff4e5; --warn-rule: #d97706; --note: #eef6ff; --note-rule: #2563eb; }
        * { box-sizing: border-box; }
        html { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 15px; color: var(--ink); line-height: 1.45; }
        body { max-width: 980px; margin: 0 auto; padding: 24px 28px 60px; background: #fff; }
        header h1 { font-size: 1.55rem; line-height: 1.25; margin: 0 0 .4rem; }
        header .meta { color: var(--muted); margin: .1rem 0; }
        .kind { display: inline-block; font-size: .8rem; font-weight: bold; letter-spacing: .04em; text-transform: uppercase; color: #fff; background: #0f5c8c; border-radius: 3px; padding: 2px 8px; margin-bottom: .5rem; }
        h2 { font-size: 1.25rem; border-bottom: 2px solid var(--rule); padding-bottom: .2rem; margin: 2.2rem 0 .8rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
        nav ol { columns: 2; margin: .4rem 0; padding-left: 1.4rem; }
        nav a { color: #0f5c8c; text-decoration: none; }
        .caution { background: var(--warn); border-left: 5px solid var(--warn-rule); padding: .6rem .9rem; margin: .8rem 0; }
        .note { background: var(--note); border-left: 5px solid var(--note-rule); padding: .6rem .9rem; margin: .8rem 0; }
        .caution strong, .note strong { display: block; margin-bottom: .15rem; }
        .finding { font-size: 1.05rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .86rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: bold; padding: .2rem 0 .4rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: .28rem .45rem; text-align: right; vertical-align: top; }
        thead th { background: var(--band); border-bottom: 2px solid #8c959f; text-align: right; }
        thead th:first-child, tbody th { text-align: left; font-weight: normal; }
        tr.group th { text-align: left; font-weight: bold; background: var(--band); }
        table.text td { text-align: left; }
        tbody td:nth-child(2) { white-space: nowrap; }
        table.course th[scope=row], table.course td:nth-child(4), table.course td:nth-child(5) { white-space: nowrap; }
        figure { margin: 1rem 0 1.6rem; }
        .chart { margin: 0 auto; }
        .chart svg { display: block; }
        figcaption { color: var(--muted); font-size: .85rem; margin-top: .35rem; }
        dl.methods dt { font-weight: bold; margin-top: .6rem; }
        dl.methods dd { margin: .1rem 0 0 1.2rem; }
        code, .hash { font-family: "DejaVu Sans Mono", monospace; font-size: .82rem; word-break: break-all; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--rule); padding-top: .6rem; }
        @page { size: A4; margin: 16mm 14mm 18mm; }
        @media print {
          html { font-size: 10.5pt; }
          body { max-width: none; padding: 0; }
          nav { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          h3 { break-after: avoid; page-break-after: avoid; }
          figure, table, .caution, .note { break-inside: avoid; page-break-inside: avoid; }
          .chart { max-width: 100% !important; }
          a { color: inherit; }
        }
        """;
}
