import { BrazeCampaignBreakdown } from '../elements/campaign-breakdown/campaign-breakdown.js';
import type { BrazeListeners, CampaignBreakdownEventMap } from '../events.js';

export { BrazeCampaignBreakdown };

if (!customElements.get('braze-campaign-breakdown'))
  customElements.define('braze-campaign-breakdown', BrazeCampaignBreakdown);

declare global {
  interface HTMLElementTagNameMap {
    'braze-campaign-breakdown': BrazeCampaignBreakdown;
  }
}

// Its addEventListener / removeEventListener know its own events (`braze-load` with its data).
declare module '../elements/campaign-breakdown/campaign-breakdown.js' {
  interface BrazeCampaignBreakdown {
    addEventListener: BrazeListeners<BrazeCampaignBreakdown, CampaignBreakdownEventMap>['addEventListener'];
    removeEventListener: BrazeListeners<
      BrazeCampaignBreakdown,
      CampaignBreakdownEventMap
    >['removeEventListener'];
  }
}
