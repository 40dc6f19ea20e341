import { localized } from '../base/messages.js';

/** UI strings of `<braze-segment-trend>`, per language. */
export interface SegmentTrendMessages {
  latestSize: string;
  changeOver: (days: number) => string;
  sizeOf: (name: string) => string;
  size: string;
}

const en: SegmentTrendMessages = {
  latestSize: 'Latest size',
  changeOver: (days) => `Change over ${days} days`,
  sizeOf: (name) => `Size of segment ${name}`,
  size: 'Segment size',
};

const de: SegmentTrendMessages = {
  latestSize: 'Aktuelle Größe',
  changeOver: (days) => `Veränderung über ${days} Tage`,
  sizeOf: (name) => `Größe des Segments ${name}`,
  size: 'Segmentgröße',
};

export const segmentTrendMessages = (locale: string | undefined) => localized({ en, de }, locale);
