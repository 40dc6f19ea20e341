// `executeServerCommand('emulate-media-features', { 'forced-colors': 'active', … })` for the browser tests: any CSS
// media feature through Chromium's DevTools protocol. @web/test-runner-commands' emulateMedia passes
// `forcedColors` to Playwright only and puppeteer's emulateMediaFeatures refuses it, so forced-colours mode could
// not be tested for real without this. An empty payload resets every feature.

/** One DevTools session per page, kept open: emulation ends with the session that set it. */
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'braze-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error('emulate-media-features needs Chromium (puppeteer)');
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await cdp.send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
