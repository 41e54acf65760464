/**
 * The worker wakes for many things that never name a vendor (a popup asking for its state, success counts, tab
 * changes). Unpacking and indexing the vendor table was most of its start-up work, so it is built on the first
 * question, once: loading the module must not read the rows.
 */
import { describe, expect, it, vi } from 'vitest';

const reads = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../../src/knowledge/vendors/table.ts', async (original) => {
  const real = await original<typeof import('../../../../src/knowledge/vendors/table.ts')>();
  return {
    ...real,
    vendorRows: () => {
      reads.count += 1;
      return real.vendorRows();
    },
  };
});

describe('the vendor table in a waking worker', () => {
  it('is read on the first question, not when the module loads, and only once', async () => {
    const { identifyVendor, vendorName } = await import('../../../../src/knowledge/vendors/identify.ts');
    expect(reads.count).toBe(0);
    const verdict = identifyVendor({
      method: 'GET',
      url: 'https://cdn.example.net/live.m3u8',
      status: 403,
      startedAt: 0,
      requestHeaders: [],
      responseHeaders: [
        { name: 'server', value: 'cloudflare' },
        { name: 'cf-ray', value: '8a1b2c3d4e5f6789-CDG' },
      ],
      body: '',
    });
    expect(verdict?.vendor).toBe('cloudflare');
    expect(vendorName('cloudflare')).toBe('Cloudflare');
    expect(reads.count).toBe(1);
  });
});
