import { BrazeCanvasBreakdown } from '../elements/canvas-breakdown/canvas-breakdown.js';
import type { BrazeListeners, CanvasBreakdownEventMap } from '../events.js';

export { BrazeCanvasBreakdown };

if (!customElements.get('braze-canvas-breakdown'))
  customElements.define('braze-canvas-breakdown', BrazeCanvasBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'braze-canvas-breakdown': BrazeCanvasBreakdown;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/canvas-breakdown/canvas-breakdown.js' {
  interface BrazeCanvasBreakdown {
    addEventListener: BrazeListeners<BrazeCanvasBreakdown, CanvasBreakdownEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<BrazeCanvasBreakdown, CanvasBreakdownEventMap>['removeEventListener'];
  }
}
