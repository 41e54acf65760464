// @vitest-environment happy-dom
/**
 * The popup against fake worker replies. Only the browser door (popup/browser.ts) is replaced; the display
 * knowledge (layers, status codes, advice) is the real core.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DONTS } from '../../../src/knowledge/guide/advice.ts';
import { layerInfo } from '../../../src/knowledge/layers/meaning.ts';
import { statusInfo } from '../../../src/knowledge/status/meaning.ts';
import type { CapturedRecord, StateReply } from '../../../src/messages.ts';
import type { Analysis, ErrorClass, Finding, Layer, Role } from '../../../src/types.ts';
import { snapshotOf } from '../helpers/export-snapshot.ts';

const door = vi.hoisted(() => ({
  send: vi.fn(),
  currentTab: vi.fn(async (): Promise<{ tabId?: number; url?: string }> => ({})),
  requestHosts: vi.fn(),
  releaseHosts: vi.fn(),
  grantedHosts: vi.fn(async () => [] as string[]),
  openOptionsPage: vi.fn(),
  browserLanguages: vi.fn(() => ['en-US']),
  copyText: vi.fn(async (_text: string) => {}),
  downloadText: vi.fn((_filename: string, _text: string, _mime: string) => {}),
}));
vi.mock('../../../popup/browser.ts', () => door);

const { PopupApp } = await import('../../../popup/app.tsx');
const { loadTextPack } = await import('../../../popup/text/i18n-context.tsx');

const T0 = Date.parse('2026-11-20T20:00:00Z');

function record(
  id: string,
  overrides: Partial<Finding> & {
    host?: string;
    headers?: { name: string; value: string }[];
    tabId?: number;
  } = {},
): CapturedRecord {
  const { host = 'cdn.example.tv', headers = [], tabId = 7, ...finding } = overrides;
  const url = `https://${host}/live/1001.m3u8`;
  return {
    id,
    exchange: {
      url,
      method: 'GET',
      status: finding.status ?? 403,
      startedAt: T0,
      requestHeaders: [],
      responseHeaders: headers,
      context: { tabId },
    },
    finding: {
      entry: Number(id.replace(/\D/g, '')) || 0,
      status: 403,
      url,
      startedAt: T0,
      layer: 'waf',
      vendor: 'cloudflare',
      role: 'stream',
      confidence: 0.92,
      evidence: [],
      errorClass: 'refusal',
      ...finding,
    },
  };
}

function analysis(layer: Layer, findings: Finding[], extra: Partial<Analysis['verdict']> = {}): Analysis {
  return {
    verdict: {
      layer,
      scope: 'unknown',
      confidence: 0.92,
      vendor: null,
      probable: false,
      evidence: [],
      rootEntry: findings[0]?.entry,
      ...extra,
    },
    findings,
    totals: { entries: findings.length + 3, failures: findings.length, successes: 3 },
  };
}

function state(overrides: Partial<StateReply> = {}): StateReply {
  return {
    records: [],
    analysis: null,
    headersOnly: false,
    watchedHosts: ['cdn.example.tv'],
    tabHost: 'cdn.example.tv',
    tabWatched: true,
    labels: {},
    lang: 'en',
    proof: null,
    ...overrides,
  };
}

const CF_EVIDENCE = [
  'server: cloudflare',
  'cf-ray: 8f1a2b3c4d5e6f70-CDG',
  'body: Cloudflare error code 1020 (Access denied)',
];

function cloudflare1020(
  overrides: Partial<StateReply> = {},
  verdict: Partial<Analysis['verdict']> = {},
): StateReply {
  const refused = record('r1', { vendorErrorCode: '1020', evidence: CF_EVIDENCE, action: 'block' });
  return state({
    records: [refused],
    analysis: analysis('waf', [refused.finding], {
      vendor: 'cloudflare',
      evidence: CF_EVIDENCE,
      scope: 'network',
      ...verdict,
    }),
    ...overrides,
  });
}

function replyWith(reply: StateReply) {
  door.send.mockImplementation(async (type: string) => {
    if (type === 'get-state') return reply;
    if (type === 'export-data') return snapshotOf(reply);
    if (type === 'set-labels') return { ok: true };
    throw new Error(`unexpected ${type}`);
  });
}

beforeEach(() => {
  vi.clearAllMocks();
  door.currentTab.mockResolvedValue({ tabId: 7, url: 'https://cdn.example.tv/watch' });
});
afterEach(cleanup);

/** As popup/main.tsx does: the browser language's pack first, then the first render. */
async function renderPopup(search = '?tabId=7') {
  await loadTextPack('en');
  const view = render(<PopupApp search={search} initialLang="en" />);
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
  return view;
}

describe('popup: Cloudflare 1020', () => {
  it('says who refused in plain words, with layer, confidence, vendor and evidence', async () => {
    replyWith(cloudflare1020());
    await renderPopup();
    const headline = document.querySelector('[aria-live="polite"] .headline-text');
    expect(headline?.textContent).toBe(layerInfo('waf').sentence.en);
    expect(headline?.textContent).toContain('not an outage');
    expect(screen.getByText(layerInfo('waf').name.en)).toBeTruthy();
    const meter = document.querySelector('meter');
    expect(meter?.getAttribute('value')).toBe('0.92');
    expect(screen.getByText('92%')).toBeTruthy();
    expect(screen.queryByText(/Nothing was captured on this tab/)).toBeNull();
    expect(screen.getByText('Cloudflare')).toBeTruthy();
    const evidence = screen.getByRole('list', { name: 'Evidence' });
    expect(
      within(evidence)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CF_EVIDENCE);
    expect(screen.getByText('1020')).toBeTruthy();
  });

  it("explains the code, gives the guide's next steps and the don'ts with their reason", async () => {
    replyWith(cloudflare1020());
    await renderPopup();
    expect(screen.getByRole('heading', { name: 'What 403 means' })).toBeTruthy();
    expect(screen.getByText(statusInfo(403).meaning.en)).toBeTruthy();
    const steps = screen.getByRole('heading', { name: 'What to do next' }).parentElement!;
    const items = within(steps)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(layerInfo('waf').nextSteps.map((s) => s.en));
    const donts = screen.getByRole('heading', { name: 'What not to do' }).parentElement!;
    const randomCodes = DONTS.find((d) => d.id === 'random-codes')!;
    expect(within(donts).getByText(randomCodes.text.en).tagName).toBe('STRONG');
    expect(donts.textContent).toContain(randomCodes.why.en);
    expect(within(donts).getAllByRole('listitem')).toHaveLength(3);
  });

  it('says "probably" when the verdict is a likelihood, and shows the scope', async () => {
    replyWith(cloudflare1020({}, { probable: true }));
    await renderPopup();
    const headline = document.querySelector('.headline .headline-text')?.textContent ?? '';
    expect(headline).toMatch(/^Probably: refused by the CDN/);
    expect(screen.getByText('This network')).toBeTruthy();
  });

  it('words an unproven side as a likelihood and a compared one as a fact', async () => {
    replyWith(cloudflare1020({}, { probable: true, scopeProven: false }));
    const first = await renderPopup();
    expect(screen.getByText(/usually follows the network/)).toBeTruthy();
    expect(screen.queryByText(/the same code works elsewhere/)).toBeNull();
    first.unmount();
    replyWith(cloudflare1020({}, { probable: false, scopeProven: true }));
    await renderPopup();
    expect(screen.getByText(/the same code works elsewhere/)).toBeTruthy();
  });

  it('notes when the verdict rests on headers only', async () => {
    replyWith(cloudflare1020({ headersOnly: true }));
    await renderPopup();
    expect(screen.getByText(/rests on the response headers alone/)).toBeTruthy();
  });

  it('copies the support report and exports a HAR through the door', async () => {
    replyWith(cloudflare1020());
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy support report' }));
    await waitFor(() => expect(door.copyText).toHaveBeenCalledTimes(1));
    expect(door.send).toHaveBeenCalledWith('export-data', { tabId: 7 });
    // The page wrote the report from the worker's snapshot: the worker's verdict, worded in the UI language.
    const report = door.copyText.mock.calls[0]?.[0] ?? '';
    expect(report).toContain('IPTV access problem — report');
    expect(report).toMatch(/refused by the CDN’s firewall/i);
    expect(report).toContain('Cloudflare');
    await screen.findByText(/Report copied/);
    fireEvent.click(screen.getByRole('button', { name: 'Export HAR' }));
    await waitFor(() => expect(door.downloadText).toHaveBeenCalledTimes(1));
    const [filename, har, mime] = door.downloadText.mock.calls[0] ?? [];
    expect(filename).toBe('iptv-access-lens-2026-01-31T20-15-03Z.har');
    expect(mime).toBe('application/json');
    const entries = (JSON.parse(har ?? '') as { log: { entries: { response: { status: number } }[] } }).log
      .entries;
    expect(entries.map((entry) => entry.response.status)).toEqual([403]);
  });
});

describe('popup: 503', () => {
  it("presents a server fault as the provider's side, not a refusal", async () => {
    const failed = record('r1', {
      status: 503,
      layer: 'server',
      vendor: null,
      errorClass: 'server',
      role: 'catalog',
    });
    replyWith(state({ records: [failed], analysis: analysis('server', [failed.finding]) }));
    await renderPopup();
    expect(document.querySelector('.headline .headline-text')?.textContent).toBe(
      layerInfo('server').sentence.en,
    );
    expect(screen.getByRole('heading', { name: 'What 503 means' })).toBeTruthy();
    expect(screen.getByText(statusInfo(503).title.en)).toBeTruthy();
    expect(screen.getByText('Not identified')).toBeTruthy();
    const steps = screen.getByRole('heading', { name: 'What to do next' }).parentElement!;
    expect(steps.textContent).toContain(layerInfo('server').nextSteps[0]!.en);
  });
});

describe('popup: empty states', () => {
  it("explains the extension and offers to watch the tab's site when nothing is watched", async () => {
    replyWith(state({ watchedHosts: [], tabWatched: false, tabHost: 'panel.example.tv' }));
    door.requestHosts.mockResolvedValue({ granted: true, watchedHosts: ['panel.example.tv'] });
    await renderPopup();
    expect(screen.getByText('No site is watched yet.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What this extension does' })).toBeTruthy();
    // One watch button (the empty state's), no dead export buttons, no labels form yet.
    expect(screen.getAllByRole('button', { name: 'Watch panel.example.tv' })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Export HAR' })).toBeNull();
    expect(screen.queryByLabelText('Network')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Watch panel.example.tv' }));
    expect(door.requestHosts).toHaveBeenCalledWith(['panel.example.tv']);
    await screen.findByText(/panel\.example\.tv is now watched/);
  });

  it('offers the hosts the page named one by one, as the page’s claim: never one batch permission request', async () => {
    const hosts = ['edge.other-cdn.example', 'panel.other.example'];
    replyWith(state({ unwatchedHosts: hosts }));
    door.requestHosts.mockResolvedValue({ granted: true, watchedHosts: ['cdn.example.tv', hosts[1] ?? ''] });
    await renderPopup();
    const notice = screen.getByRole('region', {
      name: 'This page also failed on sites that are not watched',
    });
    expect(notice.getAttribute('data-reported-by')).toBe('page');
    expect(
      [...notice.querySelectorAll('[data-unwatched-host]')].map((item) =>
        item.getAttribute('data-unwatched-host'),
      ),
    ).toEqual(hosts);
    expect(notice.textContent).toContain('Named by the page itself');
    expect(notice.textContent).toContain('the player’s own site must be watched too');
    expect(screen.queryByRole('button', { name: 'Watch them too' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Watch panel.other.example too' }));
    expect(door.requestHosts).toHaveBeenCalledTimes(1);
    expect(door.requestHosts).toHaveBeenCalledWith(['panel.other.example']);
    await screen.findByText(/panel\.other\.example is now watched/);
  });

  it('says why the player’s own site must be watched when only its servers are', async () => {
    replyWith(state({ tabWatched: false, tabHost: 'player.example.tv' }));
    await renderPopup();
    expect(screen.getByText(/player\.example\.tv is not watched/)).toBeTruthy();
    expect(screen.getByText(/watches both the server and the page that made it/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: /not watched/ })).toBeNull();
  });

  it('says what will happen when nothing was captured yet', async () => {
    replyWith(state());
    await renderPopup();
    expect(screen.getByText('Nothing refused so far.')).toBeTruthy();
    expect(screen.getByText(/this window will tell you which layer said no/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Who said no' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Stop watching cdn.example.tv' })).toBeTruthy();
  });

  it('says so when the worker answers with the latest events of other tabs', async () => {
    const elsewhere = record('r1', { tabId: 3, evidence: CF_EVIDENCE });
    replyWith(state({ records: [elsewhere], analysis: analysis('waf', [elsewhere.finding]) }));
    await renderPopup();
    expect(door.send).toHaveBeenCalledWith('get-state', { tabId: 7, url: 'https://cdn.example.tv/watch' });
    expect(screen.getByText(/Nothing was captured on this tab/)).toBeTruthy();
    expect(document.querySelector('.headline .headline-text')?.textContent).toBe(
      layerInfo('waf').sentence.en,
    );
  });
});

describe('popup: French', () => {
  it('renders every card in French when the worker says so', async () => {
    replyWith(cloudflare1020({ lang: 'fr' }));
    await renderPopup();
    expect(document.querySelector('.headline .headline-text')?.textContent).toBe(
      layerInfo('waf').sentence.fr,
    );
    expect(screen.getByRole('heading', { name: 'Qui a dit non' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ce que signifie 403' })).toBeTruthy();
    // The query collapses whitespace, no-break spaces included; compare the same way.
    expect(screen.getByText(statusInfo(403).meaning.fr.replace(/\s+/g, ' '))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copier le rapport pour le support' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
  });

  it('words the engine’s evidence in French and leaves the quoted markers as received', async () => {
    const evidence = [
      'server: cloudflare',
      'Cloudflare error code 1020',
      'HTTP 403 on stream endpoint (get.php)',
    ];
    replyWith(cloudflare1020({ lang: 'fr' }, { evidence }));
    await renderPopup();
    const list = screen.getByRole('list', { name: 'Indices' });
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'server: cloudflare',
      'code d’erreur Cloudflare : 1020',
      'HTTP 403 sur un point d’accès de flux (get.php)',
    ]);
  });
});

function many(count: number): CapturedRecord[] {
  const hosts = ['a.example.tv', 'b.example.tv'];
  const roles: Role[] = ['stream', 'catalog', 'epg'];
  const codes: Array<[number, ErrorClass]> = [
    [403, 'refusal'],
    [404, 'missing'],
    [503, 'server'],
  ];
  return Array.from({ length: count }, (_, index) => {
    const [status, errorClass] = codes[index % 3]!;
    return record(`r${index}`, {
      host: hosts[index % 2]!,
      role: roles[index % 3]!,
      status,
      errorClass,
      startedAt: T0 + index * 1000,
    });
  });
}

describe('popup: events list', () => {
  it('renders 100 of 2,000 rows at first, and more on request', async () => {
    const records = many(2000);
    replyWith(state({ records, analysis: analysis('waf', [records[0]!.finding]) }));
    await renderPopup();
    const table = document.querySelector('.event-table tbody')!;
    expect(table.querySelectorAll('tr')).toHaveLength(100);
    expect(screen.getByText('Showing 100 of 2000')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(table.querySelectorAll('tr')).toHaveLength(200);
  });

  it('filters by code, host and role', async () => {
    const records = many(12);
    replyWith(state({ records, analysis: analysis('waf', [records[0]!.finding]) }));
    await renderPopup();
    const rows = () => [...document.querySelectorAll('.event-table tbody tr')];
    expect(rows()).toHaveLength(12);
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: '404' } });
    expect(rows()).toHaveLength(4);
    expect(rows().every((row) => row.querySelector('.code')?.textContent === '404')).toBe(true);
    fireEvent.change(screen.getByLabelText('Host'), { target: { value: 'b.example.tv' } });
    // 404 is every third record from index 1, b.example.tv every odd index: 1, 7.
    expect(rows()).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'epg' } });
    expect(rows()).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'catalog' } });
    expect(rows()).toHaveLength(2);
    expect(screen.getByText('Showing 2 of 2')).toBeTruthy();
  });

  it('draws a timeline bar per class in the class colour', async () => {
    const records = many(9);
    replyWith(state({ records, analysis: analysis('waf', [records[0]!.finding]) }));
    await renderPopup();
    const svg = document.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toContain('Refusal: 3, Not found: 3, Server error: 3');
    expect(svg.querySelectorAll('rect.bar-refusal').length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('rect.bar-server').length).toBeGreaterThan(0);
    expect(svg.querySelectorAll('rect.bar-network')).toHaveLength(0);
  });
});

describe('popup: hostile values', () => {
  it('shows script tags, control characters and 10 KB values as inert, clipped text', async () => {
    const huge = `x-junk: ${'A'.repeat(10_240)}`;
    const script = 'x-note: <script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">';
    const control = 'x-split: ok\r\nset-cookie: injected\u0000\u202eevil';
    const hostile = record('r1', { evidence: [huge, script, control], vendorErrorCode: '<b>1020</b>' });
    replyWith(
      state({
        records: [hostile],
        analysis: analysis('waf', [hostile.finding], { evidence: [huge, script, control] }),
      }),
    );
    await renderPopup();
    expect(document.querySelectorAll('script, img, b')).toHaveLength(0);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    const items = within(screen.getByRole('list', { name: 'Evidence' })).getAllByRole('listitem');
    const [bigItem, scriptItem, controlItem] = items.map((li) => li.querySelector('.clipped')!);
    expect(bigItem!.textContent!.length).toBeLessThanOrEqual(140);
    expect(bigItem!.getAttribute('title')).toHaveLength(huge.length);
    expect(scriptItem!.textContent).toContain('<script>window.__pwned = true</script>');
    for (const hidden of ['\r', '\n', '\u0000', '\u202e'])
      expect(controlItem!.textContent).not.toContain(hidden);
    expect(controlItem!.textContent).toContain('ok\ufffd\ufffdset-cookie');
    expect(screen.getByText('<b>1020</b>')).toBeTruthy();
  });
});

describe('popup: labels', () => {
  it('sends the network and device labels when a field is committed', async () => {
    replyWith(cloudflare1020({ labels: { network: 'Wi-Fi box' } }));
    await renderPopup();
    const network = screen.getByLabelText('Network') as HTMLInputElement;
    expect(network.value).toBe('Wi-Fi box');
    fireEvent.input(screen.getByLabelText('Device'), { target: { value: ' Fire TV ' } });
    fireEvent.change(screen.getByLabelText('Device'));
    await waitFor(() =>
      expect(door.send).toHaveBeenCalledWith('set-labels', { network: 'Wi-Fi box', device: 'Fire TV' }),
    );
  });
});
