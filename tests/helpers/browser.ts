/**
 * Opens a local HTML file in Debian's headless chromium and measures it over the DevTools protocol
 * (`--remote-debugging-pipe`: JSON messages ended by a NUL byte on file descriptors 3 and 4), with no
 * package beyond Node's own.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** Where Debian installs chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** How to get chromium when it is missing: the same step as .ci/run. */
export const INSTALL_HINT = `chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (Debian's package; .ci/run does this before npm test)`;

/** What the page did in the browser. */
export interface PageFacts {
  /** Height of the laid-out page, CSS px, at a 1280 px wide window. */
  readonly height: number;
  /** Per `<figure>` chart: its SVG's drawn elements and rendered width and height (px). */
  readonly charts: readonly { readonly elements: number; readonly width: number; readonly height: number }[];
  /** Every URL the page requested, the page itself included. */
  readonly requests: readonly string[];
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

const MEASURE = `(() => {
  const charts = [...document.querySelectorAll('figure > svg')].map((svg) => {
    const box = svg.getBoundingClientRect();
    return { elements: svg.querySelectorAll('path, line, rect, text, circle').length, width: box.width, height: box.height };
  });
  return JSON.stringify({ height: document.documentElement.scrollHeight, charts });
})()`;

/** Loads `file` in headless chromium; returns its facts and writes a full-page screenshot to `screenshot`. */
export async function inspectPage(file: string, screenshot: string): Promise<PageFacts> {
  if (!existsSync(CHROMIUM)) throw new Error(INSTALL_HINT);
  const profile = mkdtempSync(path.join(tmpdir(), 'jejaring-chromium-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    '--remote-debugging-pipe',
    '--window-size=1280,1000',
    'about:blank',
  ];
  // Its own process group, so that the helpers it forks (GPU, utility, crash handler) go with it.
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: true });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const waiting = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  const listeners: ((m: Message) => void)[] = [];
  let buffered = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    let end = buffered.indexOf('\0');
    while (end >= 0) {
      const m = JSON.parse(buffered.slice(0, end)) as Message;
      buffered = buffered.slice(end + 1);
      end = buffered.indexOf('\0');
      if (m.id !== undefined && waiting.has(m.id)) {
        const w = waiting.get(m.id)!;
        waiting.delete(m.id);
        if (m.error) w.reject(new Error(`chromium: ${m.error.message}`));
        else w.resolve(m);
      } else for (const l of listeners) l(m);
    }
  });
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`chromium exited (${code}): ${stderr}`))));
  let next = 0;
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) => {
    const id = ++next;
    const reply = new Promise<Message>((resolve, reject) => waiting.set(id, { resolve, reject }));
    toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return Promise.race([reply, exited]).then((m) => m.result ?? {});
  };
  const event = (method: string, sessionId: string) =>
    Promise.race([
      new Promise<Message>((resolve) => listeners.push((m) => m.method === method && m.sessionId === sessionId && resolve(m))),
      exited,
    ]);
  try {
    const { targetInfos } = (await send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
    const page = targetInfos.find((t) => t.type === 'page');
    if (!page) throw new Error('chromium opened no page');
    const { sessionId } = (await send('Target.attachToTarget', { targetId: page.targetId, flatten: true })) as { sessionId: string };
    const requests: string[] = [];
    listeners.push((m) => {
      if (m.method === 'Network.requestWillBeSent' && m.sessionId === sessionId) requests.push((m.params!.request as { url: string }).url);
    });
    await send('Network.enable', {}, sessionId);
    await send('Page.enable', {}, sessionId);
    await send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 1000, deviceScaleFactor: 1, mobile: false }, sessionId);
    const loaded = event('Page.loadEventFired', sessionId);
    await send('Page.navigate', { url: pathToFileURL(file).href }, sessionId);
    await loaded;
    const { result } = (await send('Runtime.evaluate', { expression: MEASURE, returnByValue: true }, sessionId)) as {
      result: { value: string };
    };
    const measured = JSON.parse(result.value) as Omit<PageFacts, 'requests'>;
    const shot = (await send(
      'Page.captureScreenshot',
      { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width: 1280, height: measured.height, scale: 1 } },
      sessionId,
    )) as {
      data: string;
    };
    writeFileSync(screenshot, Buffer.from(shot.data, 'base64'));
    return { ...measured, requests };
  } finally {
    const exit = new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve),
    );
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      child.kill('SIGKILL'); // the group is gone already
    }
    await exit;
    // A helper that outlived the group's kill by a moment can still be writing into the profile
    // (ENOTEMPTY on a busy machine): retry with a growing wait, up to about 20 s in all.
    rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  }
}
