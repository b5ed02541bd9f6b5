namespace Corpus.Cli.Html;

/// <summary>The report's one style sheet, written as <c>report.css</c>.</summary>
/// <remarks>
/// Speakers differ by colour (Okabe–Ito), underline pattern and letter; nested statements draw their
/// underlines at different depths; print hides navigation and the details panel and keeps colours.
/// </remarks>
internal static class ReportStyle
{
    public const string Text = """
/* Corpus report */
:root { --ink: #1a1a1a; --muted: #595959; --line: #c8c8c8; --link: #0a4fa8; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--link); }
a:focus-visible, [tabindex]:focus-visible, select:focus-visible, input:focus-visible, button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; z-index: 2; }
header.site { background: #f2f2f2; border-bottom: 1px solid var(--line); }
header.site nav { max-width: 1240px; margin: 0 auto; padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
header.site .home { font-weight: 700; color: var(--ink); }
main { max-width: 1240px; margin: 0 auto; padding: .5rem 1rem 2rem; }
footer.site { max-width: 1240px; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 .5rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
.muted, .evidence, .source { color: var(--muted); }
.meta { color: var(--muted); }
.note { background: #f7f7f7; border-left: 3px solid var(--line); padding: .4rem .75rem; }
code { font-size: .9em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #e2e2e2; }
thead th { border-bottom: 2px solid var(--line); }
.number { text-align: right; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
ul.columns { columns: 18rem; padding-left: 1.2rem; }
ul.counts { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
ul.counts a { display: block; padding: .4rem .8rem; border: 1px solid var(--line); border-radius: 4px; text-decoration: none; color: var(--ink); }
ul.counts strong { font-size: 1.3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }

/* Plots */
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 560px), 1fr)); gap: 1rem 2rem; }
figure.plot { margin: 0; }
figure.plot figcaption { font-weight: 600; margin: .5rem 0; }
figure.plot svg { width: 100%; height: auto; max-width: 820px; }
svg .tick, svg .legend-label, svg .value, svg .cell { font: 13px system-ui, sans-serif; fill: #222; }
svg .row-label { font: 13px system-ui, sans-serif; fill: var(--ink); }
svg a .row-label { fill: var(--link); text-decoration: underline; }
svg .cell.dark { fill: #fff; font-weight: 600; }
svg .axis { stroke: #444; }

/* Speakers: colour (Okabe-Ito), with the text colour their letter needs */
.c0 { --c: #0072B2; --t: rgb(0 114 178 / .13); --on: #fff; }
.c1 { --c: #E69F00; --t: rgb(230 159 0 / .16); --on: #000; }
.c2 { --c: #009E73; --t: rgb(0 158 115 / .14); --on: #000; }
.c3 { --c: #CC79A7; --t: rgb(204 121 167 / .18); --on: #000; }
.c4 { --c: #56B4E9; --t: rgb(86 180 233 / .18); --on: #000; }
.c5 { --c: #D55E00; --t: rgb(213 94 0 / .13); --on: #000; }
.c6 { --c: #F0E442; --t: rgb(240 228 66 / .28); --on: #000; }
.st, .swatch { background: var(--t); border-bottom: 3px solid var(--c); }
/* ... and pattern, so colour is never the only difference */
.p1 { border-bottom-style: dashed; }
.p2 { border-bottom-style: dotted; }
.p3 { border-bottom-style: double; border-bottom-width: 4px; }
.tag, .st::before { font: 700 .68rem/1.2 system-ui, sans-serif; color: var(--on); background: var(--c); padding: 0 .2rem; border-radius: 2px; }

/* The article text: every statement a focusable span */
.reader { display: grid; grid-template-columns: minmax(0, 1fr) 23rem; gap: 1.5rem; align-items: start; }
.article-text { white-space: pre-wrap; overflow-wrap: anywhere; font: 1.05rem/2.3 Georgia, "Times New Roman", serif; max-width: 74ch; }
.st { padding-bottom: 6px; cursor: pointer; }
.st .st { padding-bottom: 3px; }
.st .st .st { padding-bottom: 0; }
.st::before { content: attr(data-tag); vertical-align: super; margin-right: 2px; }
.st-part::before { content: none; }
.st.active { outline: 2px solid #000; outline-offset: 1px; }
.st:focus-visible { outline: 3px solid #000; }
.bp { color: var(--muted); background: repeating-linear-gradient(135deg, #ececec 0 6px, #f8f8f8 6px 12px); }
.bp::before { content: "boilerplate · " attr(data-kind); font: .68rem/1.2 system-ui, sans-serif; color: #fff; background: #595959; padding: 0 .25rem; margin-right: .25rem; border-radius: 2px; }
.ns { font-style: italic; outline: 1px dashed #595959; background: #f1f1f1; }
.ns::after { content: " [not speech: " attr(data-reason) "]"; font: normal .7rem/1.2 system-ui, sans-serif; color: #333; }
.legend ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; }
.swatch { display: inline-block; min-width: 1.6em; text-align: center; font: 700 .8rem/1.4 system-ui, sans-serif; }
.swatch.bp-sample { border: 0; font-weight: 400; background: repeating-linear-gradient(135deg, #ececec 0 6px, #f8f8f8 6px 12px); padding: 0 .3rem; }
.swatch.ns-sample { border: 0; font-weight: 400; font-style: italic; outline: 1px dashed #595959; background: #f1f1f1; padding: 0 .3rem; }
.details-panel { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; border: 1px solid var(--line); border-radius: 4px; padding: .75rem; font-size: .92rem; }
.details-panel .card { border: 0; padding: 0; }

/* Statement cards */
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-radius: 4px; padding: .75rem; }
.card:target, .card:focus { outline: 3px solid #000; }
.card h3 { font-size: 1rem; margin: 0 0 .4rem; }
.card blockquote { margin: 0 0 .5rem; padding-left: .75rem; border-left: 3px solid var(--line); font-family: Georgia, serif; white-space: pre-wrap; }
.card dl { display: grid; grid-template-columns: 6.5rem 1fr; gap: .15rem .5rem; margin: 0; font-size: .9rem; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }

/* Statement lists and threads */
ol.statements { padding-left: 1.5rem; }
ol.statements li { margin: .35rem 0; }
ol.thread ol.thread { border-left: 2px solid var(--line); margin-left: .25rem; }
.act { font: .75rem/1.4 system-ui, sans-serif; border: 1px solid var(--line); border-radius: 3px; padding: 0 .3rem; }

/* The statement table and its filter */
.filter { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; padding: .75rem; background: #f5f5f5; border: 1px solid var(--line); border-radius: 4px; }
.filter label { display: flex; flex-direction: column; font-size: .85rem; }
.filter select { max-width: 16rem; }
.filter[hidden] { display: none; }
#count { font-weight: 600; }
.print-only { display: none; }
/* Fixed column widths: every page of rows is laid out alike, without measuring every cell. */
.statements-table { table-layout: fixed; }
.statements-table th:nth-child(1) { width: 7.5rem; }
.statements-table th:nth-child(2) { width: 11rem; }
.statements-table th:nth-child(3) { width: 7rem; }
.statements-table th:nth-child(5), .statements-table th:nth-child(6) { width: 10rem; }
.statements-table th:nth-child(7) { width: 12rem; }
.statements-table td { overflow-wrap: anywhere; }
.statements-table:focus { outline: none; }

/* Long lists on numbered pages: the pager, and the note that a list goes on elsewhere */
.pager { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 1rem; margin: .75rem 0; }
.pager-links { display: flex; flex-wrap: wrap; gap: .25rem .6rem; }
.pager .current { font-weight: 700; }
.pager-status { color: var(--muted); }
.pager .page-number { width: 5.5em; }
.pager button[aria-disabled="true"] { opacity: .45; cursor: default; }
p.more { color: var(--muted); }

@media (max-width: 900px) {
  .reader { grid-template-columns: 1fr; }
  .details-panel { position: static; max-height: none; }
}

@media print {
  header.site, .skip, .details-panel, .filter, footer.site { display: none; }
  .pager button, .pager-links { display: none; }
  .print-only { display: block; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .reader { display: block; }
  .article-text { max-width: none; line-height: 2.1; }
  .cards { display: block; }
  .card { break-inside: avoid; margin-bottom: .5rem; }
  a { color: inherit; text-decoration: none; }
  .plots { display: block; }
  figure.plot { break-inside: avoid; }
}
""";
}
