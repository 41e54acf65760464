import { afterEach, describe, expect, it, vi } from 'vitest';
import { startFailureRelay, startPanelRelay } from '../../../../background/page-side/relay.ts';
import { PAGE_FAILURE_CHANNEL } from '../../../../src/capture/page-report.ts';
import { MAX_REPORT_CHARS, PANEL_REPLY_CHANNEL } from '../../../../src/knowledge/panels/page-reply.ts';
import type { Envelope } from '../../../../src/messages.ts';

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

describe('failure relay (isolated world)', () => {
  const FAILURE = {
    id: 'b1b2c3d4e5f60718293a4b5c',
    url: 'http://cdn.example.tv/hls/1.ts?token=SECRET-1',
    method: 'GET',
    status: 403,
    startedAt: 1717236000000,
    via: 'fetch',
    excerpt: 'Error 1009',
  };

  function failureRelay(reply: () => Promise<unknown>, now: () => number = Date.now) {
    const target = new EventTarget();
    const sent: Envelope<'page-failures'>[] = [];
    const stop = startFailureRelay(
      target,
      (message) => {
        sent.push(message);
        return reply();
      },
      now,
    );
    const fire = (detail: unknown) => target.dispatchEvent(new CustomEvent(PAGE_FAILURE_CHANNEL, { detail }));
    return { sent, stop, fire };
  }

  afterEach(() => {
    vi.useRealTimers();
  });

  it('batches the reports of ~50 ms into one checked message', async () => {
    vi.useFakeTimers();
    const { sent, fire } = failureRelay(() => Promise.resolve({ recorded: 0 }));
    for (let i = 0; i < 3; i += 1) fire(JSON.stringify({ ...FAILURE, id: `${FAILURE.id}${i}` }));
    fire(JSON.stringify({ ...FAILURE, status: 200 }));
    fire('not json');
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.type).toBe('page-failures');
    expect(sent[0]?.payload.reports).toHaveLength(3);
    expect(sent[0]?.payload.reports[0]?.url).not.toContain('SECRET-1');
  });

  it('sends a batch again when the worker died before answering, and stops once answered', async () => {
    vi.useFakeTimers();
    const replies = [
      () => Promise.reject(new Error('message channel closed')),
      () => Promise.resolve(undefined),
    ];
    const { sent, fire } = failureRelay(() => replies.shift()?.() ?? Promise.resolve({ recorded: 1 }));
    fire(JSON.stringify(FAILURE));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((message) => message.payload.reports[0]?.id))).toEqual(new Set([FAILURE.id]));
  });

  it('keeps a burst of 300 but no more than 500 a minute', async () => {
    vi.useFakeTimers();
    let time = 0;
    const { sent, fire } = failureRelay(
      () => Promise.resolve({ recorded: 0 }),
      () => time,
    );
    for (let i = 0; i < 600; i += 1) fire(JSON.stringify({ ...FAILURE, id: `${FAILURE.id}${i}` }));
    await vi.advanceTimersByTimeAsync(60);
    const count = () => sent.reduce((sum, message) => sum + message.payload.reports.length, 0);
    expect(count()).toBe(500);
    expect(sent.every((message) => message.payload.reports.length <= 100)).toBe(true);
    time = 61_000;
    fire(JSON.stringify({ ...FAILURE, id: `${FAILURE.id}late` }));
    await vi.advanceTimersByTimeAsync(60);
    expect(count()).toBe(501);
  });
});
