/**
 * The report page: one HTML file with inline CSS and inline SVG, no scripts and no links to
 * anything outside it, so it opens offline and can be mailed as it is.
 */
import { relativeDiff } from '../compare/output.js';
import type { ComparisonRow } from '../compare/scenarios.js';
import { formatHuman, formatInterval } from '../compare/summary.js';
import { VERSION } from '../version.js';
import { pairLabel } from './data.js';
import type { Labels } from './lang.js';

/** A section of the report: a heading, an explanation, then charts and tables as HTML. */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly body: readonly string[];
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A chart as a figure: the SVG and a caption. */
export function figureHtml(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/** A table; `numeric[c]` right-aligns column c. Cells are escaped. */
export function tableHtml(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const cls = (c: number) => (numeric[c] ? ' class="num"' : '');
  const head = header.map((h, c) => `<th${cls(c)}>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, c) => `<td${cls(c)}>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function percent(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const text = (value * 100).toFixed(1);
  return `${value > 0 && text !== '0.0' ? '+' : ''}${text === '-0.0' ? '0.0' : text}%`;
}

/** Horizon rows of one pair as a table, labelled by `label(metric)`, in the order of `metrics`, in the language of `l`. */
export function horizonTable(
  rows: readonly ComparisonRow[],
  metrics: readonly string[],
  label: (metric: string) => string,
  l: Labels,
): string {
  const picked = metrics.map((m) => rows.find((r) => r.metric === m && r.period === undefined)).filter((r) => r !== undefined);
  const header = ['', 'baseline', 'scenario', 'difference', '95% CI', 'relative', 'better', 'seeds better'].map((h) => l.term(h));
  const body = picked.map((r) => [
    label(r.metric),
    ...[
      formatHuman(r.baselineMean),
      formatHuman(r.scenarioMean),
      formatHuman(r.diff.mean, true),
      formatInterval(r),
      percent(relativeDiff(r)),
    ].map(l.cell),
    l.t(r.better === 'higher' ? 'better' : 'lower'),
    l.t('seedsBetterOf', { wins: r.diff.wins, n: r.diff.n }),
  ]);
  return tableHtml(header, body, [false, true, true, true, true, true, false, true]);
}

/** Rows of each pair, keyed by its label, in the order the pairs first appear. */
export function rowsByPair(rows: readonly ComparisonRow[]): Map<string, ComparisonRow[]> {
  const out = new Map<string, ComparisonRow[]>();
  for (const r of rows) {
    const key = pairLabel(r);
    if (!out.has(key)) out.set(key, []);
    out.get(key)!.push(r);
  }
  return out;
}

const STYLE = `
body{font-family:"DejaVu Sans",Verdana,sans-serif;color:#222;max-width:1000px;margin:2em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}
h3{font-size:1.05em;margin:1.2em 0 .4em}p.lead{color:#555;margin-top:0}nav a{margin-right:1em}
figure{margin:1em 0}figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:.9em}
table{border-collapse:collapse;font-size:.85em;margin:.5em 0 1em;display:block;max-width:100%;overflow-x:auto}th,td{padding:.25em .45em;border-bottom:1px solid #e4e4e4;text-align:left}
th{background:#f4f4f4;vertical-align:bottom;font-size:.95em}td{white-space:nowrap}td:first-child{white-space:normal;min-width:8em}
details{margin:.3em 0}summary{cursor:pointer;font-weight:bold;margin:.4em 0}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.note{color:#777;font-style:italic}
`;

/** The whole page, its fixed text in the language of `l`. */
export function pageHtml(
  lead: readonly string[],
  sections: readonly ReportSection[],
  l: Labels,
  title: string,
  fullNumbers: string,
): string {
  const nav = sections.map((s) => `<a href="#${s.id}">${escapeHtml(s.title)}</a>`).join('\n');
  const body = sections
    .map((s) => `<section id="${s.id}">\n<h2>${escapeHtml(s.title)}</h2>\n<p>${s.intro}</p>\n${s.body.join('\n')}\n</section>`)
    .join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${l.t('htmlLang')}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>jejaring: ${escapeHtml(title.toLowerCase())}</title>`,
    `<style>${STYLE.trim()}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...lead.map((l) => `<p class="lead">${l}</p>`),
    `<nav>${nav}</nav>`,
    body,
    `<footer><p class="note">${escapeHtml(l.t('footer', { version: VERSION, where: fullNumbers }))}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
