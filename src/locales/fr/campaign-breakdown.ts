import type { CampaignMessages } from '../../elements/campaign-breakdown/campaign-breakdown.messages.js';

/** French: CampaignMessages. */
export const fr: CampaignMessages = {
  funnelTitle: (by) => `Entonnoir par ${by}`,
  funnelSummary: (range, lines) => `Entonnoir, ${range}\u00a0: ${lines}.`,
  noData: 'Aucune statistique de campagne pour cette période.',
  noMetric: (metric) => `Aucune valeur « ${metric} » dans les données de cette campagne.`,
};
