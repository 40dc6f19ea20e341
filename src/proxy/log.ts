/**
 * Structured logging: one JSON object per line (`ts`, `level`, `msg`, then the details), a level filter, and a
 * redacting wrapper that keeps the key out of every line. No Node imports.
 */

/** Where the proxy reports requests and upstream trouble. Messages never contain the key. */
export interface ProxyLogger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export type LogLevel = 'info' | 'warn' | 'error' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['info', 'warn', 'error', 'silent'];

/** Options of {@link createJsonLogger}. */
export interface JsonLoggerOptions {
  /** Lowest level written. Default `info`. */
  level?: LogLevel;
  /** Receives each line (without a newline). Default: `console.log`, `console.warn` or `console.error`. */
  write?: (line: string, level: Exclude<LogLevel, 'silent'>) => void;
  /** The clock of the `ts` field. */
  now?: () => Date;
}

const consoleWrite = (line: string, level: Exclude<LogLevel, 'silent'>): void => {
  if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
};

/** A logger writing one JSON object per line: `{"ts":…,"level":…,"msg":…,…details}`. */
export function createJsonLogger(options: JsonLoggerOptions = {}): ProxyLogger {
  const { level = 'info', write = consoleWrite, now = () => new Date() } = options;
  const threshold = LOG_LEVELS.indexOf(level);
  const emit =
    (lineLevel: Exclude<LogLevel, 'silent'>) =>
    (msg: string, details: Record<string, unknown> = {}): void => {
      if (LOG_LEVELS.indexOf(lineLevel) < threshold) return;
      const line: Record<string, unknown> = { ts: now().toISOString(), level: lineLevel, msg };
      for (const [key, value] of Object.entries(details)) if (!(key in line)) line[key] = value;
      write(JSON.stringify(line), lineLevel);
    };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Replaces every occurrence of `secret` in `text` (defence in depth: nothing should contain it). */
export function redactSecret(text: string, secret: string | undefined): string {
  return secret && text.includes(secret) ? text.split(secret).join('[redacted]') : text;
}

/** Wraps `logger` so that no message or detail can carry `secret`, whatever a caller passes. */
export function redactingLogger(logger: ProxyLogger, secret: string | undefined): ProxyLogger {
  if (!secret) return logger;
  // Details are mostly flat primitives: only serialise the values that are objects.
  const clean = (details: Record<string, unknown> | undefined) => {
    if (details === undefined) return undefined;
    let copy: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(details)) {
      let cleaned = value;
      if (typeof value === 'string') cleaned = redactSecret(value, secret);
      else if (typeof value === 'object' && value !== null) {
        const text = JSON.stringify(value);
        if (text.includes(secret)) cleaned = JSON.parse(redactSecret(text, secret)) as unknown;
      }
      if (cleaned !== value) (copy ??= { ...details })[key] = cleaned;
    }
    return copy ?? details;
  };
  return {
    info: (message, details) => logger.info(redactSecret(message, secret), clean(details)),
    warn: (message, details) => logger.warn(redactSecret(message, secret), clean(details)),
    error: (message, details) => logger.error(redactSecret(message, secret), clean(details)),
  };
}

/** FNV-1a 32-bit hash of `text`, as an unsigned integer (not cryptographic: log correlation, mock seeds). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A short, stable stand-in for an id in logs (`#` + 8 hex digits): lines stay correlatable, ids unreadable. */
export function hashId(value: string): string {
  return `#${hashString(`braze-charts:${value}`).toString(16).padStart(8, '0')}`;
}

/** The canonical query for a log line; with `redactIds`, the value of every `*_id` param is hashed. */
export function queryForLog(query: URLSearchParams, redactIds: boolean): string {
  if (!redactIds) return query.toString();
  return [...query]
    .map(([key, value]) => `${key}=${key.endsWith('_id') ? hashId(value) : encodeURIComponent(value)}`)
    .join('&');
}
