import { describe, expect, it } from 'vitest';
import { startPanelRelay } from '../../background/panel-relay.ts';
import type { Envelope } from '../../src/messages.ts';
import { MAX_REPORT_CHARS, PANEL_REPLY_CHANNEL } from '../../src/panel-api.ts';

const REPORT = {
  id: 'a1b2c3d4e5f60718293a4b5c',
  url: 'http://panel.example.tv/player_api.php?username=alice&password=Sup3r-Secret',
  method: 'GET',
  status: 200,
  startedAt: 1717236000000,
  durationMs: 12,
  via: 'fetch',
  fields: { user_info: { auth: 1, status: 'Banned', username: 'alice', password: 'Sup3r-Secret' } },
};

function relay(now: () => number = Date.now) {
  const target = new EventTarget();
  const sent: Envelope<'panel-reply'>[] = [];
  const stop = startPanelRelay(
    target,
    (message) => {
      sent.push(message);
      return Promise.resolve({ recorded: true });
    },
    now,
  );
  const fire = (detail: unknown, type = PANEL_REPLY_CHANNEL) =>
    target.dispatchEvent(new CustomEvent(type, { detail }));
  return { target, sent, stop, fire };
}

describe('panel relay (isolated world)', () => {
  it('forwards a report as a typed panel-reply message, checked and filtered again', () => {
    const { sent, fire } = relay();
    fire(JSON.stringify(REPORT));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.type).toBe('panel-reply');
    const { report } = sent[0]?.payload ?? {};
    expect(report?.fields).toEqual({ user_info: { auth: 1, status: 'Banned' } });
    expect(JSON.stringify(sent)).not.toMatch(/alice|Sup3r-Secret/);
    // The relay never claims a tab: the worker takes it from the sender.
    expect(sent[0]?.payload).not.toHaveProperty('tabId');
  });

  it('ignores other events, objects, broken JSON, oversized details and forged reports', () => {
    const { sent, fire } = relay();
    fire(JSON.stringify(REPORT), 'message');
    fire(REPORT);
    fire('{"id":');
    fire(JSON.stringify({ ...REPORT, pad: 'x'.repeat(MAX_REPORT_CHARS) }));
    fire(JSON.stringify({ ...REPORT, url: 'http://evil.example/collect' }));
    fire(JSON.stringify({ ...REPORT, fields: { anything: 'else' } }));
    expect(sent).toEqual([]);
  });

  it('throttles a page that fires in a loop, and lets reports through again a minute later', () => {
    let time = 1_000_000;
    const { sent, fire } = relay(() => time);
    for (let i = 0; i < 100; i += 1)
      fire(JSON.stringify({ ...REPORT, id: `a1b2c3d4e5f6${String(i).padStart(6, '0')}` }));
    expect(sent).toHaveLength(30);
    time += 60_001;
    fire(JSON.stringify(REPORT));
    expect(sent).toHaveLength(31);
  });

  it('survives an extension reloaded under the page (sendMessage throws or rejects)', () => {
    const target = new EventTarget();
    let calls = 0;
    startPanelRelay(target, () => {
      calls += 1;
      if (calls === 1) throw new Error('Extension context invalidated.');
      return Promise.reject(new Error('Could not establish connection.'));
    });
    const detail = JSON.stringify(REPORT);
    expect(() => target.dispatchEvent(new CustomEvent(PANEL_REPLY_CHANNEL, { detail }))).not.toThrow();
    expect(() => target.dispatchEvent(new CustomEvent(PANEL_REPLY_CHANNEL, { detail }))).not.toThrow();
    expect(calls).toBe(2);
  });

  it('stops when asked', () => {
    const { sent, fire, stop } = relay();
    stop();
    fire(JSON.stringify(REPORT));
    expect(sent).toEqual([]);
  });
});
