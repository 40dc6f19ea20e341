import { expect } from '@open-wc/testing';
import type * as scheduler from '../../src/elements/base/scheduler.js';
import { BUDGET_MS, schedule, touch, type UpdateJob } from '../../src/elements/base/scheduler.js';

/** A job that records its steps in `log`; `urgent` says whether it has data to draw. */
function job(log: string[], name: string, urgent = false): UpdateJob {
  return {
    start: () => log.push(`${name} start`),
    run: () => log.push(`${name} run`),
    urgent: () => urgent,
  };
}

/** Resolves in a later task (a timer: by then every message the scheduler posted has been handled). */
const laterTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Keeps the main thread busy for `ms`, as a page's own work in the same task would. */
function busy(ms: number): void {
  const start = performance.now();
  while (performance.now() - start < ms);
}

describe('render scheduler', () => {
  beforeEach(laterTask);

  it('runs an update at once in a task that has spent nothing yet: the first chart is not delayed', () => {
    const log: string[] = [];
    expect(schedule(job(log, 'a'))).to.equal(undefined);
    expect(log).to.deep.equal(['a start', 'a run']);
  });

  it('leaves updates to later tasks once the budget is spent, starting every request before drawing', async () => {
    const log: string[] = [];
    schedule(job(log, 'a'));
    busy(BUDGET_MS);
    const waiting = [schedule(job(log, 'b')), schedule(job(log, 'c', true))];
    expect(log).to.deep.equal(['a start', 'a run']);
    await Promise.all(waiting);
    expect(log).to.deep.equal(['a start', 'a run', 'b start', 'c start', 'c run', 'b run']);
  });

  it('counts the work of constructing elements (touch) toward the budget of their task', async () => {
    const log: string[] = [];
    touch();
    busy(BUDGET_MS);
    const waiting = schedule(job(log, 'a'));
    expect(waiting).to.be.instanceOf(Promise);
    expect(log).to.deep.equal([]);
    await waiting;
    expect(log).to.deep.equal(['a start', 'a run']);
  });

  it('gives the task that evaluated the library no budget: elements upgraded by it update in a later task', async () => {
    // A fresh copy of the module, evaluated in this test (the query makes it a module of its own).
    const fresh = (await import(
      `../../src/elements/base/scheduler.ts?fresh=${Date.now()}`
    )) as typeof scheduler;
    const log: string[] = [];
    const waiting = fresh.schedule(job(log, 'a'));
    expect(waiting).to.be.instanceOf(Promise);
    expect(log).to.deep.equal([]);
    await waiting;
    expect(log).to.deep.equal(['a start', 'a run']);
  });

  it('gives each task its own budget: work in an earlier task does not count', async () => {
    touch();
    busy(BUDGET_MS);
    await laterTask();
    const log: string[] = [];
    expect(schedule(job(log, 'a'))).to.equal(undefined);
    expect(log).to.deep.equal(['a start', 'a run']);
  });
});
