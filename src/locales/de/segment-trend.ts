import type { SegmentTrendMessages } from '../../elements/segment-trend/segment-trend.messages.js';

/** German: SegmentTrendMessages. */
export const de: SegmentTrendMessages = {
  latestSize: 'Aktuelle Größe',
  changeOver: (days) => `Veränderung über ${days} Tage`,
  sizeOf: (name) => `Größe des Segments ${name}`,
  size: 'Segmentgröße',
  segmentIdRequired: 'Das Attribut segment-id fehlt.',
};
