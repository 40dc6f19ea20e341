/**
 * The message-table registry. English is built into every module; other languages arrive as locale packs
 * (`braze-charts/locales/de`, or your own through `registerLocale`) so a page pays only for the languages it uses.
 * The registry lives on `globalThis` under a `Symbol.for` key, so a pack loaded as its own CDN file reaches the
 * elements of the full bundle (and two copies of the library share one registry).
 */

/** One language's message tables, by part (`chart`, `frame`, …). A part a pack leaves out falls back to English. */
export type LocaleTables = Readonly<Partial<Record<string, unknown>>>;

/** Fired on `globalThis` when a pack is registered: mounted elements render again in the new words. */
export const LOCALE_EVENT = 'braze-locale';

const REGISTRY = Symbol.for('braze-charts.locales');
/** The packs by lower-case tag, and a count of registrations (so caches keyed by locale notice new words). */
const shared = ((globalThis as { [REGISTRY]?: { packs: Map<string, LocaleTables>; version: number } })[
  REGISTRY
] ??= { packs: new Map(), version: 0 });
const registry = shared.packs;

/** Registers (or replaces) the tables of a language (`de`) or of one regional variant (`pt-BR`). */
export function registerLocaleTables(language: string, tables: LocaleTables): void {
  registry.set(language.toLowerCase(), tables);
  shared.version += 1;
  if (typeof dispatchEvent === 'function') dispatchEvent(new Event(LOCALE_EVENT));
}

/** The registered tag a BCP 47 locale matches: its exact tag, else its primary language; undefined if neither. */
function match(locale: string | undefined): string | undefined {
  const tag = (locale ?? '').toLowerCase().replaceAll('_', '-');
  const primary = tag.split('-')[0] ?? '';
  return registry.has(tag) ? tag : registry.has(primary) ? primary : undefined;
}

/** The language whose words a locale gets: the registered tag it matches, else `en`. */
export function languageOf(locale: string | undefined): string {
  return match(locale) ?? 'en';
}

/** A module's table for a locale: the matching pack's `part`, else the module's English table. */
export function localized<T>(part: string, en: T, locale: string | undefined): T {
  const key = match(locale);
  return ((key && registry.get(key)?.[part]) as T | undefined) ?? en;
}

/** A cache key for "these words in this locale": it changes when a pack is registered. */
export function localeKey(locale: string): string {
  return `${locale}#${shared.version}`;
}
