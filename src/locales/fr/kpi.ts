import { plural } from '../../chart/messages.js';
import type { KpiMessages } from '../../elements/kpi/kpi.messages.js';

/** French: KpiMessages. */
export const fr: KpiMessages = {
  overview: 'Vue d’ensemble des performances',
  figures: {
    dau: 'Utilisateurs actifs quotidiens',
    mau: 'Utilisateurs actifs mensuels',
    new_users: 'Nouveaux utilisateurs',
    stickiness: 'Stickiness (DAU/MAU)',
    sessions_per_mau: 'Sessions quotidiennes par MAU',
    uninstalls: 'Désinstallations',
  },
  aggregate: {
    dau: 'moyenne par jour',
    mau: 'dernier jour',
    new_users: 'total',
    stickiness: 'moyenne des DAU/MAU quotidiens',
    sessions_per_mau: 'moyenne des sessions/MAU quotidiennes',
    uninstalls: 'total',
  },
  against: (days, mau) =>
    mau
      ? 'par rapport à la veille de la période'
      : `par rapport ${days === 1 ? 'à la veille' : `aux ${plural('fr', days, { one: 'jour', other: 'jours' })} précédents`}`,
  changeWords: (direction, percent) =>
    direction === 'same' ? 'inchangé' : `${direction === 'up' ? 'en hausse de' : 'en baisse de'} ${percent}`,
  notAvailable: 'Non disponible',
  noChange: 'Pas de comparaison',
  noUninstalls:
    'Aucune désinstallation enregistrée : le suivi des désinstallations est peut-être désactivé pour cette app.',
  allApps: 'Toutes les apps',
  app: (id) => `App ${id}`,
  previousPeriod: 'Période précédente',
  thisPeriod: 'Cette période',
  metricInvalid: (value) =>
    `« ${value} » n’est pas un KPI : utilisez dau, mau, new_users, stickiness, sessions_per_mau ou uninstalls.`,
};
