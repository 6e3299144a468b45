/**
 * Every label of the report in English and Indonesian (`--lang id`): headings, introductions,
 * captions, axis titles, table headers and the names of groups, cohorts and channels, with the
 * way each language writes numbers and rupiah.
 */

/** Languages of the report. */
export const LANGS = ['en', 'id'] as const;

/** A language of the report. */
export type Lang = (typeof LANGS)[number];

const EN = {
  htmlLang: 'en',
  compareTitle: 'Scenario comparison',
  runTitle: 'Run report',
  fullNumbersCompare: 'comparison.csv next to this file',
  fullNumbersRun: "each run's metrics.csv and agents.csv",
  footer: 'Written by jejaring {version}. Numbers in full: {where}.',
  scenarios: 'Scenarios',
  seed: 'seed',
  seeds: 'seeds',
  compared: 'Compared',
  horizon: 'horizon {days} days',
  nothingCompared: 'Nothing compared: no scenario of these runs has its baseline among them.',
  notInRuns: 'Not in these runs',
  day: 'day',
  baseline: 'baseline',
  scenario: 'scenario',
  rpMonth: 'Rp per month',
  households: 'households',
  ties: 'ties',
  diffRpMonth: 'difference, Rp per month',
  diffHouseholds: 'difference, households',
  incomeTitle: 'Income over time',
  incomeIntro:
    'Mean household income per month in each whole period, one panel per scenario (against its baseline in grey, when compared): the line is the mean across seeds, the band its 95% confidence interval.',
  incomeAll: 'All households: mean income (income_mean), Rp per month',
  incomePoor: 'Households poor at the start: mean income (poor_income_mean), Rp per month',
  incomeProducers: 'Households running a home industry at each period end: mean income (producer_income_mean), Rp per month',
  povertyTitle: 'Poverty headcount',
  povertyIntro:
    'Households whose income per capita in a period, per month, is below the poverty line, for each whole period (day 0 has no figure: nothing has been earned yet); band: 95% confidence interval across seeds.',
  povertyCaption: 'Households below the poverty line (poverty_headcount)',
  differenceTitle: 'Difference from the baseline over time',
  differenceIntro: 'How the gap between each scenario and its baseline opens or closes over time.',
  differencePoor: 'Households poor at the start: mean income, Rp per month',
  differencePoverty: 'Poverty headcount, households',
  differenceCaption:
    '{title}: scenario minus baseline in each whole period, paired by seed, one panel per pair; band: 95% confidence interval.',
  salesTitle: 'Sales by channel',
  salesIntro: 'Sales by channel, Rp per month: mean over the whole periods and across seeds.',
  salesCaption: 'Stacked by channel.',
  tiesTitle: 'Ties by class',
  tiesIntro: 'Ties at the end of the run, mean across seeds.',
  tiesCaption: 'Stacked by class: bonding, bridging, linking.',
  allMetricsTitle: 'Every metric over the horizon',
  allMetricsIntro: 'Every column of metrics.csv over its whole periods, compared as in "Who gains"; open a pair to see its table.',
  methodTitle: 'How to read this report',
  rankedTitle: 'Which programme raises poor families\u2019 income most',
  rankedIntro:
    'Programmes only (not shocks or counterfactuals), best first: the change in income per person of the households poor at the start, Rp per month averaged over the run, each household paired with itself in the baseline on the same seed; its 95% confidence interval; how many households the programme was assigned to (mean over seeds); the share of poor households with less income than in the baseline; the effect on the participants themselves and the share of them worse off; what the programme cost per run beyond its baseline\u2019s programmes (manifest.json), the rupiah of income the poor households gained over the run per rupiah spent (seed by seed, with its 95% interval) and the cost per household lifted above the poverty line (\u201cnone lifted\u201d when no household is).',
  rankedNone: 'No programme was compared with a baseline in these runs (scenarios of kind <code>programme</code> only).',
  whoGainsTitle: 'Who gains',
  whoGainsIntro:
    'Each scenario against its baseline on the same seeds, by cohorts fixed before any programme acts: poor at the start, participants as assigned, business owners (and by the owner\u2019s gender), online sellers and producers with only bonding ties at day 0, returning migrants. Income and spending per person are Rp per month averaged over the run (agents.csv); a cohort with no household shows \u201cno data\u201d. Open a pair for its table by cohort and, below it, the village-wide figures of metrics.csv over its whole periods.',
  whoGainsCaption:
    'Change in income per person relative to the baseline, by cohort, with 95% confidence intervals across seeds; one column per cohort.',
  noAgents: 'No agents.csv in these runs: no cohorts to compare.',
  to: 'to',
  noData: 'no data',
  oneSeed: 'n/a (1 seed)',
  costNotStated: 'cost not stated',
  noCost: 'n/a (no cost)',
  noneLifted: 'none lifted',
  seedsBetterOf: '{wins} of {n}',
  better: 'higher',
  lower: 'lower',
} as const;

/** A label's key. */
export type LabelKey = keyof typeof EN;

const ID: Record<LabelKey, string> = {
  htmlLang: 'id',
  compareTitle: 'Perbandingan skenario',
  runTitle: 'Laporan simulasi',
  fullNumbersCompare: 'comparison.csv di samping berkas ini',
  fullNumbersRun: 'metrics.csv dan agents.csv tiap simulasi',
  footer: 'Ditulis oleh jejaring {version}. Angka lengkap: {where}.',
  scenarios: 'Skenario',
  seed: 'benih',
  seeds: 'benih',
  compared: 'Dibandingkan',
  horizon: 'jangka {days} hari',
  nothingCompared: 'Tidak ada perbandingan: tidak ada skenario yang skenario dasarnya ikut dijalankan.',
  notInRuns: 'Tidak ada dalam simulasi ini',
  day: 'hari',
  baseline: 'dasar',
  scenario: 'skenario',
  rpMonth: 'Rp per bulan',
  households: 'rumah tangga',
  ties: 'ikatan',
  diffRpMonth: 'selisih, Rp per bulan',
  diffHouseholds: 'selisih, rumah tangga',
  incomeTitle: 'Pendapatan dari waktu ke waktu',
  incomeIntro:
    'Rata-rata pendapatan rumah tangga per bulan tiap periode penuh, satu panel per skenario (dibandingkan dengan skenario dasarnya, abu-abu): garis adalah rata-rata antar-benih, pita adalah selang kepercayaan 95%.',
  incomeAll: 'Semua rumah tangga: rata-rata pendapatan (income_mean), Rp per bulan',
  incomePoor: 'Rumah tangga miskin di awal: rata-rata pendapatan (poor_income_mean), Rp per bulan',
  incomeProducers: 'Rumah tangga dengan industri rumahan di akhir tiap periode: rata-rata pendapatan (producer_income_mean), Rp per bulan',
  povertyTitle: 'Jumlah rumah tangga miskin',
  povertyIntro:
    'Rumah tangga dengan pendapatan per kapita per bulan di bawah garis kemiskinan, tiap periode penuh (hari 0 tidak punya angka: belum ada pendapatan); pita: selang kepercayaan 95% antar-benih.',
  povertyCaption: 'Rumah tangga di bawah garis kemiskinan (poverty_headcount)',
  differenceTitle: 'Selisih terhadap skenario dasar dari waktu ke waktu',
  differenceIntro: 'Bagaimana jarak antara tiap skenario dan skenario dasarnya melebar atau menyempit.',
  differencePoor: 'Rumah tangga miskin di awal: rata-rata pendapatan, Rp per bulan',
  differencePoverty: 'Jumlah rumah tangga miskin',
  differenceCaption:
    '{title}: skenario dikurangi dasar tiap periode penuh, berpasangan per benih, satu panel per pasangan; pita: selang kepercayaan 95%.',
  salesTitle: 'Penjualan menurut saluran',
  salesIntro: 'Penjualan menurut saluran, Rp per bulan: rata-rata periode penuh dan antar-benih.',
  salesCaption: 'Bertumpuk menurut saluran.',
  tiesTitle: 'Ikatan menurut jenis',
  tiesIntro: 'Ikatan di akhir simulasi, rata-rata antar-benih.',
  tiesCaption: 'Bertumpuk menurut jenis: mengikat, menjembatani, menghubungkan.',
  allMetricsTitle: 'Semua ukuran sepanjang jangka',
  allMetricsIntro:
    'Setiap kolom metrics.csv atas periode penuhnya, dibandingkan seperti pada "Siapa yang untung"; buka satu pasangan untuk melihat tabelnya.',
  methodTitle: 'Cara membaca laporan ini',
  rankedTitle: 'Program mana yang paling menaikkan pendapatan keluarga miskin',
  rankedIntro:
    'Hanya program (bukan guncangan atau kontrafaktual), terbaik lebih dulu: perubahan pendapatan per orang rumah tangga yang miskin di awal, Rp per bulan rata-rata sepanjang simulasi, tiap rumah tangga dipasangkan dengan dirinya di skenario dasar pada benih yang sama; selang kepercayaan 95%; jumlah rumah tangga peserta program (rata-rata antar-benih); bagian rumah tangga miskin yang pendapatannya lebih rendah daripada di skenario dasar; dampak pada peserta sendiri dan bagian peserta yang dirugikan; biaya program per simulasi di atas biaya skenario dasar (manifest.json), rupiah pendapatan yang diperoleh rumah tangga miskin sepanjang simulasi per rupiah biaya (per benih, dengan selang 95%) dan biaya per rumah tangga yang keluar dari garis kemiskinan (\u201ctidak ada yang keluar\u201d bila tidak ada).',
  rankedNone:
    'Tidak ada program yang dibandingkan dengan skenario dasar dalam simulasi ini (hanya skenario berjenis <code>programme</code>).',
  whoGainsTitle: 'Siapa yang untung',
  whoGainsIntro:
    'Tiap skenario dibandingkan dengan skenario dasarnya pada benih yang sama, menurut kelompok yang ditetapkan sebelum program berjalan: miskin di awal, peserta sesuai penugasan, pemilik usaha (dan menurut jenis kelamin pemiliknya), penjual daring dan produsen yang hanya punya ikatan mengikat di hari 0, migran yang pulang. Pendapatan dan belanja per orang dalam Rp per bulan rata-rata sepanjang simulasi (agents.csv); kelompok tanpa rumah tangga ditulis \u201ctidak ada data\u201d. Buka satu pasangan untuk tabel per kelompok dan, di bawahnya, angka seluruh desa dari metrics.csv.',
  whoGainsCaption:
    'Perubahan pendapatan per orang relatif terhadap skenario dasar, menurut kelompok, dengan selang kepercayaan 95% antar-benih; satu kolom per kelompok.',
  noAgents: 'Tidak ada agents.csv dalam simulasi ini: tidak ada kelompok untuk dibandingkan.',
  to: 's.d.',
  noData: 'tidak ada data',
  oneSeed: 't/a (1 benih)',
  costNotStated: 'biaya tidak dinyatakan',
  noCost: 't/a (tanpa biaya)',
  noneLifted: 'tidak ada yang keluar',
  seedsBetterOf: '{wins} dari {n}',
  better: 'lebih tinggi',
  lower: 'lebih rendah',
};

/**
 * Names that come from the comparison in English (cohorts, groups, channels, tie classes, table
 * headers), keyed by the English text; a name missing here is shown in English.
 */
const ID_TERMS: Readonly<Record<string, string>> = {
  'All households': 'Semua rumah tangga',
  'Poor at the start': 'Miskin di awal',
  'Poor at start': 'Miskin di awal',
  'Participants (as assigned)': 'Peserta (sesuai penugasan)',
  Participants: 'Peserta',
  'Business owners at the start': 'Pemilik usaha di awal',
  'Owners at start': 'Pemilik usaha di awal',
  'Women-run businesses at the start': 'Usaha milik perempuan di awal',
  'Women-run at start': 'Milik perempuan di awal',
  'Men-run businesses at the start': 'Usaha milik laki-laki di awal',
  'Men-run at start': 'Milik laki-laki di awal',
  'Selling online at the start': 'Berjualan daring di awal',
  'Online at start': 'Daring di awal',
  'Producers with bonding ties only at the start': 'Produsen dengan ikatan mengikat saja di awal',
  'Bonding-only at start': 'Hanya ikatan mengikat di awal',
  'Returning migrants': 'Migran yang pulang',
  Returnees: 'Migran pulang',
  'Poverty headcount': 'Jumlah rumah tangga miskin',
  'Gini of income': 'Gini pendapatan',
  'Warungs (consignment)': 'Warung (titip jual)',
  'Direct (door to door)': 'Langsung (dari pintu ke pintu)',
  'Culinary market': 'Pasar kuliner',
  Digital: 'Digital',
  Bonding: 'Mengikat',
  Bridging: 'Menjembatani',
  Linking: 'Menghubungkan',
  rank: 'peringkat',
  programme: 'program',
  baseline: 'dasar',
  scenario: 'skenario',
  'effect on the poor (Rp per person per month)': 'dampak pada warga miskin (Rp per orang per bulan)',
  '95% CI': 'SK 95%',
  'participants (households)': 'peserta (rumah tangga)',
  'poor worse off': 'warga miskin dirugikan',
  'effect on participants (Rp per person per month)': 'dampak pada peserta (Rp per orang per bulan)',
  'participants worse off': 'peserta dirugikan',
  'cost per run (Rp)': 'biaya per simulasi (Rp)',
  'poor income gained per Rp spent': 'tambahan pendapatan warga miskin per Rp biaya',
  '95% CI per Rp': 'SK 95% per Rp',
  'cost per household lifted (Rp)': 'biaya per rumah tangga keluar dari kemiskinan (Rp)',
  cohort: 'kelompok',
  households: 'rumah tangga',
  'baseline (Rp per person per month)': 'dasar (Rp per orang per bulan)',
  difference: 'selisih',
  'worse off': 'dirugikan',
  'poor (households), difference': 'miskin (rumah tangga), selisih',
  relative: 'relatif',
  better: 'lebih baik',
  'seeds better': 'benih lebih baik',
};

/** The labels of a language, and its way of writing names and numbers. */
export interface Labels {
  readonly lang: Lang;
  /** A label, with `{name}` replaced by `vars[name]`. */
  readonly t: (key: LabelKey, vars?: Readonly<Record<string, string | number>>) => string;
  /** A name from the comparison (cohort, group, header) in this language. */
  readonly term: (english: string) => string;
  /** A number or interval as the comparison writes it (1,234.5 to 2,000), in this language's separators. */
  readonly cell: (text: string) => string;
}

/** Every label key, for tests. */
export const LABEL_KEYS = Object.keys(EN) as LabelKey[];

/** The dictionary of a language: every key of LABEL_KEYS. */
export function dictionary(lang: Lang): Readonly<Record<LabelKey, string>> {
  return lang === 'id' ? ID : EN;
}

/** Names of the comparison translated into Indonesian, keyed by their English text. */
export function indonesianTerms(): Readonly<Record<string, string>> {
  return ID_TERMS;
}

/** The labels of `lang`. */
export function labelsFor(lang: Lang): Labels {
  const dict = dictionary(lang);
  const t = (key: LabelKey, vars: Readonly<Record<string, string | number>> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  if (lang === 'en') return { lang, t, term: (s) => s, cell: (s) => s };
  const fixed: Readonly<Record<string, string>> = {
    'no data': ID.noData,
    'n/a (1 seed)': ID.oneSeed,
    'cost not stated': ID.costNotStated,
    'n/a (no cost)': ID.noCost,
    'none lifted': ID.noneLifted,
    'n/a': 't/a',
  };
  const cell = (s: string) => fixed[s] ?? swapSeparators(s).replace(/ to /g, ` ${ID.to} `);
  return { lang, t, term: (s) => ID_TERMS[s] ?? s, cell };
}

/** 1,234.5 -> 1.234,5: Indonesian groups thousands with a dot and writes decimals after a comma. */
function swapSeparators(text: string): string {
  return text.replace(/\d[\d,]*(\.\d+)?/g, (n) => n.replace(/[.,]/g, (c) => (c === ',' ? '.' : ',')));
}

const UNITS: Readonly<Record<Lang, readonly (readonly [number, string])[]>> = {
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ],
  id: [
    [1e9, 'M'],
    [1e6, 'jt'],
    [1e3, 'rb'],
  ],
};

/** Rupiah in short form: "Rp 1.2 M" (million) in English, "Rp 1,2 jt" (juta) in Indonesian; up to two significant decimals. */
export function formatRupiah(value: number, lang: Lang, signed = false): string {
  if (!Number.isFinite(value)) return lang === 'id' ? 't/a' : 'n/a';
  const abs = Math.abs(value);
  const unit = UNITS[lang].find(([size]) => abs >= size);
  const scaled = unit ? abs / unit[0] : abs;
  let text = String(Number(scaled.toFixed(scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2)));
  if (lang === 'id') text = text.replace('.', ',');
  const sign = value < 0 ? '\u2212' : signed && value > 0 ? '+' : '';
  return `${sign}Rp ${text}${unit ? ` ${unit[1]}` : ''}`;
}

/**
 * The same short form as a Vega expression of `datum.value`, for the axes of money charts, so the
 * chart labels and the tables write rupiah alike.
 */
export function rupiahAxisExpr(lang: Lang, signed = false): string {
  const v = 'datum.value';
  const num = (div: number) => {
    const s = `abs(${v}) / ${div}`;
    const digits = `(${s} >= 100 ? format(${s}, '.0f') : ${s} >= 10 ? format(${s}, '.1~f') : format(${s}, '.2~f'))`;
    return lang === 'id' ? `replace(${digits}, '.', ',')` : digits;
  };
  const sign = `(${v} < 0 ? '\u2212' : ${signed ? `${v} > 0 ? '+' : ''` : "''"})`;
  let expr = `${sign} + 'Rp ' + ${num(1)}`;
  for (const [size, name] of [...UNITS[lang]].reverse()) {
    expr = `abs(${v}) >= ${size} ? ${sign} + 'Rp ' + ${num(size)} + ' ${name}' : (${expr})`;
  }
  return expr;
}
