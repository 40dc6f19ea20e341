import type { CampaignMessages } from '../../elements/campaign-breakdown/campaign-breakdown.messages.js';

/** German: CampaignMessages. */
export const de: CampaignMessages = {
  funnelTitle: (by) => `Trichter nach ${by}`,
  funnelSummary: (range, lines) => `Trichter, ${range}: ${lines}.`,
  noData: 'Keine Kampagnenanalysen für diesen Zeitraum.',
  noMetric: (metric) => `Keine „${metric}“-Werte in den Daten dieser Kampagne.`,
};
