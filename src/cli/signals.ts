/**
 * SIGINT and SIGTERM stop a command cleanly: the first one aborts its stop signal (no run is started
 * any more, nothing is left half-written under a final name) and the command exits with 128 plus
 * the signal's number (130, 143); a second one ends the process at once with that code.
 */

const CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** A stop signal for the command, the signal that aborted it, and a way to stop listening. */
export interface Stopper {
  readonly stop: AbortSignal;
  /** The signal received, if any. */
  received(): keyof typeof CODES | undefined;
  /** Exit code for the signal received: 130 for SIGINT, 143 for SIGTERM. */
  exitCode(): number | undefined;
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM until disposed. */
export function stopOnSignals(): Stopper {
  const controller = new AbortController();
  let got: keyof typeof CODES | undefined;
  const handlers = (Object.keys(CODES) as (keyof typeof CODES)[]).map((name) => {
    const handler = () => {
      if (got !== undefined) process.exit(CODES[got]);
      got = name;
      controller.abort();
    };
    process.on(name, handler);
    return () => process.off(name, handler);
  });
  return {
    stop: controller.signal,
    received: () => got,
    exitCode: () => (got === undefined ? undefined : CODES[got]),
    dispose: () => {
      for (const off of handlers) off();
    },
  };
}
