import { plural } from '../../chart/messages.js';
import type { SegmentTrendMessages } from '../../elements/segment-trend/segment-trend.messages.js';

/** French: SegmentTrendMessages. */
export const fr: SegmentTrendMessages = {
  latestSize: 'Taille actuelle',
  changeOver: (days) => `Variation sur ${plural('fr', days, { one: 'jour', other: 'jours' })}`,
  sizeOf: (name) => `Taille du segment ${name}`,
  size: 'Taille du segment',
  segmentIdRequired: 'L’attribut segment-id est obligatoire.',
  detailsFailed: (reason) => `Le nom et la description du segment n’ont pas pu être chargés (${reason}).`,
};
