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
  const emit =
    (at: Exclude<LogLevel, 'silent'>) =>
    (msg: string, details: Record<string, unknown> = {}) => {
      if (LOG_LEVELS.indexOf(at) < LOG_LEVELS.indexOf(level)) return;
      const line = { ts: now().toISOString(), level: at, msg };
      write(JSON.stringify(Object.assign({ ...line }, details, line)), at); // ts, level, msg: first, not overridden
    };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Wraps `logger` so that no message or detail can carry `secret`, whatever a caller passes. */
export function redactingLogger(logger: ProxyLogger, secret: string | undefined): ProxyLogger {
  if (!secret) return logger;
  const redact = (text: string) => text.split(secret).join('[redacted]');
  // Details are mostly flat primitives: only objects are serialised to be searched.
  const clean = (value: unknown) =>
    typeof value === 'string'
      ? value.includes(secret)
        ? redact(value)
        : value
      : typeof value === 'object' && value !== null && JSON.stringify(value).includes(secret)
        ? (JSON.parse(redact(JSON.stringify(value))) as unknown)
        : value;
  const wrap = (write: ProxyLogger['info']) => (message: string, details?: Record<string, unknown>) =>
    write(
      redact(message),
      details && Object.fromEntries(Object.entries(details).map(([k, v]) => [k, clean(v)])),
    );
  return { info: wrap(logger.info), warn: wrap(logger.warn), error: wrap(logger.error) };
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
