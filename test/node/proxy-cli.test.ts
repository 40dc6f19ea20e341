import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

/** The CLI as users run it (`npm run proxy`): env in, banner and URL out. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/cli.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(read: () => string, pattern: RegExp, ms = 10_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms;
  for (;;) {
    const match = pattern.exec(read());
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('braze-charts-proxy CLI', () => {
  it('serves mock data without a key and says so', async () => {
    const { child, output, exited } = start({ PORT: '0' });
    try {
      const [, url] = await waitFor(output, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
      assert.match(output(), /no BRAZE_API_KEY set — serving deterministic MOCK Braze data/);
      const response = await fetch(`${url}/segments/details?segment_id=seg_all_users`);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { name: string }).name, 'All Users');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('prints its usage with --help and exits without serving', async () => {
    const help = spawn(process.execPath, ['--import', 'tsx', 'src/proxy/cli.ts', '--help'], { cwd: ROOT });
    let text = '';
    help.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => help.once('exit', resolve));
    assert.equal(code, 0);
    assert.match(text, /^Usage: braze-charts-proxy/);
    assert.match(text, /BRAZE_PROXY_REDIS_URL/);
    assert.doesNotMatch(text, /listening on/);
  });

  it('warns at start-up when anyone could spend the quota (no authorize, limits or allowlists)', async () => {
    const braze = {
      BRAZE_API_KEY: 'test-key-0000-secret',
      BRAZE_REST_ENDPOINT: 'https://rest.iad-01.braze.com',
    };
    for (const [extra, warned] of [
      [{}, true],
      [{ BRAZE_PROXY_CLIENT_RATE_LIMIT: '100' }, false],
      [{ BRAZE_PROXY_SEGMENT_IDS: 'seg_a' }, false],
    ] as const) {
      const { child, output, exited } = start({ PORT: '0', ...braze, ...extra });
      try {
        await waitFor(output, /listening on/);
        assert.equal(/open proxy: no authorize hook/.test(output()), warned, output());
        assert.ok(!output().includes('test-key-0000-secret'));
      } finally {
        child.kill('SIGTERM');
        await exited;
      }
    }
  });

  it('refuses to start the mock under NODE_ENV=production, naming the variable and the fix', async () => {
    const { output, exited } = start({ NODE_ENV: 'production', BRAZE_PROXY_MODE: 'mock', PORT: '0' });
    assert.equal(await exited, 1);
    assert.match(output(), /BRAZE_PROXY_MODE=mock under NODE_ENV=production: refusing to serve MOCK data/);
    assert.match(output(), /unset NODE_ENV/);
    assert.doesNotMatch(output(), /listening on/);
  });

  it('exits 1 with a clear message when the key has no endpoint', async () => {
    const { output, exited } = start({ BRAZE_API_KEY: 'test-key-0000-secret', PORT: '0' });
    assert.equal(await exited, 1);
    assert.match(output(), /BRAZE_REST_ENDPOINT/);
    assert.ok(!output().includes('test-key-0000-secret'));
  });
});
