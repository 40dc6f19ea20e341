/** Structured logs: one JSON object per line, a level filter, and a wrapper that keeps the key out. No Node imports. */

/** Where the proxy reports requests (info) and trouble (warn, error). Messages never contain the key. */
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

/** A logger writing one JSON object per line: `{"ts":…,"level":…,"msg":…,…details}`. */
export function createJsonLogger(options: JsonLoggerOptions = {}): ProxyLogger {
  const { level = 'info', now = () => new Date() } = options;
  const write = options.write ?? ((line, at) => console[at === 'info' ? 'log' : at](line));
  const min = LOG_LEVELS.indexOf(level);
  // The time is formatted once per millisecond: a busy proxy writes many lines in each.
  let [last, ts] = [Number.NaN, ''];
  const emit = (at: Exclude<LogLevel, 'silent'>) => {
    if (LOG_LEVELS.indexOf(at) < min) return () => undefined;
    return (msg: string, details: Record<string, unknown> = {}) => {
      const time = now();
      if (time.getTime() !== last) [last, ts] = [time.getTime(), time.toISOString()];
      const line: Record<string, unknown> = { ts, level: at, msg };
      for (const key in details) if (!(key in line)) line[key] = details[key];
      write(JSON.stringify(line), at);
    };
  };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Wraps `logger` so that no message or detail can carry `secret`, whatever a caller passes. */
export function redactingLogger(logger: ProxyLogger, secret: string | undefined): ProxyLogger {
  if (!secret) return logger;
  const redact = (text: string) => (text.includes(secret) ? text.split(secret).join('[redacted]') : text);
  // Details are mostly flat strings and numbers: copied only when one holds the secret.
  const clean = (details?: Record<string, unknown>) => {
    let copy: Record<string, unknown> | undefined;
    for (const key in details) {
      const value = details[key];
      const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
      if (typeof text !== 'string' || !text.includes(secret)) continue;
      (copy ??= { ...details })[key] = text === value ? redact(text) : (JSON.parse(redact(text)) as unknown);
    }
    return copy ?? details;
  };
  return {
    info: (message, details) => logger.info(redact(message), clean(details)),
    warn: (message, details) => logger.warn(redact(message), clean(details)),
    error: (message, details) => logger.error(redact(message), clean(details)),
  };
}

/** FNV-1a 32-bit hash of `text`, as an unsigned integer (not cryptographic: log correlation, mock seeds). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A short, stable stand-in for an id in logs (`#` + 8 hex digits): lines stay correlatable, ids unreadable. */
export const hashId = (value: string): string =>
  `#${hashString(`braze-charts:${value}`).toString(16).padStart(8, '0')}`;

/** The canonical query for a log line; with `redactIds`, the value of every `*_id` param is hashed. */
export function queryForLog(query: URLSearchParams, redactIds: boolean): string {
  if (!redactIds) return query.toString();
  const part = ([key, value]: [string, string]) =>
    `${key}=${key.endsWith('_id') ? hashId(value) : encodeURIComponent(value)}`;
  return [...query].map(part).join('&');
}
