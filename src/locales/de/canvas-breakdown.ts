import type { CanvasMessages } from '../../elements/canvas-breakdown/canvas-breakdown.messages.js';

const TYPES: Record<string, string> = {
  delay: 'Verzögerung',
  decision_split: 'Entscheidungsweiche',
  audience_split: 'Zielgruppen-Split',
  action_paths: 'Aktionspfade',
  experiment_paths: 'Experimentpfade',
  user_update: 'Nutzer-Update',
};

/** German: CanvasMessages. */
export const de: CanvasMessages = {
  metrics: {
    entries: 'Eintritte',
    conversions: 'Conversions',
    conversions_by_entry_time: 'Conversions nach Eintrittszeit',
    revenue: 'Umsatz',
  },
  stats: {
    entries: 'Eintritte',
    conversions: 'Conversions',
    conversionRate: 'Conversion-Rate',
    revenue: 'Umsatz',
  },
  by: { variant: 'Variante', step: 'Schritt' },
  metricTitle: (metric, daily, by) => `${metric}${daily ? ' pro Tag' : ''} nach ${by}`,
  stepsTitle: 'Canvas-Schritte in Pfadreihenfolge',
  canvas: (name) => `Canvas ${name}`,
  clamped: (max, range) =>
    `Braze exportiert höchstens ${max} Tage Canvas-Analysen pro Anfrage: angezeigt wird ${range}.`,
  deleted: (name) => `${name} (gelöscht)`,
  impressions: 'Impressionen',
  stepType: (type) => TYPES[type] ?? (type ? type.replace(/_/g, ' ') : 'Schritt'),
  noSteps: (variant) => `${variant}: Kontrollgruppe, keine Nachrichten.`,
  conversionsCount: (count) => `${count} Conversions`,
  noMetricForSteps: (metric) =>
    `Canvas-Schritte melden keine „${metric}“: Wählen Sie Conversions oder Umsatz.`,
  noMetric: (metric) => `Keine „${metric}“-Werte in den Daten dieses Canvas.`,
  noData: 'Keine Canvas-Analysen für diesen Zeitraum.',
  allHidden: 'Alle Reihen sind ausgeblendet: Blenden Sie eine in der Legende ein.',
  dailySummary: (metric, by, range, total, list) =>
    `${metric} pro Tag nach ${by}, ${range}: insgesamt ${total}. ${list}.`,
  totalsSummary: (metric, by, range, list) => `${metric} nach ${by}, ${range}: ${list}.`,
  stepsSummary: (range, list) => `Canvas-Schritte in Pfadreihenfolge, ${range}: ${list}.`,
  required: (attribute) => `Das Attribut ${attribute} fehlt.`,
  badView: (view) => `view muss daily, totals oder steps sein, nicht „${view}“.`,
  badGroupBy: (groupBy) => `group-by muss variant oder step sein, nicht „${groupBy}“.`,
  badMetric: (metric) =>
    `metric muss entries, conversions, conversions_by_entry_time oder revenue sein, nicht „${metric}“.`,
  badCurrency: (currency) => `currency muss ein ISO-4217-Code wie USD oder EUR sein, nicht „${currency}“.`,
};
