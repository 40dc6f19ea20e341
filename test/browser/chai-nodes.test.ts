import { expect } from '@open-wc/testing';

describe('failures about DOM nodes (helpers/chai-nodes.ts)', () => {
  it('carry the node in words, so the runner reports them instead of walking the element', () => {
    const node = document.createElement('braze-probe');
    node.setAttribute('part', 'tiles');
    node.attachShadow({ mode: 'open' }).innerHTML = '<div></div>';
    let failure: { actual?: unknown } | undefined;
    try {
      expect(node).to.equal(null);
    } catch (error) {
      failure = error as { actual?: unknown };
    }
    expect(failure?.actual).to.equal('<braze-probe part="tiles">');
  });
});
