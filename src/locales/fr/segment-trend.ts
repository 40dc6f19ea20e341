import type { SegmentTrendMessages } from '../../elements/segment-trend/segment-trend.messages.js';

/** French: SegmentTrendMessages. */
export const fr: SegmentTrendMessages = {
  latestSize: 'Taille actuelle',
  changeOver: (days) => `Variation sur ${days} jours`,
  sizeOf: (name) => `Taille du segment ${name}`,
  size: 'Taille du segment',
  segmentIdRequired: 'L’attribut segment-id est obligatoire.',
};
