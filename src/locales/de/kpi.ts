import { plural } from '../../chart/messages.js';
import type { KpiMessages } from '../../elements/kpi/kpi.messages.js';

/** German: KpiMessages. */
export const de: KpiMessages = {
  overview: 'Leistungsübersicht',
  figures: {
    dau: 'Täglich aktive Nutzer',
    mau: 'Monatlich aktive Nutzer',
    new_users: 'Neue Nutzer',
    stickiness: 'Stickiness (DAU/MAU)',
    sessions_per_mau: 'Tägliche Sitzungen pro MAU',
    uninstalls: 'Deinstallationen',
  },
  aggregate: {
    dau: 'Durchschnitt pro Tag',
    mau: 'letzter Tag',
    new_users: 'Summe',
    stickiness: 'Durchschnitt der täglichen DAU/MAU',
    sessions_per_mau: 'Durchschnitt der täglichen Sitzungen/MAU',
    uninstalls: 'Summe',
  },
  against: (days, mau) =>
    mau
      ? 'ggü. dem Tag vor dem Zeitraum'
      : `ggü. ${days === 1 ? 'dem Vortag' : `den vorigen ${plural('de', days, { one: 'Tag', other: 'Tagen' })}`}`,
  changeWords: (direction, percent) =>
    direction === 'same'
      ? 'unverändert'
      : `${direction === 'up' ? 'gestiegen um' : 'gesunken um'} ${percent}`,
  notAvailable: 'Nicht verfügbar',
  noChange: 'Kein Vergleich',
  noUninstalls:
    'Keine Deinstallationen erfasst: Die Deinstallationsverfolgung ist für diese App womöglich aus.',
  allApps: 'Alle Apps',
  app: (id) => `App ${id}`,
  previousPeriod: 'Vorheriger Zeitraum',
  thisPeriod: 'Dieser Zeitraum',
  metricInvalid: (value) =>
    `„${value}“ ist keine Kennzahl: dau, mau, new_users, stickiness, sessions_per_mau oder uninstalls verwenden.`,
};
