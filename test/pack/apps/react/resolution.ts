// Checked under moduleResolution node10 (tsconfig.node10.json), which ignores package.json "exports" (typesVersions
// must serve every subpath), and node16 (tsconfig.node16.json, ESM: "exports" with types conditions). Every
// import must resolve; the @ts-expect-error lines prove the types are real.
import { configureClient, type BrazePointSelectDetail } from 'braze-charts';
import { BrazeSegmentTrend } from 'braze-charts/segment-trend';
import { BrazeSessionChart } from 'braze-charts/session-chart';
import { BrazeSendBreakdown } from 'braze-charts/send-breakdown';
import { de } from 'braze-charts/locales/de';
import { fr } from 'braze-charts/locales/fr';
import { SegmentTrend } from 'braze-charts/react';
import { isBrazeElement } from 'braze-charts/vue';
import { getClient } from 'braze-charts/data';
import type { ParamsOf } from 'braze-charts/api';
import type { ProxyConfig } from 'braze-charts/proxy';
import { configureClient as configureCdnClient } from 'braze-charts/cdn';
import { BrazeSegmentTrend as CdnSegmentTrend } from 'braze-charts/cdn/segment-trend';

export const used = [BrazeSegmentTrend, BrazeSessionChart, BrazeSendBreakdown, de, fr, SegmentTrend];
export const index: BrazePointSelectDetail['index'] = 1;
// @ts-expect-error -- the index of a point is a number
export const badIndex: BrazePointSelectDetail['index'] = 'first';
// @ts-expect-error -- isBrazeElement takes a tag name
isBrazeElement(1);
// @ts-expect-error -- a proxy URL is a string
configureClient(42);
// @ts-expect-error -- the CDN file's client is typed as well
configureCdnClient(42);
export const client = getClient('/api/braze');
export type Params = ParamsOf<never>;
export type Config = ProxyConfig;
export const cdnTags = [CdnSegmentTrend];
