import type { BrazeClient } from './client.js';

/**
 * Live data, one age per page: the data controllers of one client form a refresh group, which asks the proxy again
 * for all of them together — on `refresh()`, every `refresh-interval`, when the page becomes visible again after
 * its data went stale, and when a chart starts loading while the others' data is older than the cache's lifetime.
 * Members keep what they show until their new answer arrives (stale-while-revalidate). While the page is hidden no
 * timer runs; the first visible moment after the data went stale refreshes it.
 */

/** A data controller as its group sees it. */
export interface RefreshMember {
  /** Asks the network again, keeping the current value until the answer arrives. */
  revalidate(): void;
}

/** The shortest `refresh-interval` honoured, in ms (Braze's rate limits are per hour; the proxy caches). */
export const MIN_REFRESH_MS = 5_000;

const groups = new WeakMap<BrazeClient, RefreshGroup>();
/** Groups with members: they hear about the page's visibility. */
const live = new Set<RefreshGroup>();
/** Whether the page's visibility is listened to (from the first member on: a listener with no group does nothing). */
let listening = false;

function onVisibility(): void {
  for (const group of live) group.wake();
}

/** The refresh group of a client's data controllers. */
export class RefreshGroup {
  /** Members and their refresh interval (ms), if any. */
  readonly #members = new Map<RefreshMember, number | undefined>();
  /** When the group's data was last asked for together (the client's clock). */
  #loadedAt: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: BrazeClient) {}

  /** Adds or updates a member: `interval` is how often it wants new data (ms), if at all. */
  join(member: RefreshMember, interval: number | undefined): void {
    const every = interval && interval > 0 ? Math.max(MIN_REFRESH_MS, interval) : undefined;
    if (this.#members.has(member) && this.#members.get(member) === every) return;
    this.#members.set(member, every);
    if (!listening) {
      listening = true;
      document.addEventListener('visibilitychange', onVisibility);
      addEventListener('pageshow', onVisibility);
    }
    live.add(this);
    this.#schedule();
  }

  leave(member: RefreshMember): void {
    if (!this.#members.delete(member) || this.#members.size) return;
    clearTimeout(this.#timer);
    live.delete(this);
  }

  /**
   * A member starts loading (not a revalidation). When the group's data is older than the cache's lifetime, every
   * other member revalidates, so the page keeps one age; returns true then (the caller's cache was emptied too).
   */
  starting(member: RefreshMember): boolean {
    const now = this.client.now();
    if (this.#loadedAt === undefined || this.client.ttlMs <= 0) this.#loadedAt ??= now;
    else if (now - this.#loadedAt >= this.client.ttlMs) {
      this.refresh(member);
      return true;
    }
    return false;
  }

  /** Empties the client's cache and asks every member (but `except`) to revalidate. */
  refresh(except?: RefreshMember): void {
    this.client.invalidate();
    this.#loadedAt = this.client.now();
    for (const member of this.#members.keys()) if (member !== except) member.revalidate();
    this.#schedule();
  }

  /** The page's visibility changed: no timer while hidden; visible again with stale data: refresh now. */
  wake(): void {
    if (document.hidden || this.#loadedAt === undefined) {
      clearTimeout(this.#timer);
      return;
    }
    const every = this.#every();
    const fresh = Math.min(this.client.ttlMs, every ?? Infinity);
    if (this.client.now() - this.#loadedAt >= fresh) this.refresh();
    else this.#schedule();
  }

  #every(): number | undefined {
    let every: number | undefined;
    for (const interval of this.#members.values())
      if (interval) every = Math.min(every ?? interval, interval);
    return every;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const every = this.#every();
    if (!every || document.hidden) return;
    const due = (this.#loadedAt ?? this.client.now()) + every - this.client.now();
    this.#timer = setTimeout(() => this.refresh(), Math.max(0, due));
  }
}

/** The refresh group of `client`'s data controllers. */
export function refreshGroup(client: BrazeClient): RefreshGroup {
  let group = groups.get(client);
  if (!group) {
    group = new RefreshGroup(client);
    groups.set(client, group);
  }
  return group;
}
