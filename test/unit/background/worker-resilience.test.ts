import { describe, expect, it, vi } from 'vitest';
import { startWorker } from '../../../background/worker.ts';
import type { CapturedRecord } from '../../../src/messages.ts';
import { completed, FakeBrowser, failed } from './fake-browser.ts';

// The engine breaking on some input must not cost the user the record of a refusal.
vi.mock('../../../src/diagnosis/analyze.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/diagnosis/analyze.ts')>()),
  diagnoseExchange: () => {
    throw new Error('engine bug');
  },
}));

describe('a failing engine', () => {
  it('still stores the record, undiagnosed, with a badge class from its status', async () => {
    const fake = new FakeBrowser();
    fake.profile.granted.push('*://cdn.example.tv/*');
    const logged: string[] = [];
    const worker = startWorker(fake, { log: (message) => logged.push(message) });
    await worker.ready;
    await fake.fire('onCompleted', completed('https://cdn.example.tv/a.ts', 429, { tabId: 2 }));
    await fake.fire(
      'onErrorOccurred',
      failed('https://cdn.example.tv/b.ts', 'net::ERR_TIMED_OUT', { tabId: 2 }),
    );
    await worker.idle();
    const { records } = (await fake.send({ type: 'get-log', payload: {} })) as { records: CapturedRecord[] };
    expect(records.map((record) => [record.finding.layer, record.finding.errorClass])).toEqual([
      ['none', 'limit'],
      ['none', 'network'],
    ]);
    // The code of the most telling class: a 429 before a transport failure.
    expect(fake.profile.badges.get(2)?.text).toBe('429');
    expect(logged).toContain('diagnosis failed; record kept undiagnosed');
  });
});
