// The Vue demo: the raw tags in a template (compiled in the browser here; in an app, by @vitejs/plugin-vue with the
// same isCustomElement option). `:length` sets the element's property, `@braze-load` listens to its event.
import { createApp, ref } from 'vue';
import '../src/index.js';
import { isBrazeElement } from '../src/vue/index.js';

const app = createApp({
  setup() {
    const length = ref(30);
    const view = ref<'daily' | 'totals' | 'funnel'>('daily');
    const log = ref<string[]>([]);
    const write = (line: string) => (log.value = [line, ...log.value].slice(0, 8));
    return { length, view, log, write };
  },
  template: `
    <p>
      <label>Days <input type="number" min="1" max="100" v-model.number="length" /></label>
      <label>Send view
        <select v-model="view"><option>daily</option><option>totals</option><option>funnel</option></select>
      </label>
    </p>
    <div class="grid">
      <section class="card">
        <braze-segment-trend proxy-url="/api/braze" segment-id="seg_new_signups" :length="length"
          @braze-load="write('braze-load: segment, ' + $event.detail.data.series.data.length + ' days')"
          @braze-error="write('braze-error: ' + $event.detail.error.kind)"></braze-segment-trend>
      </section>
      <section class="card">
        <braze-session-chart proxy-url="/api/braze" :length="length" variant="line"
          @braze-load="write('braze-load: sessions')"></braze-session-chart>
      </section>
      <section class="card">
        <braze-send-breakdown proxy-url="/api/braze" campaign-id="camp_order_updates" send-id="send_shipped"
          :view="view" @braze-load="write('braze-load: sends (' + view + ')')"></braze-send-breakdown>
      </section>
    </div>
    <h2>Events</h2>
    <div class="log">{{ log.join('\\n') }}</div>`,
});
app.config.compilerOptions.isCustomElement = isBrazeElement;
app.mount('#app');
