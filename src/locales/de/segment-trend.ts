import { plural } from '../../chart/messages.js';
import type { SegmentTrendMessages } from '../../elements/segment-trend/segment-trend.messages.js';

/** German: SegmentTrendMessages. */
export const de: SegmentTrendMessages = {
  latestSize: 'Aktuelle Größe',
  changeOver: (days) => `Veränderung über ${plural('de', days, { one: 'Tag', other: 'Tage' })}`,
  sizeOf: (name) => `Größe des Segments ${name}`,
  size: 'Segmentgröße',
  segmentIdRequired: 'Das Attribut segment-id fehlt.',
  detailsFailed: (reason) => `Name und Beschreibung des Segments konnten nicht geladen werden (${reason}).`,
};
