import { localized } from '../../chart/messages.js';
import type { BrazeRequestError } from '../../data/errors.js';

/** Every UI string of the shared frame, per locale. Element tables extend this shape (see `localized`). */
export interface FrameMessages {
  loading: string;
  empty: string;
  retry: string;
  errorTitle: Record<BrazeRequestError['kind'], string>;
  retryIn: (seconds: number) => string;
  hidden: string;
  showTable: string;
  hideTable: string;
  tableCaption: (title: string) => string;
  date: string;
  category: string;
  series: string;
  count: string;
  export: string;
  downloadCSV: string;
  downloadSVG: string;
  downloadPNG: string;
  keyboardHint: string;
  chart: string;
}

const en: FrameMessages = {
  loading: 'Loading…',
  empty: 'No data for this period.',
  retry: 'Retry',
  errorTitle: {
    config: 'This chart is not set up correctly',
    network: 'Could not reach the analytics service',
    http: 'The analytics service returned an error',
    'rate-limited': 'Too many requests right now',
    validation: 'The analytics service sent data this chart cannot read',
  },
  retryIn: (seconds) => `Try again in ${seconds} s.`,
  hidden: '(hidden)',
  showTable: 'View as table',
  hideTable: 'Hide table',
  tableCaption: (title) => `${title}: data table`,
  date: 'Date',
  category: 'Category',
  series: 'Series',
  count: 'Count',
  export: 'Export',
  downloadCSV: 'Download CSV',
  downloadSVG: 'Download SVG',
  downloadPNG: 'Download PNG',
  keyboardHint:
    'Use the arrow keys to move between points, Home and End to jump to the ends, Enter to select, Escape to leave.',
  chart: 'chart',
};

const de: FrameMessages = {
  loading: 'Wird geladen…',
  empty: 'Keine Daten für diesen Zeitraum.',
  retry: 'Erneut versuchen',
  errorTitle: {
    config: 'Dieses Diagramm ist nicht richtig eingerichtet',
    network: 'Der Analysedienst ist nicht erreichbar',
    http: 'Der Analysedienst hat einen Fehler gemeldet',
    'rate-limited': 'Gerade zu viele Anfragen',
    validation: 'Der Analysedienst hat Daten gesendet, die dieses Diagramm nicht lesen kann',
  },
  retryIn: (seconds) => `In ${seconds} s erneut versuchen.`,
  hidden: '(ausgeblendet)',
  showTable: 'Als Tabelle anzeigen',
  hideTable: 'Tabelle ausblenden',
  tableCaption: (title) => `${title}: Datentabelle`,
  date: 'Datum',
  category: 'Kategorie',
  series: 'Reihe',
  count: 'Anzahl',
  export: 'Exportieren',
  downloadCSV: 'CSV herunterladen',
  downloadSVG: 'SVG herunterladen',
  downloadPNG: 'PNG herunterladen',
  keyboardHint:
    'Mit den Pfeiltasten zwischen Punkten wechseln, Pos1 und Ende springen an die Enden, Eingabe wählt aus, Escape verlässt das Diagramm.',
  chart: 'Diagramm',
};

export { LANGUAGES, languageOf, localized, type Language } from '../../chart/messages.js';

/** The frame's strings for a locale. */
export function frameMessages(locale: string | undefined): FrameMessages {
  return localized({ en, de }, locale);
}

/** The English table (kept for code that has no locale at hand). */
export const messages = en;

/** Headline + detail lines for an error, in words a marketer can act on. */
export function describeError(
  error: BrazeRequestError,
  t: FrameMessages = en,
): { title: string; lines: string[] } {
  const lines = [error.message, ...error.details].filter((line, i, all) => line && all.indexOf(line) === i);
  if (error.retryAfter !== undefined) lines.push(t.retryIn(error.retryAfter));
  return { title: t.errorTitle[error.kind], lines };
}
