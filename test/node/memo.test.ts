import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Memo, sameInputs } from '../../src/elements/base/memo.js';

describe('Memo', () => {
  it('computes once per distinct list of inputs, by identity', () => {
    const memo = new Memo<string>();
    const data = [1, 2];
    let runs = 0;
    const get = (inputs: unknown[]) => memo.get(inputs, () => `run ${++runs}`);
    assert.equal(get([data, 'en', 640]), 'run 1');
    assert.equal(get([data, 'en', 640]), 'run 1');
    assert.equal(get([[1, 2], 'en', 640]), 'run 2', 'an equal but new array is a change');
    assert.equal(get([[1, 2], 'en', 640, undefined]), 'run 3', 'a longer list is a change');
    assert.equal(runs, 3);
  });

  it('remembers an undefined result too', () => {
    const memo = new Memo<number | undefined>();
    let runs = 0;
    const compute = () => {
      runs += 1;
      return undefined;
    };
    memo.get([undefined], compute);
    memo.get([undefined], compute);
    assert.equal(runs, 1);
  });

  it('keeps the old value and computes again next time when the computation throws', () => {
    const memo = new Memo<string>();
    memo.get(['a'], () => 'A');
    assert.throws(() =>
      memo.get(['b'], () => {
        throw new Error('layout failed');
      }),
    );
    assert.equal(
      memo.get(['b'], () => 'B'),
      'B',
    );
  });

  it('sameInputs compares length and each value with ===', () => {
    assert.equal(sameInputs([1, 'a', null], [1, 'a', null]), true);
    assert.equal(sameInputs([NaN], [NaN]), false);
    assert.equal(sameInputs([1], [1, 2]), false);
  });
});
