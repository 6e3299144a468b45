/**
 * Vega-Lite specifications of the report's charts. Data is inlined and every domain is given in
 * a fixed order, so a scenario keeps its colour across charts and the output never depends on the
 * order data happened to arrive in.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { BarPart, GroupGain, PathPoint } from './data.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const WIDTH = 620;
const CONFIG = {
  font: 'DejaVu Sans, Verdana, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 320 },
  // Bands are faint; their legend swatches should not be.
  legend: { labelFontSize: 11, symbolOpacity: 1, symbolSize: 120 },
};

/** Axis label format for a quantity: SI prefixes for money and counts, percent for shares. */
export type AxisFormat = '~s' | '+~s' | '+.0%';

function legend(title: string | null) {
  return { orient: 'bottom' as const, title, columns: 2, labelLimit: 320 };
}

/** Lines of the mean across seeds with a shaded 95% band, one colour per series. */
export function pathChart(points: readonly PathPoint[], series: readonly string[], yTitle: string, format: AxisFormat): TopLevelSpec {
  return {
    $schema: SCHEMA,
    config: CONFIG,
    width: WIDTH,
    height: 240,
    data: { values: points as PathPoint[] },
    encoding: {
      x: { field: 'day', type: 'quantitative', title: 'day' },
      color: { field: 'series', type: 'nominal', scale: { domain: [...series] }, legend: legend(null) },
    },
    layer: [
      {
        transform: [{ filter: 'datum.low != null' }],
        mark: { type: 'area', opacity: 0.18 },
        encoding: { y: { field: 'low', type: 'quantitative', title: yTitle, scale: { zero: false }, axis: { format } }, y2: { field: 'high' } },
      },
      { mark: { type: 'line', strokeWidth: 2 }, encoding: { y: { field: 'mean', type: 'quantitative', title: yTitle } } },
    ],
  };
}

/** Paired differences over time, one panel per metric, with a line at zero. */
export function differenceChart(points: readonly PathPoint[], pairs: readonly string[], metrics: readonly string[]): TopLevelSpec {
  const x = { field: 'day', type: 'quantitative', title: 'day' } as const;
  const color = { field: 'series', type: 'nominal', scale: { domain: [...pairs] }, legend: legend(null) } as const;
  return {
    $schema: SCHEMA,
    config: CONFIG,
    data: { values: points as PathPoint[] },
    facet: { row: { field: 'metric', type: 'nominal', sort: [...metrics], title: null, header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top' } } },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: WIDTH,
      height: 180,
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { y: { datum: 0 } } },
        {
          transform: [{ filter: 'datum.low != null' }],
          mark: { type: 'area', opacity: 0.18 },
          encoding: { x, color, y: { field: 'low', type: 'quantitative', title: 'difference', axis: { format: '+~s' } }, y2: { field: 'high' } },
        },
        { mark: { type: 'line', strokeWidth: 2, point: { size: 18 } }, encoding: { x, color, y: { field: 'mean', type: 'quantitative', title: 'difference' } } },
      ],
    },
  } as TopLevelSpec;
}

/**
 * Change relative to the baseline: one small panel per group, a dot per pair with its 95%
 * interval. Panels wrap three to a row, so the chart grows with groups plus pairs, never with
 * their product squared; pairs are named on each panel's axis, so no legend of colours is needed.
 */
export function gainsChart(gains: readonly GroupGain[], groups: readonly string[], pairs: readonly string[]): TopLevelSpec {
  const y = { field: 'series', type: 'nominal', sort: [...pairs], title: null, axis: { labelLimit: 260 } } as const;
  const x = { field: 'rel', type: 'quantitative', title: 'change relative to baseline (95% CI)', axis: { format: '+.0%' } } as const;
  return {
    $schema: SCHEMA,
    config: CONFIG,
    data: { values: gains as GroupGain[] },
    facet: { field: 'group', type: 'nominal', sort: [...groups], title: null, header: { labelFontSize: 12, labelAnchor: 'start' } },
    columns: 3,
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 150,
      height: { step: 12 },
      layer: [
        { mark: { type: 'rule', color: '#888', strokeDash: [4, 3] }, encoding: { x: { datum: 0 } } },
        { transform: [{ filter: 'datum.low != null' }], mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } } },
        { mark: { type: 'point', filled: true, size: 40, opacity: 1 }, encoding: { y, x } },
      ],
    },
  } as TopLevelSpec;
}

/** Stacked horizontal bars: per scenario, the parts of a whole (sales by channel, ties by class). */
export function partsChart(parts: readonly BarPart[], scenarios: readonly string[], order: readonly string[], xTitle: string): TopLevelSpec {
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
      x: { field: 'value', type: 'quantitative', stack: 'zero', title: xTitle, axis: { format: '~s' } },
      color: { field: 'part', type: 'nominal', scale: { domain: [...order], scheme: 'set2' }, legend: legend(null) },
      order: { field: 'rank', type: 'quantitative' },
    },
  } as TopLevelSpec;
}
