// chai itself, the instance @open-wc/testing re-exports: importing @open-wc/testing here, before mocha is set up,
// would skip its fixture clean-up hook.
import * as chai from '@esm-bundle/chai';

/**
 * Loaded before every browser test file (web-test-runner.config.js `testRunnerHtml`): a failed assertion whose actual
 * or expected value is a DOM node carries a short description of it instead. The runner serialises both values of a
 * failure for its diff, and walking a chart element (its shadow root, Lit's parts) took the whole run down — a hang
 * or a disconnected browser instead of one failed test.
 */
const describeNode = (node: Node): string =>
  node instanceof Element
    ? `<${node.localName}${[...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`
    : `#${node.nodeName.toLowerCase()} ${JSON.stringify(node.textContent?.slice(0, 80) ?? '')}`;

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    if (failure.actual instanceof Node) failure.actual = describeNode(failure.actual);
    if (failure.expected instanceof Node) failure.expected = describeNode(failure.expected);
    throw error;
  }
};
