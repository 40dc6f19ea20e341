import type { Preview } from '@storybook/web-components-vite';
import { installMockProxy } from '../stories/mock-proxy.js';

// Every story talks to the reference proxy in mock mode, running in the page: no network, no key.
installMockProxy();

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};
export default preview;
