/**
 * Vega-Lite to SVG without a browser: compile to Vega, run a headless View (renderer 'none', so
 * no canvas is needed; text widths are estimated, the same on every machine) and serialise.
 * PNGs come from the SVG through resvg, loaded only when asked for.
 */
import { Error as LOG_ERROR, parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

// Vega-Lite's warnings are notes for the spec's author, not for people running scenarios;
// its errors mean a broken chart and must not pass silently.
const quiet = {
  level: () => quiet,
  warn: () => quiet,
  info: () => quiet,
  debug: () => quiet,
  error: (...args: readonly unknown[]): never => {
    throw new Error(args.map(String).join(' '));
  },
};

/** The SVG of a chart; `idPrefix` keeps element ids unique when several SVGs share one page. */
export async function renderSvg(spec: TopLevelSpec, idPrefix: string): Promise<string> {
  const view = new View(parse(compile(spec, { logger: quiet as never }).spec), { renderer: 'none', logLevel: LOG_ERROR });
  try {
    return prefixIds(await view.toSVG(), idPrefix);
  } finally {
    view.finalize();
  }
}

/** Renames `id="x"` to `id="prefix-x"` and every reference to it (`url(#x)`, `href="#x"`). */
export function prefixIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
  if (ids.size === 0) return svg;
  const rename = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  return svg
    .replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_m, id: string) => `href="#${rename(id)}"`);
}

/** Rasterises an SVG at twice its size, with the system's fonts. */
export async function renderPng(svg: string): Promise<Uint8Array> {
  // resvg is a native module: load it only for --png so plain runs never depend on it.
  const mod = (await import('@resvg/resvg-js')) as typeof import('@resvg/resvg-js') & { default?: typeof import('@resvg/resvg-js') };
  const { Resvg } = mod.default ?? mod;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
    font: { loadSystemFonts: true, sansSerifFamily: 'DejaVu Sans', defaultFontFamily: 'DejaVu Sans' },
  });
  return new Uint8Array(resvg.render().asPng());
}
