import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vue from '@vitejs/plugin-vue';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

/**
 * The package as users get it: `npm pack`, then the tarball installed into fresh apps in a temp dir — a browser-only
 * page (the README's quick start), React 19 + TS, Vue 3 + TS and a proxy server — each with only the dependencies
 * the README tells that user to install. Type-checked (Vue with `strictTemplates`; typos and wrong values must be
 * errors), built with Vite, and loaded in Chromium against the installed `braze-charts-proxy` in mock mode.
 *
 * The apps' own dependencies are pinned to the versions in this repo's node_modules, so `npm install
 * --prefer-offline` finds them in the npm cache `npm ci` filled; the toolchain (typescript, vue-tsc, vite,
 * @vitejs/plugin-vue) is this repo's, run on the app's directory, which resolves every import from the app's own
 * node_modules. Needs `npm run build` first (npm test runs it before this).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APPS = join(ROOT, 'test/pack/apps');
/** Packages a browser-only install must not pull in (proxy and React only). */
const NOT_FOR_BROWSER_ONLY = [
  'hono',
  '@hono/node-server',
  'lru-cache',
  '@redis/client',
  '@lit/react',
  'react',
  '@types/react',
  'csstype',
  '@lit-labs/ssr',
];

const repoVersion = async (name: string) =>
  `${JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version}`;

interface Run {
  code: number | null;
  output: string;
}

/** Runs a command to its end (at most `ms`), stdout and stderr together. */
function run(command: string, args: string[], cwd: string, ms = 120_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${command} ${args.join(' ')} took over ${ms} ms:\n${output}`));
    }, ms);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * The environment without a Braze key and without the variables npm gives a script (npm test runs this), which
 * would point npm at this repo (`npm_config_local_prefix`, …); the user's cache, registry and npmrc stay.
 */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_(?!config_(cache|registry|userconfig)$)|BRAZE_|NODE_ENV$|INIT_CWD$)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

async function ok(command: string, args: string[], cwd: string): Promise<string> {
  const { code, output } = await run(command, args, cwd);
  assert.equal(code, 0, `${command} ${args.join(' ')} in ${cwd} failed:\n${output}`);
  return output;
}

const tsc = (project: string) =>
  ok(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], ROOT);
const vueTsc = (project: string) =>
  ok(process.execPath, [join(ROOT, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', project], ROOT);

/** The installed packages under `dir/node_modules` (nested ones too), by name. */
async function installed(dir: string): Promise<string[]> {
  const names: string[] = [];
  async function walk(modules: string): Promise<void> {
    for (const entry of await readdir(modules, { withFileTypes: true }).catch(() => [])) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      if (entry.name.startsWith('@')) {
        for (const scoped of await readdir(join(modules, entry.name))) {
          names.push(`${entry.name}/${scoped}`);
          await walk(join(modules, entry.name, scoped, 'node_modules'));
        }
      } else {
        names.push(entry.name);
        await walk(join(modules, entry.name, 'node_modules'));
      }
    }
  }
  await walk(join(dir, 'node_modules'));
  return names;
}

/** Bytes on disk under `path` (files only, apparent size). */
async function bytes(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await bytes(join(path, entry));
  return total;
}

/** Waits until `pattern` shows up in what `read` returns (at most `ms`). */
async function waitFor(read: () => string, pattern: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

/** What the static server serves: directories by first path segment, and extra headers for some of them. */
interface Site {
  dirs: Record<string, string>;
  headers: Record<string, Record<string, string>>;
}

/** Serves `site` on 127.0.0.1 and forwards `/api/braze/…` to the proxy, as a dev server's proxy would. */
function staticServer(site: Site, proxyOrigin: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/braze/')) {
      void fetch(`${proxyOrigin}${url.pathname}${url.search}`).then(async (answer) => {
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
        res.end(Buffer.from(await answer.arrayBuffer()));
      });
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const [, name = '', ...rest] = url.pathname.split('/');
    const dir = site.dirs[name];
    const file = rest.join('/') || 'index.html';
    if (!dir || file.includes('..')) {
      res.writeHead(404).end();
      return;
    }
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      ...site.headers[name],
    };
    readFile(join(dir, file)).then(
      (body) => res.writeHead(200, headers).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The first ```html (or plain ```) block after `marker` in the README. */
async function readmeBlock(marker: string, language = 'html'): Promise<string> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(marker);
  assert.ok(at >= 0, `README has "${marker}"`);
  const block = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(readme.slice(at));
  assert.ok(block?.[1], `README has a \`\`\`${language} block after "${marker}"`);
  return block[1];
}

describe('the packed package, installed into fresh apps', { timeout: 300_000 }, () => {
  let temp: string;
  let tarball: string;
  let pack: { unpackedSize: number; files: { path: string }[] };
  const app = (name: string) => join(temp, name);
  const children: ChildProcess[] = [];
  let server: Server | undefined;
  let browser: Browser | undefined;

  before(async () => {
    for (const built of ['dist/index.js', 'dist/cdn/shared.js', 'dist/proxy/cli.js']) {
      await stat(join(ROOT, built)).catch(() => assert.fail(`${built} is missing: run npm run build first`));
    }
    temp = await mkdtemp(join(tmpdir(), 'braze-charts-pack-'));
    const packed = await ok('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], ROOT);
    [pack] = JSON.parse(packed.slice(packed.indexOf('['))) as [typeof pack & { filename: string }];
    tarball = join(temp, (pack as typeof pack & { filename: string }).filename);

    const self = `file:${tarball}`;
    const versions = async (names: string[]) =>
      Object.fromEntries(await Promise.all(names.map(async (name) => [name, await repoVersion(name)])));
    const deps: Record<string, Record<string, string>> = {
      web: { 'braze-charts': self },
      react: {
        'braze-charts': self,
        ...(await versions(['react', 'react-dom', '@types/react', '@types/react-dom', '@lit/react'])),
      },
      vue: { 'braze-charts': self, ...(await versions(['vue'])) },
      server: {
        'braze-charts': self,
        ...(await versions(['hono', '@hono/node-server', 'lru-cache', '@lit-labs/ssr'])),
      },
    };
    for (const [name, dependencies] of Object.entries(deps)) {
      if (name === 'server') await mkdir(app(name));
      else await cp(join(APPS, name), app(name), { recursive: true });
      if (name === 'react' || name === 'vue')
        await cp(join(APPS, 'index.html'), join(app(name), 'index.html'));
      await writeFile(
        join(app(name), 'package.json'),
        JSON.stringify({ name: `${name}-app`, private: true, type: 'module', dependencies }),
      );
    }
    const page = await readFile(join(app('web'), 'index.html'), 'utf8');
    await writeFile(
      join(app('web'), 'index.html'),
      page.replace(/<!-- quick-start:.*-->/, await readmeBlock('\n## Quick start')),
    );
    await Promise.all(
      Object.keys(deps).map((name) =>
        ok('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app(name)),
      ),
    );
  });

  after(async () => {
    await browser?.close();
    server?.close();
    for (const child of children) child.kill();
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  it('the tarball is lean (CDN maps name third-party sources, not embed them), ships docs and bin, and SRI values', async () => {
    const files = pack.files.map((f) => f.path);
    for (const file of [
      'dist/cdn/shared.js',
      'dist/cdn/integrity.json',
      'dist/cdn/braze-charts.d.ts',
      'bin/braze-charts-proxy.js',
      'docs/deploy/node.md',
      'README.md',
    ]) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    // 2.0 MB when the CDN maps stopped embedding lit/zod/d3 (5.2 MB before); the endpoints of issue 17 and the
    // proxy's Redis store brought it to 2.6 MB, issue 12 to 2.8 MB, the two KPI elements to 3.33 MB (their sources,
    // dist files, CDN chunks and maps 0.27 MB; custom-elements.json, which lists every inherited member of each
    // element, 0.44 MB), the four elements after them (campaign, Canvas, event and purchase) to 4.73 MB:
    // custom-elements.json is 1.0 MB of it (0.17 MB per element, most of it the frame's inherited members repeated
    // in each) and web-types.json 0.2 MB. The bound catches a map or a folder that should not ship.
    assert.ok(pack.unpackedSize < 4_900_000, `unpacked ${pack.unpackedSize} bytes`);
    assert.ok(
      !files.some((f) => f.startsWith('docs/design/') || f.startsWith('test/')),
      'no design notes or tests',
    );
    const cdn = join(app('web'), 'node_modules/braze-charts/dist/cdn');
    for (const map of (await readdir(cdn)).filter((f) => f.endsWith('.map'))) {
      const { sources, sourcesContent = [] } = JSON.parse(await readFile(join(cdn, map), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      sources.forEach((source, i) => {
        const embedded = typeof sourcesContent[i] === 'string';
        assert.equal(embedded, !source.includes('node_modules/'), `${map}: ${source}`);
      });
    }
    // integrity.json: the Subresource Integrity value of every CDN file, as published.
    const integrity = JSON.parse(await readFile(join(cdn, 'integrity.json'), 'utf8')) as Record<
      string,
      string
    >;
    const scripts = (await readdir(cdn)).filter((f) => f.endsWith('.js'));
    assert.deepEqual(Object.keys(integrity).sort(), scripts.sort());
    for (const file of scripts) {
      const digest = createHash('sha384')
        .update(await readFile(join(cdn, file)))
        .digest('base64');
      assert.equal(integrity[file], `sha384-${digest}`, file);
    }
  });

  it('a browser-only install pulls in neither the proxy nor React', async (t) => {
    const names = await installed(app('web'));
    for (const name of NOT_FOR_BROWSER_ONLY) assert.ok(!names.includes(name), `${name} is not installed`);
    assert.ok(names.includes('lit') && names.includes('zod'));
    t.diagnostic(
      `browser-only: ${names.length} packages, ${(await bytes(join(app('web'), 'node_modules'))) / 1e6} MB`,
    );
  });

  it('the proxy CLI says which peers to install when they are missing', async () => {
    const { code, output } = await run(
      join(app('web'), 'node_modules/.bin/braze-charts-proxy'),
      [],
      app('web'),
    );
    assert.equal(code, 1);
    assert.match(output, /npm install hono @hono\/node-server lru-cache/);
  });

  it("braze-charts/ssr renders a chart's loading view as declarative shadow DOM in Node", async () => {
    const script = `import { renderChart, chartStyleHash } from 'braze-charts/ssr';
      const html = await renderChart('braze-segment-trend', { 'proxy-url': '/api/braze', 'segment-id': 'seg_all_users' });
      console.log(JSON.stringify({ html, hash: await chartStyleHash('braze-segment-trend') }));`;
    const output = await ok(process.execPath, ['--input-type=module', '-e', script], app('server'));
    const { html, hash } = JSON.parse(output.slice(output.indexOf('{'))) as { html: string; hash: string };
    assert.match(
      html,
      /^<braze-segment-trend [^>]*segment-id="seg_all_users"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.match(html, /part="loading"/);
    assert.match(hash, /^'sha256-[A-Za-z0-9+/]+=*'$/);
  });

  // The bad files (react/bad.tsx, vue/Bad.vue) hold typos and wrong values, each under a @ts-expect-error or
  // @vue-expect-error: a line that is not an error fails the check (TS2578), so they prove the errors are caught.
  it('type-checks: browser-only, React (raw tags and wrappers), node10 and node16 resolution, Vue strictTemplates', async () => {
    await Promise.all([
      tsc(join(app('web'), 'tsconfig.json')),
      tsc(join(app('react'), 'tsconfig.json')),
      tsc(join(app('react'), 'tsconfig.node10.json')),
      tsc(join(app('react'), 'tsconfig.node16.json')),
      vueTsc(join(app('vue'), 'tsconfig.json')),
    ]);
  });

  const site: Site = { dirs: {}, headers: {} };
  let origin = '';

  /** The installed proxy CLI in mock mode, the static server in front of it and Chromium: started once. */
  let serving: Promise<void> | undefined;
  const serve = () =>
    (serving ??= (async () => {
      const proxy = spawn(join(app('server'), 'node_modules/.bin/braze-charts-proxy'), [], {
        cwd: app('server'),
        env: cleanEnv({ PORT: '0', HOST: '127.0.0.1', BRAZE_PROXY_BASE_PATH: '/api/braze' }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(proxy);
      let log = '';
      proxy.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
      proxy.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      const [, proxyOrigin] = await waitFor(() => log, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
      assert.match(log, /MOCK Braze/);
      server = await staticServer(site, proxyOrigin!);
      const address = server.address();
      assert.ok(address && typeof address === 'object');
      origin = `http://127.0.0.1:${address.port}`;
      browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    })());

  /**
   * Opens `path`, waits until `ready` holds in the page, then until `settled` holds for what the console said (its
   * errors, warnings and page errors); returns those, and whether the page defined `<braze-segment-trend>`.
   */
  async function visit(
    path: string,
    ready: () => boolean,
    settled: (problems: string[]) => boolean = () => true,
  ): Promise<{ problems: string[]; defined: boolean }> {
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    try {
      await page.goto(`${origin}${path}`);
      await page.waitForFunction(ready, { timeout: 30_000 });
      await waitFor(() => (settled(problems) ? 'settled' : ''), /settled/, 10_000);
      const defined = await page.evaluate(() => customElements.get('braze-segment-trend') !== undefined);
      return { problems, defined };
    } finally {
      await page.close();
    }
  }

  it('builds with Vite and draws every chart in Chromium against the installed proxy in mock mode', async () => {
    const require = (name: string) => createRequire(join(app(name), 'package.json'));
    const { isBrazeElement } = (await import(
      pathToFileURL(require('vue').resolve('braze-charts/vue')).href
    )) as {
      isBrazeElement: (tag: string) => boolean;
    };
    const names = ['web', 'react', 'vue'];
    for (const name of names) {
      site.dirs[name] = join(app(name), 'dist');
      await build({
        root: app(name),
        base: `/${name}/`,
        configFile: false,
        logLevel: 'error',
        plugins:
          name === 'vue' ? [vue({ template: { compilerOptions: { isCustomElement: isBrazeElement } } })] : [],
        build: { outDir: site.dirs[name], emptyOutDir: true, target: 'es2022' },
      });
    }
    await serve();
    for (const name of names) {
      // Every chart drawn, and its braze-load handled by the app (which marks it data-loaded).
      const { problems } = await visit(`/${name}/`, () => {
        const charts = [
          ...document.querySelectorAll('braze-segment-trend, braze-session-chart, braze-send-breakdown'),
        ];
        return (
          charts.length === 3 &&
          charts.every(
            (chart) =>
              chart.hasAttribute('data-loaded') &&
              chart.shadowRoot?.querySelector('svg[part~="svg"]')?.querySelector('path, rect'),
          ) &&
          // The segment's name, read from braze-load's typed data by the app.
          (document.body.dataset.segment ??
            document.querySelector('braze-segment-trend')?.getAttribute('data-segment')) === 'All Users'
        );
      });
      assert.deepEqual(problems, [], `${name}: no errors or warnings in the console`);
    }
  });

  it("the README's CDN snippet (pinned, with SRI) draws under the README's CSP; a wrong hash stops it", async () => {
    const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const snippet = await readmeBlock('\n### CDN');
    const base = `https://cdn.jsdelivr.net/npm/braze-charts@${version}/`;
    assert.ok(snippet.includes(base), `the CDN snippet pins braze-charts@${version}`);
    const policy = (await readmeBlock('**Content Security Policy.**', ''))
      .split('\n')
      .map((line) => line.replace(/#.*/, '').trim())
      .join(' ')
      .trim();
    const integrity = JSON.parse(
      await readFile(join(app('web'), 'node_modules/braze-charts/dist/cdn/integrity.json'), 'utf8'),
    ) as Record<string, string>;
    /** The snippet served from this origin, each integrity attribute filled with `hash(file)`. */
    const page = (hash: (file: string) => string) =>
      snippet
        .replaceAll(base, '/pkg/')
        .replace(
          /((?:href|src)="\/pkg\/dist\/cdn\/([\w-]+\.js)"\s+)integrity="[^"]*"/g,
          (_, start: string, file: string) => `${start}integrity="${hash(file)}"`,
        );
    const dir = join(temp, 'cdn-page');
    await mkdir(dir);
    await writeFile(
      join(dir, 'index.html'),
      page((file) => integrity[file]!),
    );
    await writeFile(
      join(dir, 'tampered.html'),
      page((file) => (file === 'shared.js' ? integrity['locale-de.js']! : integrity[file]!)),
    );
    site.dirs.pkg = join(app('web'), 'node_modules/braze-charts');
    site.dirs.cdn = dir;
    site.headers.cdn = { 'content-security-policy': policy };
    await serve();

    const { problems } = await visit('/cdn/', () =>
      Boolean(
        document.querySelector('braze-segment-trend')?.shadowRoot?.querySelector('svg[part~="svg"] path'),
      ),
    );
    assert.deepEqual(problems, [], 'no CSP violation, error or warning');
    const tampered = await visit(
      '/cdn/tampered.html',
      () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/shared.js')),
      (said) => said.some((text) => /integrity/i.test(text)),
    );
    assert.equal(tampered.defined, false, 'a wrong shared.js hash stops the element file that imports it');
  });
});
