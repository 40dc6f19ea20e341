import type { CanvasMessages } from '../../elements/canvas-breakdown/canvas-breakdown.messages.js';

const TYPES: Record<string, string> = {
  delay: 'Délai',
  decision_split: 'Embranchement de décision',
  audience_split: 'Répartition d’audience',
  action_paths: 'Parcours d’action',
  experiment_paths: 'Parcours d’expérience',
  user_update: 'Mise à jour utilisateur',
};

/** French: CanvasMessages. */
export const fr: CanvasMessages = {
  metrics: {
    entries: 'Entrées',
    conversions: 'Conversions',
    conversions_by_entry_time: 'Conversions par date d’entrée',
    revenue: 'Chiffre d’affaires',
  },
  stats: {
    entries: 'Entrées',
    conversions: 'Conversions',
    conversionRate: 'Taux de conversion',
    revenue: 'Chiffre d’affaires',
  },
  by: { variant: 'variante', step: 'étape' },
  metricTitle: (metric, daily, by) => `${metric}${daily ? ' par jour' : ''} par ${by}`,
  stepsTitle: 'Étapes du Canvas dans l’ordre du parcours',
  canvas: (name) => `Canvas ${name}`,
  clamped: (max, range) =>
    `Braze exporte au plus ${max} jours d’analyses de Canvas par requête : affichage du ${range}.`,
  deleted: (name) => `${name} (supprimée)`,
  impressions: 'impressions',
  stepType: (type) => TYPES[type] ?? (type ? type.replace(/_/g, ' ') : 'Étape'),
  noSteps: (variant) => `${variant} : groupe de contrôle, aucun message.`,
  conversionsCount: (count) => `${count} conversions`,
  noMetricForSteps: (metric) =>
    `Les étapes d’un Canvas ne rapportent pas « ${metric} » : choisissez conversions ou chiffre d’affaires.`,
  noMetric: (metric) => `Aucune valeur « ${metric} » dans les données de ce Canvas.`,
  noData: 'Aucune analyse de Canvas pour cette période.',
  allHidden: 'Toutes les séries sont masquées : affichez-en une dans la légende.',
  dailySummary: (metric, by, range, total, list) =>
    `${metric} par jour et par ${by}, ${range} : ${total} au total. ${list}.`,
  totalsSummary: (metric, by, range, list) => `${metric} par ${by}, ${range} : ${list}.`,
  stepsSummary: (range, list) => `Étapes du Canvas dans l’ordre du parcours, ${range} : ${list}.`,
  required: (attribute) => `L’attribut ${attribute} est obligatoire.`,
  badView: (view) => `view doit valoir daily, totals ou steps, et non « ${view} ».`,
  badGroupBy: (groupBy) => `group-by doit valoir variant ou step, et non « ${groupBy} ».`,
  badMetric: (metric) =>
    `metric doit valoir entries, conversions, conversions_by_entry_time ou revenue, et non « ${metric} ».`,
  badCurrency: (currency) => `currency doit être un code ISO 4217 comme USD ou EUR, et non « ${currency} ».`,
};
