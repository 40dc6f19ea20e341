/**
 * `npm run bench:proxy`: a bounded load run of the proxy on loopback (127.0.0.1 only) with autocannon.
 *
 * Scenarios, each `DURATION_S` seconds with `CONNECTIONS` connections after a short warm-up:
 * - bare hono: a minimal Hono app on @hono/node-server answering the same JSON (the baseline);
 * - proxy cached: one query, answered from the proxy's cache after the first request;
 * - proxy cold: a distinct query per request (defeats the cache), each forwarded to a fake Braze on loopback
 *   that answers the same JSON.
 * Every server runs in its own child process so that autocannon does not share their event loop. Prints a
 * table and writes bench/proxy-results.json. Never part of `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import * as prettier from 'prettier';
import { createJsonLogger, createProxy } from '../src/proxy/index.js';

const HOST = '127.0.0.1';
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const WARMUP_S = 1;
const CONNECTIONS = 50;
const KEY = 'bench-key-0000-not-a-secret';
const RESULTS = fileURLToPath(new URL('./proxy-results.json', import.meta.url));

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

function announce(port: number): void {
  process.stdout.write(`${JSON.stringify({ port })}\n`);
}

function serveUpstream(): void {
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      ...JSON_HEADERS,
      'X-RateLimit-Limit': '250000000',
      'X-RateLimit-Remaining': '249000000',
      'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 3600),
    });
    res.end(BODY);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, HOST, () => announce((server.address() as AddressInfo).port));
}

function serveBare(): void {
  const app = new Hono();
  app.get('/segments/data_series', (c) => c.body(BODY, 200, JSON_HEADERS));
  serve({ fetch: app.fetch, port: 0, hostname: HOST }, (info) => announce(info.port));
}

function serveProxy(upstreamPort: number): void {
  const app = createProxy({
    apiKey: KEY,
    restEndpoint: `http://${HOST}:${upstreamPort}`,
    allowInsecureUpstream: true,
    logger: createJsonLogger({ level: 'silent' }),
  });
  serve({ fetch: app.fetch, port: 0, hostname: HOST }, (info) => announce(info.port));
}

// ---------- orchestration ----------

interface Started {
  child: ChildProcess;
  port: number;
}

function start(role: string, ...args: string[]): Promise<Started> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', script, 'serve', role, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = /\{"port":(\d+)\}/.exec(output);
      if (line) resolve({ child, port: Number(line[1]) });
    });
    child.once('exit', (code) => reject(new Error(`${role} server exited early (${code})`)));
  });
}

function stop({ child }: Started): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

interface Row {
  scenario: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  ratio: number;
}

async function load(
  title: string,
  port: number,
  setupRequest: () => string,
  duration = DURATION_S,
): Promise<Result> {
  return autocannon({
    url: `http://${HOST}:${port}`,
    connections: CONNECTIONS,
    duration,
    title,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: setupRequest() }) }],
  });
}

async function scenario(title: string, port: number, path: () => string): Promise<Omit<Row, 'ratio'>> {
  await load(`${title} (warm-up)`, port, path, WARMUP_S);
  const result = await load(title, port, path);
  return {
    scenario: title,
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result['2xx'] + result.non2xx,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

async function main(): Promise<void> {
  const upstream = await start('upstream');
  const bare = await start('bare');
  const proxy = await start('proxy', String(upstream.port));
  const series = '/segments/data_series?segment_id=seg_all_users&length=30';
  let n = 0;
  const rows: Omit<Row, 'ratio'>[] = [];
  try {
    rows.push(await scenario('bare hono (baseline)', bare.port, () => series));
    rows.push(await scenario('proxy, cached', proxy.port, () => series));
    rows.push(
      await scenario('proxy, cold (distinct queries → fake Braze)', proxy.port, () => {
        n++;
        return `/segments/data_series?segment_id=bench_${n}&length=${(n % 100) + 1}`;
      }),
    );
  } finally {
    await Promise.all([stop(proxy), stop(bare), stop(upstream)]);
  }
  const baseline = rows[0]?.reqPerSec ?? 1;
  const table: Row[] = rows.map((row) => ({
    ...row,
    ratio: Math.round((row.reqPerSec / baseline) * 100) / 100,
  }));
  const cpu = cpus();
  const machine = {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  console.table(table);
  console.log(
    `${machine.cores} cores (${machine.cpu}), Node ${machine.node}; ${CONNECTIONS} connections, ${DURATION_S} s per scenario`,
  );
  const report = {
    date: new Date().toISOString(),
    machine,
    settings: { host: HOST, connections: CONNECTIONS, durationS: DURATION_S, warmupS: WARMUP_S },
    results: table,
  };
  const options = (await prettier.resolveConfig(RESULTS)) ?? {};
  await writeFile(RESULTS, await prettier.format(JSON.stringify(report), { ...options, parser: 'json' }));
  console.log(`wrote ${RESULTS}`);
  if (table.some((row) => row.errors > 0 || row.non2xx > 0)) {
    console.error('some requests failed: the figures are not comparable');
    process.exitCode = 1;
  }
}

const [mode, role, arg] = process.argv.slice(2);
if (mode === 'serve') {
  if (role === 'upstream') serveUpstream();
  else if (role === 'bare') serveBare();
  else if (role === 'proxy') serveProxy(Number(arg));
  else throw new Error(`unknown role ${String(role)}`);
  process.once('SIGTERM', () => process.exit(0));
} else {
  await main();
}
