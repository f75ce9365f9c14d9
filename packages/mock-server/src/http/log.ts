/**
 * The sandbox's log: one line per event, never a credential. Every line goes through `redact()`
 * (secret keys, client tokens, webhook secrets, `Authorization`/`Bearer` values), and at most
 * `perMinute` lines are written a minute — past that, one line says how many were left out — so a
 * flood of failing requests cannot flood the log or fill memory behind a slow stdout.
 */

export type LogSink = (line: string) => void;

export interface Logger {
  /** Writes one line (redacted, rate-limited). */
  line(text: string): void;
  /** Writes an unexpected error: its name, message and first stack frames, on one redacted line. */
  error(context: string, error: unknown): void;
}

const CREDENTIAL = /\b(sk|wst|whsec)_[A-Za-z0-9_-]+/g;
const BEARER = /\b(bearer)(\s+)[^\s'",;}\]]+/gi;
const AUTHORIZATION = /\b(authorization)(['"]?\s*[:=]\s*['"]?)(?!\[redacted\]|bearer\b)[^\s'",;}\]]+/gi;

/** `text` with every credential it might hold replaced by `[redacted]`. */
export function redact(text: string): string {
  return text.replace(CREDENTIAL, '$1_[redacted]').replace(BEARER, '$1$2[redacted]').replace(AUTHORIZATION, '$1$2[redacted]');
}

/** One line describing `error`: `Name: message (at frame; at frame)`, causes left out. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1, 4)
    .map((f) => f.trim())
    .filter((f) => f.startsWith('at '));
  return `${error.name}: ${error.message}${frames.length ? ` (${frames.join('; ')})` : ''}`;
}

export function createLogger(sink: LogSink = (line) => console.error(line), perMinute = 30): Logger {
  let windowStart = 0;
  let written = 0;
  let dropped = 0;
  const write = (text: string) => {
    const now = Date.now();
    if (now - windowStart >= 60_000) {
      if (dropped > 0) sink(`[unionkit-mock] ${dropped} more log lines in the last minute were left out`);
      windowStart = now;
      written = 0;
      dropped = 0;
    }
    if (written >= perMinute) {
      dropped++;
      return;
    }
    written++;
    sink(`[unionkit-mock] ${redact(text).replace(/[\r\n]+/g, ' ')}`);
  };
  return {
    line: write,
    error: (context, error) => write(`${context}: ${describeError(error)}`),
  };
}
