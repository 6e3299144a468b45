import { describe, expect, it } from 'vitest';
import { COHORTS } from '../../src/compare/cohorts.js';
import { SALES_CHANNELS, TIE_CLASSES, WHO_GAINS } from '../../src/compare/groups.js';
import { RANKED_HEADER } from '../../src/compare/ranking.js';
import { pathChart } from '../../src/report/charts.js';
import type { PanelPoint } from '../../src/report/data.js';
import { horizonTable } from '../../src/report/html.js';
import { dictionary, formatRupiah, indonesianTerms, LABEL_KEYS, labelsFor, LANGS } from '../../src/report/lang.js';
import { renderSvg } from '../../src/report/render.js';
import { compareScenarios, type RunSet } from '../../src/compare/scenarios.js';
import { parseMetrics } from '../../src/compare/runs.js';

describe('the report dictionary', () => {
  it('has every key in both languages, none empty', () => {
    for (const lang of LANGS) {
      const dict = dictionary(lang);
      expect(Object.keys(dict).sort()).toEqual([...LABEL_KEYS].sort());
      for (const key of LABEL_KEYS) expect(dict[key].trim(), `${lang}.${key}`).not.toBe('');
    }
    // A label left in English would pass the check above: the two dictionaries differ in most keys.
    const same = LABEL_KEYS.filter((k) => dictionary('en')[k] === dictionary('id')[k]);
    expect(same).toEqual([]);
  });

  it('translates every name the comparison shows in the report: cohorts, groups, channels, ranked headers', () => {
    const names = [
      ...COHORTS.flatMap((c) => [c.label, c.short]),
      ...WHO_GAINS.map((g) => g.label),
      ...SALES_CHANNELS.map((g) => g.label),
      ...TIE_CLASSES.map((g) => g.label),
      ...RANKED_HEADER,
    ];
    const terms = indonesianTerms();
    expect(names.filter((n) => !(n in terms) || terms[n].trim() === '')).toEqual([]);
  });

  it('writes rupiah as "Rp 1.2 M" in English and "Rp 1,2 jt" in Indonesian', () => {
    expect(formatRupiah(1_200_000, 'en')).toBe('Rp 1.2 M');
    expect(formatRupiah(1_200_000, 'id')).toBe('Rp 1,2 jt');
    expect(formatRupiah(64_000, 'en', true)).toBe('+Rp 64 k');
    expect(formatRupiah(64_000, 'id', true)).toBe('+Rp 64 rb');
    expect(formatRupiah(-2_500_000_000, 'id')).toBe('\u2212Rp 2,5 M');
    expect(formatRupiah(950, 'id')).toBe('Rp 950');
  });

  it('writes numbers in table cells with Indonesian separators, scenario-free text translated', () => {
    const id = labelsFor('id');
    expect(id.cell('+1,234.5 to -20,000')).toBe('+1.234,5 s.d. -20.000');
    expect(id.cell('no data')).toBe('tidak ada data');
    expect(labelsFor('en').cell('+1,234.5 to -20,000')).toBe('+1,234.5 to -20,000');
  });
});

describe('a report in Indonesian', () => {
  const points: PanelPoint[] = [30, 60].flatMap((day) =>
    (['baseline', 'scenario'] as const).map((role) => ({
      panel: 'a vs b',
      role,
      series: role,
      metric: 'income_mean',
      day,
      mean: role === 'baseline' ? 1_200_000 : 1_400_000,
      low: null,
      high: null,
    })),
  );

  it('labels the chart axes and legend in Indonesian and writes rupiah as "jt"', async () => {
    const id = labelsFor('id');
    const svg = await renderSvg(pathChart(points, ['a vs b'], id.t('rpMonth'), '~s', true, id), 'x');
    expect(svg).toContain('>hari<');
    expect(svg).toContain('>Rp per bulan<');
    expect(svg).toContain('>dasar<');
    expect(svg).toMatch(/>Rp 1,\d+ jt</);
    const en = labelsFor('en');
    const svgEn = await renderSvg(pathChart(points, ['a vs b'], en.t('rpMonth'), '~s', true, en), 'x');
    expect(svgEn).toMatch(/>Rp 1\.\d+ M</);
    expect(svgEn).toContain('>day<');
  });

  it('heads tables in Indonesian', () => {
    const csv = (k: number) =>
      parseMetrics(`period,day,days,partial,income_mean\n0,0,0,0,\n1,30,30,0,${1000 * k}\n2,60,30,0,${1100 * k}\n`, 't');
    const runs: RunSet = new Map([
      [
        'b',
        new Map([
          [1, csv(1)],
          [2, csv(1.1)],
        ]),
      ],
      [
        'a',
        new Map([
          [1, csv(1.2)],
          [2, csv(1.25)],
        ]),
      ],
    ]);
    const rows = compareScenarios(runs, [{ scenario: 'a', baseline: 'b' }]);
    const html = horizonTable(rows, ['income_mean'], (m) => m, labelsFor('id'));
    expect(html).toContain('<th class="num">selisih</th>');
    expect(html).toContain('2 dari 2');
    expect(html).toContain('lebih tinggi');
    expect(html).toMatch(/\d\.\d{3}</);
  });
});
