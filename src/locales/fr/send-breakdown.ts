import { plural } from '../../chart/messages.js';
import type { SendMessages } from '../../elements/breakdown/breakdown.messages.js';

/** French: SendMessages. */
export const fr: SendMessages = {
  stats: {
    sent: 'Envois',
    delivery: 'Taux de distribution',
    open: 'Taux d’ouverture',
    click: 'Taux de clics',
    conversion: 'Taux de conversion',
    revenue: 'Chiffre d’affaires',
  },
  rates: { delivery: 'Distribution', open: 'Ouverture', click: 'Clic', conversion: 'Conversion' },
  noSends: 'Aucune statistique d’envoi pour cette période.',
  noMetric: (metric) => `Aucune valeur « ${metric} » dans les données de cet envoi.`,
  available: (list) => `Disponibles\u00a0: ${list}.`,
  allHidden: 'Toutes les séries sont masquées\u00a0: affichez-en une depuis la légende.',
  allHiddenSummary: (title) => `${title}\u00a0: toutes les séries sont masquées.`,
  funnelTitle: (by) => `Entonnoir d’envoi par ${by}`,
  metricTitle: (metric, daily, by) => `${metric}${daily ? ' par jour' : ''} par ${by}`,
  by: { channel: 'canal', variation: 'variante' },
  campaign: (id) => `Campagne ${id}`,
  send: (id) => `Envoi ${id}`,
  notReported: 'non communiqué',
  notReportedPer: (per) => `non communiqué par ${per}`,
  campaignTotal: (count) => `Total de la campagne ${count}`,
  per: { channel: 'canal', variant: 'variante' },
  retention: (days, oldestDay, entirely) =>
    `Braze conserve les statistiques d’envoi ${plural('fr', days, { one: 'jour', other: 'jours' })}\u00a0: ${
      entirely
        ? 'cette période est plus ancienne et n’a donc aucune donnée'
        : `les jours antérieurs au ${oldestDay} n’ont aucune donnée`
    }.`,
  control: (enrolled, conversions) =>
    `Groupe de contrôle\u00a0: ${enrolled} inscrits${conversions === undefined ? '' : `, ${conversions} conversions`} (aucun envoi, non représenté).`,
  unattributed: (metric, per) =>
    `Non attribué\u00a0: ${metric} au niveau de la campagne, que Braze ne communique pas par ${per}.`,
  missing: (steps, channels) => `${steps}\u00a0: non communiqué par ${channels}, non inclus dans ces taux.`,
  impressions: (channels) =>
    `${channels}\u00a0: impressions, pas des envois (les messages in-app sont affichés, pas envoyés).`,
  detailsFailed: (reason) =>
    `Les détails de la campagne n’ont pas pu être chargés (${reason})\u00a0: conversions sans nom.`,
  required: (attribute) => `L’attribut ${attribute} est obligatoire.`,
  badView: (view) => `view doit valoir daily, totals ou funnel, et non « ${view} ».`,
  badGroupBy: (groupBy) => `group-by doit valoir channel ou variation, et non « ${groupBy} ».`,
};
