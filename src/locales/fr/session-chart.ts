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
  times: (zone) => `Heures de ${zone}`,
  invalidTimeZone: (timeZone) =>
    `time-zone « ${timeZone} » n’est pas un fuseau horaire connu de ce navigateur\u00a0; utilisez un nom IANA comme Europe/Paris.`,
};
