// Every story is a test: render it as Storybook would (meta args + story args, story or meta render), wait until
// the chart settles (braze-load, braze-error, or the loading view for the loading stories), then check it
// rendered without uncaught errors and passes axe.
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { installMockProxy } from '../../stories/mock-proxy.js';
import * as segmentTrend from '../../stories/segment-trend.stories.js';
import * as sessionChart from '../../stories/session-chart.stories.js';
import * as sendBreakdown from '../../stories/send-breakdown.stories.js';
import * as kpiOverview from '../../stories/kpi-overview.stories.js';
import * as kpiTrend from '../../stories/kpi-trend.stories.js';
import * as eventTrend from '../../stories/event-trend.stories.js';
import * as purchaseTrend from '../../stories/purchase-trend.stories.js';
import * as campaignBreakdown from '../../stories/campaign-breakdown.stories.js';
import * as canvasBreakdown from '../../stories/canvas-breakdown.stories.js';
import { watchUncaught } from './helpers/fake-fetch.js';

installMockProxy();

type Args = Record<string, unknown>;
type RenderFn = (args: never, context: never) => unknown;
interface StoryLike {
  args?: Args;
  render?: RenderFn;
}
interface MetaLike extends StoryLike {
  title?: string;
  component?: string;
}

const modules = {
  segmentTrend,
  sessionChart,
  sendBreakdown,
  kpiOverview,
  kpiTrend,
  eventTrend,
  purchaseTrend,
  campaignBreakdown,
  canvasBreakdown,
} as unknown as Record<string, Record<string, MetaLike | StoryLike>>;

const SETTLED = '[part~="svg"], [part~="tiles"], [part~="empty"], [part~="error"]';

/** Resolves once the chart shows data, the empty view or the error view (or, for loading stories, the loading view). */
async function settled(el: Element, loadingStory: boolean): Promise<void> {
  const selector = loadingStory ? '[part~="loading"]' : SETTLED;
  const deadline = performance.now() + 8_000;
  while (performance.now() < deadline) {
    if (el.shadowRoot?.querySelector(selector)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`story did not settle (${selector})`);
}

for (const [file, mod] of Object.entries(modules)) {
  const meta = mod.default as MetaLike;
  describe(`stories: ${meta.title ?? file}`, () => {
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default' || typeof story !== 'object' || story === null) continue;
      it(`${name} renders, settles and passes axe`, async function () {
        this.timeout(15_000);
        const args = { ...meta.args, ...story.args };
        const renderStory = (story.render ?? meta.render) as unknown as (
          args: Args,
          context: unknown,
        ) => unknown;
        const context = { args, name, title: meta.title, component: meta.component };
        const uncaught = watchUncaught();
        const host = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
        render(renderStory(args, context) as TemplateResult, host);
        const el = host.querySelector(meta.component ?? 'braze-segment-trend');
        expect(el, 'the story renders its element').to.not.equal(null);
        await settled(el!, /loading/i.test(name));
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        // Let the ResizeObserver frame and any follow-up render run before checking.
        await new Promise(requestAnimationFrame);
        uncaught.stop();
        expect(uncaught.errors, 'uncaught errors').to.deep.equal([]);
        expect(el!.shadowRoot!.childElementCount, 'shadow root content').to.be.greaterThan(0);
        await expect(host).to.be.accessible();
        // The stories load the German and French packs: their stories must not fall back to English words.
        const toggle = el!.shadowRoot!.querySelector('[part="table-toggle"]');
        const words = { de: 'Als Tabelle anzeigen', fr: 'Afficher sous forme de tableau' } as Record<
          string,
          string
        >;
        const expected = words[String(args.locale).slice(0, 2)];
        if (expected && toggle) expect(toggle.textContent!.trim()).to.equal(expected);
      });
    }
  });
}
