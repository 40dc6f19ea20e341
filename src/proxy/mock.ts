import {
  invalidRequestBody,
  parseQuery,
  segmentDetails,
  segmentDataSeries,
  sendsDataSeries,
  sessionsDataSeries,
  type EndpointDescriptor,
  type ParamsOf,
} from '../api/index.js';
import { findApp, findCampaign, findSegment, MOCK_FAULT_IDS, MOCK_SEGMENTS } from './fixtures.js';
import { adHocCampaign, sendsSeries } from './mock-sends.js';
import { segmentSeries, sessionsSeries } from './mock-series.js';
import {
  campaignDataSeries,
  campaignDetails as campaignDetailsEndpoint,
  campaignList,
  canvasDataSeries,
  canvasDataSummary,
  canvasDetails as canvasDetailsEndpoint,
  canvasList,
  eventCatalog,
  eventDataSeries,
  eventList,
  KPI_ENDPOINTS,
  LIST_PAGE_SIZE,
  nextLink,
  purchaseProductList,
  purchaseQuantitySeries,
  purchaseRevenueSeries,
  segmentList,
} from '../api/index.js';
import { campaignDetails, campaignListEntries, campaignSeries } from './mock-campaigns.js';
import { canvasDetails, canvasListPage, canvasSeries, canvasSummary } from './mock-canvas.js';
import { eventListPage, eventSeries, eventsPage } from './mock-events.js';
import { kpiSeries } from './mock-kpi.js';
import { productListPage, quantitySeries, revenueSeries } from './mock-purchases.js';
import type { MockReply } from './mock-workspace.js';

/**
 * `braze-charts/proxy/mock`: a deterministic mock of Braze's export endpoints, for demos, Storybook and tests. A
 * proxy loads it only in mock mode (`createProxy({ mock: true })`, or with neither key nor endpoint).
 */
export {
  MOCK_APPS,
  MOCK_CAMPAIGNS,
  MOCK_FAULT_IDS,
  MOCK_SEGMENTS,
  MOCK_SENDS,
  type MockApp,
  type MockCampaign,
  type MockChannel,
  type MockFaultId,
  type MockSegment,
} from './fixtures.js';
export { SEND_RETENTION_DAYS } from './mock-sends.js';
import { hashString } from './random.js';
import { endingDay, endingInstant, utcDay } from './time.js';

/** Options of {@link createMockBraze}. */
export interface MockBrazeOptions {
  /**
   * The mock's "now": the default `ending_at`, the end of the 14-day send retention window and the rate-limit
   * reset. A function is read on every request. Default: the wall clock.
   */
  now?: Date | (() => Date);
  /** Simulated latency in milliseconds before each answer (aborts with the request's signal). Default 0. */
  latencyMs?: number;
  /** A path prefix to strip first, e.g. `/api` when the mock stands in for a proxy mounted there. */
  basePath?: string;
}

/** A fetch handler that answers like the Braze REST API, with deterministic data. */
export interface MockBraze {
  fetch(request: Request): Promise<Response>;
}

/** What a route answers: status, serialised body, extra headers. */
interface Answer {
  readonly status: number;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

interface Route {
  answer(query: URLSearchParams, now: Date, url: URL): Answer;
}

const ok = (body: object): Answer => ({ status: 200, body: JSON.stringify({ message: 'success', ...body }) });
const fail = (status: number, message: string, ...errors: string[]): Answer => ({
  status,
  body: JSON.stringify({ message, errors }),
});

/** Canned misbehaviour for the ids in {@link MOCK_FAULT_IDS}. */
function faultAnswer(endpoint: EndpointDescriptor, fault: string): Answer | undefined {
  switch (fault) {
    case MOCK_FAULT_IDS.rateLimited:
      return {
        ...fail(429, 'API rate limit exceeded', `mock fault ${fault}: retry after 1 second`),
        headers: { 'Retry-After': '1' },
      };
    case MOCK_FAULT_IDS.serverError:
      return fail(500, 'Internal Server Error', `mock fault ${fault}`);
    case MOCK_FAULT_IDS.unprocessable:
      return fail(422, 'Unprocessable Entity', `mock fault ${fault}`);
    case MOCK_FAULT_IDS.badJson:
      return { status: 200, body: '{"message": "success", "data": [{"time": "2024-05-01", "size"' };
    case MOCK_FAULT_IDS.badSchema:
      return endpoint === segmentDetails
        ? ok({ name: 42, tags: 'not-a-list' })
        : ok({ data: [{ time: '2024-05-01' }, { time: '2024-05-02', size: -1, sessions: 'many' }] });
    default:
      return undefined;
  }
}

/** A route that validates its query with the endpoint's schema (400 like Braze), then checks fault ids. */
function route<E extends EndpointDescriptor>(
  endpoint: E,
  handler: (params: ParamsOf<E>, now: Date, url: URL) => Answer,
): Route {
  return {
    answer(query, now, url) {
      const parsed = parseQuery(endpoint, query);
      if (!parsed.ok) return { status: 400, body: JSON.stringify(invalidRequestBody(parsed.errors)) };
      const ids = Object.values(parsed.value as Record<string, unknown>);
      for (const id of ids) {
        const fault = typeof id === 'string' ? faultAnswer(endpoint, id) : undefined;
        if (fault) return fault;
      }
      return handler(parsed.value as ParamsOf<E>, now, url);
    },
  };
}

/** A generator's reply as an answer; a next page's cursor goes into `Link`, pointing at the mock's own URL. */
type Generator<E extends EndpointDescriptor> = (
  params: ParamsOf<E>,
  now: Date,
) => MockReply<unknown> & { readonly nextCursor?: string };
const generated = <E extends EndpointDescriptor>(endpoint: E, generate: Generator<E>): [string, Route] => [
  endpoint.path,
  route(endpoint, (params, now, url) => {
    const { status, body, nextCursor } = generate(params, now);
    const link = nextCursor ? { Link: nextLink(url.origin + url.pathname, nextCursor) } : undefined;
    return { status, body: JSON.stringify(body), ...(link ? { headers: link } : {}) };
  }),
];

/** The endpoints of issue 17, each answered by its pure generator (`mock-kpi.ts`, `mock-events.ts`, …). */
const MORE_ROUTES = Object.fromEntries([
  ...Object.entries(KPI_ENDPOINTS).map(([metric, endpoint]) =>
    generated(endpoint, (params, now) => kpiSeries(metric as keyof typeof KPI_ENDPOINTS, params, now)),
  ),
  generated(eventDataSeries, eventSeries),
  generated(eventList, eventListPage),
  generated(eventCatalog, (params) => eventsPage(params)),
  generated(purchaseProductList, productListPage),
  generated(purchaseRevenueSeries, revenueSeries),
  generated(purchaseQuantitySeries, quantitySeries),
  generated(campaignDataSeries, campaignSeries),
  generated(campaignDetailsEndpoint, campaignDetails),
  generated(canvasDataSeries, canvasSeries),
  generated(canvasDataSummary, canvasSummary),
  generated(canvasDetailsEndpoint, canvasDetails),
  generated(canvasList, canvasListPage),
]);

const segmentNotFound = (id: string) => fail(404, 'Segment not found', `segment_id ${id} does not exist`);

const ROUTES: Readonly<Record<string, Route>> = {
  ...MORE_ROUTES,
  [segmentDataSeries.path]: route(segmentDataSeries, (params, now) => {
    const segment = findSegment(params.segment_id);
    if (!segment) return segmentNotFound(params.segment_id);
    return ok({ data: segmentSeries(segment, endingDay(params.ending_at, now), params.length) });
  }),
  [segmentDetails.path]: route(segmentDetails, (params) => {
    const segment = findSegment(params.segment_id);
    if (!segment) return segmentNotFound(params.segment_id);
    const { created_at, updated_at, name, description, text_description, tags, teams } = segment;
    return ok({ created_at, updated_at, name, description, text_description, tags, teams });
  }),
  [sessionsDataSeries.path]: route(sessionsDataSeries, (params, now) => {
    const segment = findSegment(params.segment_id ?? 'seg_all_users');
    if (!segment) return segmentNotFound(params.segment_id ?? '');
    if (!segment.analytics_tracking_enabled) {
      return fail(
        400,
        'Segment does not have analytics tracking enabled',
        `segment_id ${segment.id}: enable analytics tracking on the segment to export its sessions`,
      );
    }
    const appShare = params.app_id
      ? (findApp(params.app_id)?.share ?? 0.05 + (hashString(params.app_id) % 400) / 1000)
      : 1;
    const scope = { segment, appShare, key: `${params.app_id ?? '*'}|${params.segment_id ?? '*'}` };
    const lastDay = endingDay(params.ending_at, now);
    const lastInstant = endingInstant(params.ending_at, now);
    return ok({ data: sessionsSeries(scope, params.unit ?? 'day', lastDay, lastInstant, params.length) });
  }),
  [sendsDataSeries.path]: route(sendsDataSeries, (params, now) => {
    const campaign = findCampaign(params.campaign_id) ?? adHocCampaign(params.campaign_id);
    if (!campaign.is_api_campaign) {
      return fail(
        400,
        'Campaign is not an API campaign',
        `campaign_id ${campaign.id}: send analytics exist only for API campaigns`,
      );
    }
    const lastDay = endingDay(params.ending_at, now);
    const today = utcDay(now.getTime());
    return ok({ data: sendsSeries(campaign, params.send_id, lastDay, params.length, today) });
  }),
  [segmentList.path]: route(segmentList, (params) =>
    ok({
      segments: listPage(MOCK_SEGMENTS, (s) => s.created_at, params.page, params.sort_direction).map((s) => ({
        id: s.id,
        name: s.name,
        analytics_tracking_enabled: s.analytics_tracking_enabled,
        tags: [...s.tags],
      })),
    }),
  ),
  [campaignList.path]: route(campaignList, (params) =>
    ok({
      // Every campaign of the mock workspace (API or not), as `/campaigns/data_series` and `/details` know them.
      campaigns: listPage(campaignListEntries(), (c) => c.last_edited, params.page, params.sort_direction),
    }),
  ),
};

function listPage<T>(items: readonly T[], sortKey: (item: T) => string, page = '0', direction = 'desc'): T[] {
  const sorted = [...items].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  if (direction === 'desc') sorted.reverse();
  const start = Number(page) * LIST_PAGE_SIZE;
  return sorted.slice(start, start + LIST_PAGE_SIZE);
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * Creates a mock Braze REST API: a plain fetch handler (no Node imports; it runs in the browser too) that answers
 * `GET /segments/data_series`, `/segments/details`, `/sessions/data_series`, `/sends/data_series`,
 * `/segments/list`, `/campaigns/list` and every endpoint of `MORE_ENDPOINTS` (KPIs, custom events, purchases,
 * campaigns, Canvas) with Braze-shaped, deterministic bodies. The same request always gets
 * the same body. See `MOCK_SEGMENTS`, `MOCK_CAMPAIGNS`, `MOCK_APPS` and `MOCK_FAULT_IDS` for the fixtures.
 *
 * @example
 * const braze = createMockBraze({ now: new Date('2024-05-10T12:00:00Z') });
 * const res = await braze.fetch(new Request('https://mock.invalid/segments/data_series?segment_id=seg_all_users&length=7'));
 */
export function createMockBraze(options: MockBrazeOptions = {}): MockBraze {
  const { latencyMs = 0, basePath = '' } = options;
  const readNow = (): Date =>
    typeof options.now === 'function' ? options.now() : new Date((options.now ?? new Date()).getTime());

  return {
    async fetch(request) {
      if (latencyMs > 0) await delay(latencyMs, request.signal);
      const answer = answerFor(request, basePath, readNow());
      // Marked as mock data; no X-RateLimit-* headers: it has no quota to report.
      return new Response(request.method === 'HEAD' ? null : answer.body, {
        status: answer.status,
        headers: {
          ...answer.headers,
          'Content-Type': 'application/json; charset=utf-8',
          'X-Braze-Mock': '1',
        },
      });
    },
  };
}

function answerFor(request: Request, basePath: string, now: Date): Answer {
  const url = new URL(request.url);
  const path =
    basePath && url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length) : url.pathname;
  const routeForPath = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  if (!routeForPath) return fail(404, 'Not found', `no endpoint at ${path}`);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { ...fail(405, 'Method not allowed', 'only GET is supported'), headers: { Allow: 'GET, HEAD' } };
  }
  const query = new URLSearchParams(url.search);
  query.delete('api_key');
  return routeForPath.answer(query, now, url);
}
