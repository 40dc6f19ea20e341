import type { SessionMessages } from '../../elements/session-chart/session-chart.messages.js';

/** German: SessionMessages. */
export const de: SessionMessages = {
  title: { day: 'Sitzungen pro Tag', hour: 'Sitzungen pro Stunde' },
  allApps: 'Alle Apps',
  allUsers: 'Alle Nutzer',
  app: (id) => `App ${id}`,
  segment: (id) => `Segment ${id}`,
  total: 'Sitzungen gesamt',
  average: { day: 'Durchschnitt pro Tag', hour: 'Durchschnitt pro Stunde' },
  change: 'Veränderung zum Vorzeitraum',
  noChange: '—',
  thisPeriod: 'Dieser Zeitraum',
  previousPeriod: 'Vorzeitraum',
  sessionsLabel: 'Sitzungen',
  times: (zone) => `Zeiten in ${zone}`,
  invalidTimeZone: (timeZone) =>
    `time-zone "${timeZone}" ist keine Zeitzone, die dieser Browser kennt; verwenden Sie einen IANA-Namen wie Europe/Berlin.`,
};
