import type { SessionMessages } from '../../elements/session-chart/session-chart.messages.js';

/** French: SessionMessages. */
export const fr: SessionMessages = {
  title: { day: 'Sessions par jour', hour: 'Sessions par heure' },
  allApps: 'Toutes les apps',
  allUsers: 'Tous les utilisateurs',
  app: (id) => `App ${id}`,
  segment: (id) => `Segment ${id}`,
  total: 'Total des sessions',
  average: { day: 'Moyenne par jour', hour: 'Moyenne par heure' },
  change: 'Variation sur la période précédente',
  noChange: '—',
  thisPeriod: 'Cette période',
  previousPeriod: 'Période précédente',
  sessionsLabel: 'Sessions',
  noData: 'aucune donnée',
  invalidTimeZone: (timeZone) =>
    `time-zone « ${timeZone} » n’est pas un fuseau horaire connu de ce navigateur\u00a0; utilisez un nom IANA comme Europe/Paris.`,
  noAnalytics: {
    title: 'Le suivi analytique est désactivé pour ce segment',
    lines: [
      'Les sessions de ce segment ne peuvent pas être affichées\u00a0: Braze ne communique les sessions que pour les segments dont le suivi analytique est activé.',
      'Activez le suivi analytique du segment dans Braze (Segments › Suivi analytique) pour voir ses sessions.',
    ],
  },
};
