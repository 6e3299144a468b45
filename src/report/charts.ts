/**
 * Vega-Lite specifications of the report's charts. Data is inlined and every domain is given in
 * a fixed order, so a scenario keeps its colour across charts and the output never depends on the
 * order data happened to arrive in.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { BarPart, GroupGain, PanelPoint, PathPoint } from './data.js';
import { rupiahAxisExpr, type Labels } from './lang.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const WIDTH = 620;
const CONFIG = {
  font: 'DejaVu Sans, Verdana, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 320 },
  // Bands are faint; their legend swatches should not be.
  legend: { labelFontSize: 11, symbolOpacity: 1, symbolSize: 120 },
};

/** A pair's label on two lines ("a" / "vs b"), so panel headers fit without being cut. */
const PAIR_LINES =
  "indexof(datum.label, ' vs ') < 0 ? datum.label : [slice(datum.label, 0, indexof(datum.label, ' vs ')), slice(datum.label, indexof(datum.label, ' vs ') + 1)]";

/** Axis label format for a quantity: SI prefixes for money and counts, percent for shares. */
export type AxisFormat = '~s' | '+~s' | '+.0%';

/** Axis labels of a quantity: rupiah in the language's short form ("Rp 1,2 jt"), else `format`. */
function axisOf(format: AxisFormat, money: boolean, l: Labels) {
  return money ? { format, labelExpr: rupiahAxisExpr(l.lang, format.startsWith('+')) } : { format };
}

/** Legend and axis text in the language: the label of each value of a nominal field. */
function termsExpr(values: readonly string[], translate: (s: string) => string): string {
  const map = Object.fromEntries(values.map((v) => [v, translate(v)]));
  return `${JSON.stringify(map)}[datum.label] || datum.label`;
}

function legend(title: string | null) {
  return { orient: 'bottom' as const, title, columns: 2, labelLimit: 320 };
}

/**
 * Small multiples: one panel per scenario against its baseline (grey), three panels to a row, each
 * line the mean across seeds with a shaded 95% band. Seventeen scenarios on one chart would share
 * ten colours and their bands would merge; panels keep two lines each and grow in rows.
 */
export function pathChart(
  points: readonly PanelPoint[],
  panels: readonly string[],
  yTitle: string,
  format: AxisFormat,
  money: boolean,
  l: Labels,
): TopLevelSpec {
  const roles = ['baseline', 'scenario'] as const;
  const color = {
    field: 'role',
    type: 'nominal',
    title: null,
    scale: { domain: roles, range: ['#8c8c8c', '#1f77b4'] },
    // Runs alone have no baseline: a legend would name a line that is not there.
    legend: points.some((p) => p.role === 'baseline')
      ? { orient: 'top', title: null, labelExpr: termsExpr(roles, (r) => l.t(r as (typeof roles)[number])) }
      : null,
  } as const;
  return {
    $schema: SCHEMA,
    config: CONFIG,
    data: { values: points as PanelPoint[] },
    facet: {
      field: 'panel',
      type: 'nominal',
      sort: [...panels],
      title: null,
      header: { labelFontSize: 11, labelAnchor: 'start', labelLimit: 0, labelExpr: PAIR_LINES },
    },
    columns: 3,
    spec: {
      width: 200,
      height: 110,
      encoding: { x: { field: 'day', type: 'quantitative', title: l.t('day') }, color },
      layer: [
        {
          transform: [{ filter: 'datum.low != null' }],
          mark: { type: 'area', opacity: 0.18 },
          encoding: {
            y: { field: 'low', type: 'quantitative', title: yTitle, scale: { zero: false }, axis: axisOf(format, money, l) },
            y2: { field: 'high' },
          },
        },
        { mark: { type: 'line', strokeWidth: 2 }, encoding: { y: { field: 'mean', type: 'quantitative', title: yTitle } } },
      ],
    },
  } as TopLevelSpec;
}

/** Paired differences of one metric over time: one small panel per pair, with a line at zero. */
export function differenceChart(
  points: readonly PathPoint[],
  pairs: readonly string[],
  yTitle: string,
  money: boolean,
  l: Labels,
): TopLevelSpec {
  const x = { field: 'day', type: 'quantitative', title: l.t('day') } as const;
  return {
    $schema: SCHEMA,
    config: CONFIG,
    data: { values: points as PathPoint[] },
    facet: {
      field: 'series',
      type: 'nominal',
      sort: [...pairs],
      title: null,
      header: { labelFontSize: 11, labelAnchor: 'start', labelLimit: 0, labelExpr: PAIR_LINES },
    },
    columns: 3,
    spec: {
      width: 200,
      height: 100,
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y: { datum: 0 } } },
        {
          transform: [{ filter: 'datum.low != null' }],
          mark: { type: 'area', opacity: 0.18, color: '#1f77b4' },
          encoding: { x, y: { field: 'low', type: 'quantitative', title: yTitle, axis: axisOf('+~s', money, l) }, y2: { field: 'high' } },
        },
        {
          mark: { type: 'line', strokeWidth: 2, color: '#1f77b4', point: { size: 14 } },
          encoding: { x, y: { field: 'mean', type: 'quantitative', title: yTitle } },
        },
      ],
    },
  } as TopLevelSpec;
}

/**
 * Change relative to the baseline: one narrow column per group, a row per pair with a dot and its
 * 95% interval. The pairs are named once, on the left, so the chart grows with the number of
 * pairs (height) and of groups (width), never with their product or its square, and needs no legend.
 */
export function gainsChart(gains: readonly GroupGain[], groups: readonly string[], pairs: readonly string[]): TopLevelSpec {
  const y = { field: 'series', type: 'nominal', sort: [...pairs], title: null, axis: { labelLimit: 300 } } as const;
  // Narrow columns: labels that would touch are dropped rather than drawn over each other.
  const x = {
    field: 'rel',
    type: 'quantitative',
    title: null,
    axis: { format: '+.0%', tickCount: 3, labelOverlap: 'greedy', labelSeparation: 4 },
  } as const;
  return {
    $schema: SCHEMA,
    config: CONFIG,
    data: { values: gains as GroupGain[] },
    facet: {
      column: {
        field: 'group',
        type: 'nominal',
        sort: [...groups],
        title: null,
        header: { labelFontSize: 11, labelLimit: 0, labelExpr: "split(datum.label, ' ')" },
      },
    },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 90,
      height: { step: 14 },
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { x: { datum: 0 } } },
        {
          transform: [{ filter: 'datum.low != null' }],
          mark: { type: 'rule', strokeWidth: 2 },
          encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
        },
        { mark: { type: 'point', filled: true, size: 40, opacity: 1 }, encoding: { y, x } },
      ],
    },
  } as TopLevelSpec;
}

/** Stacked horizontal bars: per scenario, the parts of a whole (sales by channel, ties by class). */
export function partsChart(
  parts: readonly BarPart[],
  scenarios: readonly string[],
  order: readonly string[],
  xTitle: string,
  money: boolean,
  l: Labels,
): TopLevelSpec {
  return {
    $schema: SCHEMA,
    config: CONFIG,
    width: WIDTH - 100,
    height: { step: 26 },
    data: { values: parts as BarPart[] },
    transform: [{ calculate: `indexof(${JSON.stringify(order)}, datum.part)`, as: 'rank' }],
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'scenario', type: 'nominal', sort: [...scenarios], title: null },
      x: { field: 'value', type: 'quantitative', stack: 'zero', title: xTitle, axis: axisOf('~s', money, l) },
      color: {
        field: 'part',
        type: 'nominal',
        scale: { domain: [...order], scheme: 'set2' },
        legend: legend(null),
      },
      order: { field: 'rank', type: 'quantitative' },
    },
  } as TopLevelSpec;
}
