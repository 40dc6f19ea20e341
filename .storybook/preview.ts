import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import { installMockProxy } from '../stories/mock-proxy.js';

// Controls and docs tables (attributes, properties, events, slots, CSS parts and custom properties) come from the
// custom-elements manifest (`npm run analyze`).
setCustomElementsManifest(customElements);

// Every story talks to the reference proxy in mock mode, running in the page: no network, no key.
installMockProxy();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // The a11y panel runs axe on every story; `error` makes violations fail Storybook's test runs.
    a11y: { test: 'error' },
  },
};
export default preview;
