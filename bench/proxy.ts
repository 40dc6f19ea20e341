/**
 * `npm run bench:proxy`: bounded load runs of the proxy on loopback (127.0.0.1 only) with autocannon. Every server
 * runs in its own child process (port reported over IPC), so autocannon does not share their event loop.
 *
 * 1. One proxy, as built to dist/ (the JavaScript the CLI runs), against a bare Hono handler answering the same JSON
 *    (the baseline), interleaved over 5 rounds (medians): cached (one query; also gzip-encoded, as browsers ask) and
 *    cold (a distinct query per request, forwarded to a fake Braze on loopback), with logging off and at the CLI's
 *    default (`info`: one JSON line per request, batched to stdout: a pipe to a `cat` process that drains it, as a
 *    log collector would).
 * 2. 1 and 3 replicas, with and without a shared Redis (a redis-server started here on a free port, no persistence):
 *    upstream calls per distinct query (30 concurrent requests per query spread round-robin over the replicas, and
 *    the same query asked once of each replica in turn) and cached req/s (autocannon on every replica at once).
 *
 * Prints tables and writes bench/proxy-results.json. Never part of `npm test`.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import * as prettier from 'prettier';
import type * as Proxy from '../src/proxy/index.js';
import type { LogLevel } from '../src/proxy/index.js';
import type * as ProxyNode from '../src/proxy/node.js';
import type * as ProxyRedis from '../src/proxy/redis.js';
import { startRedis } from '../test/node/redis-server.js';

const HOST = '127.0.0.1';
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 4);
const WARMUP_S = 1;
const CONNECTIONS = 50;
const KEY = 'bench-key-0000-not-a-secret';
const RESULTS = fileURLToPath(new URL('./proxy-results.json', import.meta.url));
const SERIES = '/segments/data_series?segment_id=seg_all_users&length=30';
/** What a browser's fetch sends: the proxy answers gzip (the bare handler, the baseline, does not compress). */
const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

/** A realistic /segments/data_series answer: 30 daily points. */
const BODY = JSON.stringify({
  message: 'success',
  data: Array.from({ length: 30 }, (_, i) => ({
    time: `2024-05-${String(i + 1).padStart(2, '0')}`,
    size: 1_240_000 + i * 997,
  })),
});
const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

// ---------- server roles (child processes) ----------

const announce = (port: number) => process.send?.({ port });
// The parent asks for this process's CPU time: µs per request hold up better than req/s on a shared machine.
process.on('message', (message) => message === 'cpu' && process.send?.({ cpu: process.cpuUsage() }));

/** A fake Braze: answers BODY after `delayMs`; `GET /count` tells how many calls it served. */
function serveUpstream(delayMs: number): void {
  let calls = 0;
  const server = createServer((req, res) => {
    if (req.url === '/count') return void res.end(String(calls));
    calls++;
    setTimeout(() => {
      res.writeHead(200, {
        ...JSON_HEADERS,
        'X-RateLimit-Limit': '250000000',
        'X-RateLimit-Remaining': '249000000',
        'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 3600),
      });
      res.end(BODY);
    }, delayMs);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, HOST, () => announce((server.address() as AddressInfo).port));
}

function serveBare(): void {
  const app = new Hono();
  app.get('/segments/data_series', (c) => c.body(BODY, 200, JSON_HEADERS));
  serve({ fetch: app.fetch, port: 0, hostname: HOST }, (info) => announce(info.port));
}

/** The proxy as it ships: the JavaScript `npm run build:proxy` wrote to dist/ (what the CLI runs), not tsx's. */
async function serveProxy(
  upstreamPort: number,
  level: LogLevel,
  redisUrl: string | undefined,
): Promise<void> {
  const dist = new URL('../dist/proxy/', import.meta.url).href;
  const { createJsonLogger, createProxy } = (await import(`${dist}index.js`)) as typeof Proxy;
  const { batchedWriter } = (await import(`${dist}node.js`)) as typeof ProxyNode;
  const { createRedisStore } = (await import(`${dist}redis.js`)) as typeof ProxyRedis;
  const app = createProxy({
    apiKey: KEY,
    restEndpoint: `http://${HOST}:${upstreamPort}`,
    allowInsecureUpstream: true,
    // Exactly the CLI's logger at its default level, or silent.
    logger: createJsonLogger({ level, write: batchedWriter() }),
    store: redisUrl ? createRedisStore({ url: redisUrl, prefix: 'bench' }) : undefined,
  });
  serve({ fetch: app.fetch, port: 0, hostname: HOST }, (info) => announce(info.port));
}

// ---------- orchestration ----------

interface Started {
  child: ChildProcess;
  port: number;
}

function start(...args: string[]): Promise<Started> {
  // The access log goes down a pipe to a process of its own that drains it, as a log collector would: draining it
  // here would take CPU from autocannon and count the collector's work against the proxy.
  const collector = spawn('cat', [], { stdio: ['pipe', 'ignore', 'inherit'] });
  const child = fork(fileURLToPath(import.meta.url), ['serve', ...args], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', collector.stdin, 'inherit', 'ipc'],
  });
  child.once('exit', () => collector.kill());
  return new Promise((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve({ child, port: message.port }));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited early (${code})`)));
  });
}

/** CPU time (user + system, µs) the child has used so far. */
function cpuOf({ child }: Started): Promise<number> {
  return new Promise((resolve) => {
    const listen = (message: { cpu?: NodeJS.CpuUsage }) => {
      if (!message.cpu) return;
      child.off('message', listen);
      resolve(message.cpu.user + message.cpu.system);
    };
    child.on('message', listen);
    child.send('cpu');
  });
}

function stop({ child }: Started): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function load(
  port: number,
  path: () => string,
  duration: number,
  connections = CONNECTIONS,
  headers: Record<string, string> = {},
): Promise<Result> {
  return autocannon({
    url: `http://${HOST}:${port}`,
    connections,
    duration,
    headers,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: path() }) }],
  });
}

interface Row {
  scenario: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  /** CPU time of the server process per request. */
  cpuUsPerReq: number;
  ratio?: number;
  cpuRatio?: number;
}

async function scenario(
  title: string,
  server: Started,
  path: () => string,
  headers?: Record<string, string>,
): Promise<Row> {
  await load(server.port, path, WARMUP_S, CONNECTIONS, headers);
  const cpu = await cpuOf(server);
  const result = await load(server.port, path, DURATION_S, CONNECTIONS, headers);
  const requests = result['2xx'] + result.non2xx;
  return {
    scenario: title,
    reqPerSec: Math.round(result.requests.average),
    cpuUsPerReq: Math.round(((await cpuOf(server)) - cpu) / requests),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

let distinct = 0;
const coldPath = () => `/segments/data_series?segment_id=bench_${++distinct}&length=${(distinct % 100) + 1}`;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The baseline and the five proxy scenarios, interleaved over {@link ROUNDS} rounds (the machine's load drifts):
 * each ratio is taken within a round, against that round's baseline, and the median is reported.
 */
async function singleProxy(upstreamPort: number): Promise<Row[]> {
  const servers = {
    bare: await start('bare'),
    silent: await start('proxy', String(upstreamPort), 'silent'),
    info: await start('proxy', String(upstreamPort), 'info'),
  };
  const scenarios: [string, Started, () => string, Record<string, string>?][] = [
    ['bare hono handler (baseline)', servers.bare, () => SERIES],
    ['proxy, cached, logging off', servers.silent, () => SERIES],
    ['proxy, cached, logging info (CLI default)', servers.info, () => SERIES],
    ['proxy, cached, gzip as browsers ask, logging info', servers.info, () => SERIES, BROWSER],
    ['proxy, cold, logging off', servers.silent, coldPath],
    ['proxy, cold, logging info (CLI default)', servers.info, coldPath],
  ];
  const runs: Row[][] = scenarios.map(() => []);
  try {
    for (let r = 0; r < ROUNDS; r++) {
      for (const [index, [title, server, path, headers]] of scenarios.entries())
        runs[index]?.push(await scenario(title, server, path, headers));
    }
  } finally {
    await Promise.all(Object.values(servers).map(stop));
  }
  const [baseline = []] = runs;
  return runs.map((rows) => ({
    scenario: rows[0]?.scenario ?? '',
    reqPerSec: median(rows.map((row) => row.reqPerSec)),
    cpuUsPerReq: median(rows.map((row) => row.cpuUsPerReq)),
    p50Ms: median(rows.map((row) => row.p50Ms)),
    p99Ms: median(rows.map((row) => row.p99Ms)),
    non2xx: rows.reduce((sum, row) => sum + row.non2xx, 0),
    errors: rows.reduce((sum, row) => sum + row.errors, 0),
    ratio: round2(median(rows.map((row, i) => row.reqPerSec / (baseline[i]?.reqPerSec ?? 1)))),
    cpuRatio: round2(median(rows.map((row, i) => (baseline[i]?.cpuUsPerReq ?? 1) / row.cpuUsPerReq))),
  }));
}

interface ReplicaRow {
  replicas: number;
  redis: boolean;
  /** 30 concurrent requests per query, round-robin over the replicas. */
  callsPerQueryBurst: number;
  /** The same query asked of each replica in turn. */
  callsPerQuerySpread: number;
  /** autocannon on every replica at once, summed. */
  cachedReqPerSec: number;
  errors: number;
}

async function replicaRun(count: number, redisUrl: string | undefined): Promise<ReplicaRow> {
  const upstream = await start('upstream', '50'); // a Braze round trip of 50 ms, so that bursts overlap
  const proxies: Started[] = [];
  for (let i = 0; i < count; i++)
    proxies.push(await start('proxy', String(upstream.port), 'silent', redisUrl ?? ''));
  const calls = async () => Number(await (await fetch(`http://${HOST}:${upstream.port}/count`)).text());
  const get = (i: number, path: string) =>
    fetch(`http://${HOST}:${proxies[i % count]?.port ?? 0}${path}`).then((r) => r.arrayBuffer());
  const queries = 20;
  try {
    let before = await calls();
    for (let q = 0; q < queries; q++) {
      const path = coldPath();
      await Promise.all(Array.from({ length: 30 }, (_, i) => get(i, path)));
    }
    const burst = ((await calls()) - before) / queries;
    before = await calls();
    for (let q = 0; q < queries; q++) {
      const path = coldPath();
      for (let i = 0; i < count; i++) await get(i, path);
    }
    const spread = ((await calls()) - before) / queries;
    await Promise.all(
      proxies.map((p) => load(p.port, () => SERIES, WARMUP_S, Math.ceil(CONNECTIONS / count))),
    );
    const results = await Promise.all(
      proxies.map((p) => load(p.port, () => SERIES, DURATION_S, Math.ceil(CONNECTIONS / count))),
    );
    return {
      replicas: count,
      redis: redisUrl !== undefined,
      callsPerQueryBurst: burst,
      callsPerQuerySpread: spread,
      cachedReqPerSec: Math.round(results.reduce((sum, r) => sum + r.requests.average, 0)),
      errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    };
  } finally {
    await Promise.all([...proxies.map(stop), stop(upstream)]);
  }
}

async function main(): Promise<void> {
  const upstream = await start('upstream', '0');
  let single: Row[];
  try {
    single = await singleProxy(upstream.port);
  } finally {
    await stop(upstream);
  }
  console.table(single);
  const redis = await startRedis();
  const replicas: ReplicaRow[] = [];
  try {
    for (const count of [1, 3]) {
      for (const url of [undefined, redis.url]) replicas.push(await replicaRun(count, url));
    }
  } finally {
    await redis.stop();
  }
  console.table(replicas);
  const cpu = cpus();
  const machine = {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  console.log(
    `${machine.cores} cores (${machine.cpu}), Node ${machine.node}; ${CONNECTIONS} connections, ${DURATION_S} s per run`,
  );
  const report = {
    date: new Date().toISOString(),
    machine,
    settings: { host: HOST, connections: CONNECTIONS, durationS: DURATION_S, warmupS: WARMUP_S },
    results: single,
    replicas,
  };
  const options = (await prettier.resolveConfig(RESULTS)) ?? {};
  await writeFile(RESULTS, await prettier.format(JSON.stringify(report), { ...options, parser: 'json' }));
  console.log(`wrote ${RESULTS}`);
  if (single.some((row) => row.errors > 0 || row.non2xx > 0) || replicas.some((row) => row.errors > 0)) {
    console.error('some requests failed: the figures are not comparable');
    process.exitCode = 1;
  }
}

const [mode, role, ...args] = process.argv.slice(2);
if (mode === 'serve') {
  if (role === 'upstream') serveUpstream(Number(args[0] ?? 0));
  else if (role === 'bare') serveBare();
  else if (role === 'proxy')
    await serveProxy(Number(args[0]), (args[1] ?? 'silent') as LogLevel, args[2] || undefined);
  else throw new Error(`unknown role ${String(role)}`);
  process.once('SIGTERM', () => process.exit(0));
} else {
  await main();
}
