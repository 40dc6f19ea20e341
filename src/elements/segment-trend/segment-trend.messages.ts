import { plural } from '../../chart/messages.js';
import { localized } from '../base/messages.js';

/** UI strings of `<braze-segment-trend>`, per language. */
export interface SegmentTrendMessages {
  latestSize: string;
  changeOver: (days: number) => string;
  sizeOf: (name: string) => string;
  size: string;
  segmentIdRequired: string;
  /** The details request failed (`reason`: the error's headline); the chart is titled with the id. */
  detailsFailed: (reason: string) => string;
}

const en: SegmentTrendMessages = {
  latestSize: 'Latest size',
  changeOver: (days) => `Change over ${plural('en', days, { one: 'day', other: 'days' })}`,
  sizeOf: (name) => `Size of segment ${name}`,
  size: 'Segment size',
  segmentIdRequired: 'The segment-id attribute is required.',
  detailsFailed: (reason) => `The segment's name and description could not be loaded (${reason}).`,
};

export const segmentTrendMessages = (locale: string | undefined) => localized('segmentTrend', en, locale);
