import { localized } from '../base/messages.js';

/** UI strings of `<braze-segment-trend>`, per language. */
export interface SegmentTrendMessages {
  latestSize: string;
  changeOver: (days: number) => string;
  sizeOf: (name: string) => string;
  size: string;
  segmentIdRequired: string;
}

const en: SegmentTrendMessages = {
  latestSize: 'Latest size',
  changeOver: (days) => `Change over ${days} days`,
  sizeOf: (name) => `Size of segment ${name}`,
  size: 'Segment size',
  segmentIdRequired: 'The segment-id attribute is required.',
};

export const segmentTrendMessages = (locale: string | undefined) => localized('segmentTrend', en, locale);
