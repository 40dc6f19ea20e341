import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { MOCK_APPS, MOCK_SEGMENTS, MOCK_SENDS } from '../../src/proxy/mock.js';

/** The README's quick start names the mock's ids so a new user's first page draws: they must be the mock's ids. */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const quickStart = readme.slice(readme.indexOf('\n## Quick start'), readme.indexOf('\n### React'));
const mentioned = (prefix: string) =>
  new Set([...quickStart.matchAll(new RegExp(`\\b${prefix}_[a-z0-9_]+`, 'g'))].map((m) => m[0]));

describe('README quick start', () => {
  it('lists exactly the mock segments, apps, campaigns and sends', () => {
    assert.deepEqual([...mentioned('seg')].sort(), MOCK_SEGMENTS.map((s) => s.id).sort());
    assert.deepEqual([...mentioned('app')].sort(), MOCK_APPS.map((a) => a.id).sort());
    assert.deepEqual(
      [...mentioned('camp')].sort(),
      [...new Set(MOCK_SENDS.map((s) => s.campaign_id))].sort(),
    );
    assert.deepEqual([...mentioned('send')].sort(), MOCK_SENDS.map((s) => s.send_id).sort());
  });

  it('pairs each campaign with its own send', () => {
    for (const { campaign_id, send_id } of MOCK_SENDS) {
      assert.match(
        quickStart,
        new RegExp(`${campaign_id}\` /\\s+\`${send_id}\``),
        `${campaign_id} / ${send_id}`,
      );
    }
    assert.match(quickStart, /campaign-id="camp_welcome_series"\s+send-id="send_welcome_day0"/);
  });
});
