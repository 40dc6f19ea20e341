#!/usr/bin/env node
// `npx braze-charts-proxy`: the proxy's CLI (dist/proxy/cli.js). hono, @hono/node-server and lru-cache are optional peer
// dependencies of braze-charts (browser-only users do not install them), so say how to get them when they are
// missing instead of failing with ERR_MODULE_NOT_FOUND.
const missing = ['hono', '@hono/node-server', 'lru-cache'].filter((name) => {
  try {
    import.meta.resolve(name);
    return false;
  } catch {
    return true;
  }
});
if (missing.length) {
  console.error(
    `braze-charts-proxy needs ${missing.join(', ')} (optional peer dependencies of braze-charts):\n` +
      `  npm install ${missing.join(' ')}`,
  );
  process.exit(1);
}
await import('../dist/proxy/cli.js');
