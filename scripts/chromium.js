// Debian's headless Chromium, as the browser tests (web-test-runner.config.js) and the bench (bench/run.ts)
// launch it. No browser is downloaded: `.ci/run` installs the apt package when it is missing.

/** The Chromium binary: `CHROME_PATH`, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Launch flags for a headless, sandbox-less VM without a GPU, with no background traffic. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Pages that are not in front keep their animation frames and timers: charts there still draw and settle.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
