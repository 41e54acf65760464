// @vitest-environment happy-dom
/**
 * The options page against a fake browser door: host permissions, playlist import, language, settings
 * transfer, the log viewer and HAR analysis. The core (settings, host patterns, tables) is real.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import type { CapturedRecord } from '../../../src/messages.ts';
import { HarInputError, parseHar } from '../../../src/outputs/har/read.ts';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../src/settings.ts';
import { currentVerdict } from '../../../src/verdict/current.ts';
import { verdictOfExchanges } from '../../../src/verdict/from-exchanges.ts';
import { wordVerdict } from '../../../src/verdict/wording.ts';
import { verdictWords } from '../../../src/verdict/words.ts';

const storage = vi.hoisted(() => ({
  readSettings: vi.fn(),
  writeSettings: vi.fn(async (_settings: Settings) => {}),
  onSettingsChanged: vi.fn((_listener: (settings: Settings) => void) => () => {}),
}));
vi.mock('../../../options/browser.ts', () => storage);

const door = vi.hoisted(() => ({
  send: vi.fn(),
  grantedHosts: vi.fn(async () => [] as string[]),
  requestHosts: vi.fn(),
  releaseHosts: vi.fn(),
  browserLanguages: vi.fn(() => ['en-US']),
  downloadText: vi.fn(),
}));
vi.mock('../../../popup/browser.ts', () => door);

const { OptionsApp } = await import('../../../options/app.tsx');
const { readSettingsFile } = await import('../../../options/settings-transfer.tsx');

const T0 = Date.parse('2026-11-20T20:00:00Z');

/** The English text of the reader's refusal, as the page should show it. */
function errorText(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof HarInputError) return error.text.en;
  }
  throw new Error('expected a HarInputError');
}

function settings(overrides: Partial<Settings> = {}): Settings {
  return normalizeSettings({ ...DEFAULT_SETTINGS, ...overrides });
}

function logRecord(id: string, status: number, host: string, at: number): CapturedRecord {
  const url = `https://${host}/live/stream.m3u8`;
  return {
    id,
    exchange: {
      url,
      method: 'GET',
      status,
      startedAt: at,
      requestHeaders: [{ name: 'user-agent', value: 'TestPlayer/1.0' }],
      responseHeaders: [
        { name: 'server', value: 'cloudflare' },
        { name: 'x-evil', value: '<script>alert(1)</script>' },
      ],
      context: { network: 'Wi-Fi box', tabId: 3 },
    },
    finding: {
      entry: Number(id),
      status,
      url,
      startedAt: at,
      layer: status === 403 ? 'waf' : 'not-found',
      vendor: status === 403 ? 'cloudflare' : null,
      role: 'stream',
      confidence: status === 403 ? 0.9 : 0.6,
      evidence: status === 403 ? ['server: cloudflare'] : ['status 404'],
      errorClass: status === 403 ? 'refusal' : 'missing',
    },
  };
}

const LOG = [
  logRecord('1', 403, 'cdn.example.tv', T0),
  logRecord('2', 404, 'vod.example.org', T0 + 60_000),
  logRecord('3', 403, 'cdn.example.tv', T0 + 120_000),
];

/** The worker's get-log verdict for LOG: the current verdict of those records. */
const LOG_ANALYSIS = analyze(
  LOG.map((record) => record.exchange),
  { findings: LOG.map((record) => record.finding) },
);
const LOG_VERDICT = currentVerdict({
  analysis: LOG_ANALYSIS,
  proof: null,
  exchanges: LOG.map((record) => record.exchange),
  now: T0,
});

beforeEach(() => {
  vi.clearAllMocks();
  storage.readSettings.mockResolvedValue(settings());
  door.grantedHosts.mockResolvedValue([]);
  door.send.mockImplementation(async (type: string) => {
    if (type === 'get-log') return { records: LOG, successes: [], verdict: LOG_VERDICT };
    throw new Error(`unexpected ${type}`);
  });
});
afterEach(cleanup);

async function renderOptions(search = '') {
  const view = render(<OptionsApp search={search} />);
  await screen.findByRole('heading', { name: 'Watched sites' });
  return view;
}

describe('options: hosts', () => {
  it('adds a wildcard host through the permission door', async () => {
    door.requestHosts.mockImplementation(async () => {
      // What the worker does on hosts-changed: the grant becomes the stored list.
      storage.readSettings.mockResolvedValue(settings({ watchedHosts: ['*.example.tv'] }));
      door.grantedHosts.mockResolvedValue(['*.example.tv']);
      return { granted: true, watchedHosts: ['*.example.tv'] };
    });
    await renderOptions();
    fireEvent.input(screen.getByLabelText('Add a site'), { target: { value: '  *.Example.TV ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(door.requestHosts).toHaveBeenCalledTimes(1);
    expect(door.requestHosts).toHaveBeenCalledWith(['*.example.tv']);
    await screen.findByText('*.example.tv is now watched.');
    expect(screen.getByRole('button', { name: 'Remove *.example.tv' })).toBeTruthy();
  });

  it('explains what is wrong with a host instead of asking the browser', async () => {
    await renderOptions();
    const input = screen.getByLabelText('Add a site');
    fireEvent.input(input, { target: { value: 'exa*mple.tv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toMatch(/only allowed at the start/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(input, { target: { value: '*.tv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toMatch(/needs a domain after it/);
    fireEvent.input(input, { target: { value: '*' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert').textContent).toMatch(/every website/);
    expect(door.requestHosts).not.toHaveBeenCalled();
  });

  it('removes a host, and offers to grant a host that settings list without permission', async () => {
    storage.readSettings.mockResolvedValue(settings({ watchedHosts: ['cdn.example.tv', 'old.example.org'] }));
    door.grantedHosts.mockResolvedValue(['cdn.example.tv']);
    door.releaseHosts.mockResolvedValue({
      granted: false,
      watchedHosts: [],
    });
    await renderOptions();
    await screen.findByRole('button', { name: 'Grant access to old.example.org' });
    expect(screen.queryByRole('button', { name: 'Grant access to cdn.example.tv' })).toBeNull();
    expect(screen.getAllByText('(access not granted)')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove cdn.example.tv' }));
    expect(door.releaseHosts).toHaveBeenCalledWith(['cdn.example.tv']);
    await screen.findByText('cdn.example.tv removed.');
  });

  it('offers the site the popup came from', async () => {
    door.requestHosts.mockResolvedValue({ granted: false, watchedHosts: [] });
    await renderOptions('?site=Panel.Example.tv');
    fireEvent.click(screen.getByRole('button', { name: 'Watch panel.example.tv (the site you came from)' }));
    expect(door.requestHosts).toHaveBeenCalledWith(['panel.example.tv']);
    await screen.findByText('Access was not granted, so nothing changed.');
  });

  it('imports the hosts of a pasted M3U playlist, credentials left behind', async () => {
    storage.readSettings.mockResolvedValue(settings({ watchedHosts: ['epg.example.tv'] }));
    door.requestHosts.mockResolvedValue({ granted: true, watchedHosts: [] });
    await renderOptions();
    const playlist = [
      '#EXTM3U url-tvg="http://epg.example.tv/xmltv.php?username=bob&password=hunter2"',
      '#EXTINF:-1 tvg-logo="https://logos.example.net/a.png",Channel A',
      'http://line.example.tv:8080/live/bob/hunter2/1.ts',
      '#EXTINF:-1,Channel B',
      'https://backup.example.org/hls/b.m3u8',
    ].join('\n');
    fireEvent.input(screen.getByLabelText('Playlist text'), { target: { value: playlist } });
    fireEvent.click(screen.getByRole('button', { name: 'Find the sites' }));
    expect(screen.getByText('Sites found: 3.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('hunter2');
    const alreadyWatched = screen.getByLabelText(/epg\.example\.tv/) as HTMLInputElement;
    expect(alreadyWatched.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText(/backup\.example\.org/));
    fireEvent.click(screen.getByRole('button', { name: 'Watch the selected sites (1)' }));
    expect(door.requestHosts).toHaveBeenCalledWith(['line.example.tv']);
  });
});

describe('options: preferences', () => {
  it('switches the whole page to French and stores the choice', async () => {
    await renderOptions();
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'fr' } });
    await screen.findByRole('heading', { name: 'Sites surveillés' });
    expect(screen.getByLabelText('Langue')).toBeTruthy();
    expect(storage.writeSettings).toHaveBeenLastCalledWith(expect.objectContaining({ lang: 'fr' }));
  });

  it('writes badge, capture and retention changes as normalised settings', async () => {
    await renderOptions();
    fireEvent.click(screen.getByLabelText('404 — not found'));
    expect(storage.writeSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ capture: expect.objectContaining({ statuses: [401, 403, 429] }) }),
    );
    fireEvent.click(screen.getByLabelText('Server error'));
    expect(storage.writeSettings.mock.lastCall?.[0].badge.classes).not.toContain('server');
    fireEvent.change(screen.getByLabelText('Keep events for (days)'), { target: { value: '900' } });
    expect(storage.writeSettings.mock.lastCall?.[0].retentionDays).toBe(90);
  });
});

describe('options: settings kept fresh', () => {
  it('takes settings stored elsewhere (the worker syncing hosts) instead of writing back a stale copy', async () => {
    await renderOptions();
    const listener = storage.onSettingsChanged.mock.lastCall?.[0];
    expect(listener).toBeDefined();
    listener?.(settings({ watchedHosts: ['new.example.tv'], lang: 'en' }));
    await screen.findByRole('button', { name: 'Remove new.example.tv' });
    fireEvent.click(screen.getByLabelText('Refusal'));
    expect(storage.writeSettings.mock.lastCall?.[0].watchedHosts).toEqual(['new.example.tv']);
  });
});

describe('options: settings transfer', () => {
  it('reads an exported file back, repairing bad fields, and refuses what is not settings', () => {
    const outcome = readSettingsFile(
      JSON.stringify({ version: 1, lang: 'fr', maxEvents: 'lots', watchedHosts: ['a.tv', '*'] }),
    );
    expect(outcome.ok && outcome.settings.lang).toBe('fr');
    expect(outcome.ok && outcome.settings.maxEvents).toBe(DEFAULT_SETTINGS.maxEvents);
    expect(outcome.ok && outcome.settings.watchedHosts).toEqual(['a.tv']);
    expect(readSettingsFile('{not json')).toEqual({ ok: false, reason: 'json' });
    expect(readSettingsFile('[1,2]')).toEqual({ ok: false, reason: 'shape' });
  });

  it('exports the current settings as a JSON download', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Export settings' }));
    const [filename, text, mime] = door.downloadText.mock.lastCall ?? [];
    expect(filename).toBe('iptv-access-lens-settings.json');
    expect(mime).toBe('application/json');
    expect(JSON.parse(text)).toEqual(settings());
  });
});

describe('options: log viewer', () => {
  it('searches, sorts and opens a record with its headers as text', async () => {
    await renderOptions();
    const log = screen.getByRole('heading', { name: 'Event log' }).parentElement!;
    await within(log).findByText('3 shown out of 3');
    // What the records say together, in the popup's words; the rows show no confidence of their own.
    const verdict = log.querySelector<HTMLElement>('[data-verdict]')!;
    expect(verdict.querySelector('.headline-text')?.textContent).toBe(
      wordVerdict(LOG_VERDICT, verdictWords('en'), 'en').headline,
    );
    expect(verdict.dataset.confidence).toBe(String(LOG_VERDICT.confidence));
    expect(within(log).queryByRole('columnheader', { name: /Confidence/ })).toBeNull();
    const rows = () =>
      [...log.querySelectorAll('.log-table tbody tr')].map((tr) => tr.querySelector('td.code')?.textContent);
    expect(rows()).toEqual(['403', '404', '403']);
    fireEvent.input(within(log).getByLabelText('Search'), { target: { value: 'vod.example' } });
    expect(rows()).toEqual(['404']);
    fireEvent.input(within(log).getByLabelText('Search'), { target: { value: '' } });
    fireEvent.click(within(log).getByRole('button', { name: 'Code' }));
    expect(rows()).toEqual(['403', '403', '404']);
    expect(within(log).getByRole('columnheader', { name: /Code/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    fireEvent.click(within(log).getAllByRole('button', { name: 'Details' })[0]!);
    const detail = await within(log).findByRole('table', { name: 'Response headers' });
    expect(within(detail).getByText('<script>alert(1)</script>')).toBeTruthy();
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(within(log).getByText('Wi-Fi box')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('detail-title'));
    const opener = within(log).getAllByRole('button', { name: 'Details' })[0]!;
    fireEvent.click(within(log).getByRole('button', { name: 'Close' }));
    expect(within(log).queryByRole('table', { name: 'Response headers' })).toBeNull();
    expect(document.activeElement).toBe(opener);
    // Escape closes an open record too, before a section left open elsewhere on the page (the innermost first).
    const elsewhere = document.createElement('details');
    elsewhere.open = true;
    elsewhere.innerHTML = '<summary>Another section</summary><p>open</p>';
    document.body.append(elsewhere);
    fireEvent.click(opener);
    await within(log).findByRole('table', { name: 'Response headers' });
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(within(log).queryByRole('table', { name: 'Response headers' })).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(elsewhere.open).toBe(true);
    // With nothing else open, the next Escape closes that section.
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(elsewhere.open).toBe(false);
    elsewhere.remove();
  });
});

describe('options: HAR analysis', () => {
  /** Ten requests to one CDN, one refused by Akamai's edge: what DevTools would export. */
  function akamaiHar(): string {
    const entry = (status: number, path: string, headers: { name: string; value: string }[]) => ({
      startedDateTime: new Date(T0).toISOString(),
      time: 40,
      request: { method: 'GET', url: `https://cdn.example.tv${path}`, headers: [] },
      response: { status, statusText: '', headers, content: { size: 0, mimeType: 'text/html' } },
      timings: { send: 0, wait: 40, receive: 0 },
    });
    const entries = [
      ...Array.from({ length: 9 }, (_, i) => entry(200, `/hls/${i}.ts`, [])),
      entry(403, '/hls/9.ts', [{ name: 'Server', value: 'AkamaiGHost' }]),
    ];
    return JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, entries } });
  }

  it('analyses the file in the page with the CLI’s core and shows the same verdict view as the popup', async () => {
    const text = akamaiHar();
    const exchanges = parseHar(text);
    const expected = analyze(exchanges);
    expect(expected.verdict.vendor).toBe('akamai');
    const { verdict } = verdictOfExchanges(expected, exchanges, T0);
    door.send.mockImplementation(async (type: string) => {
      if (type === 'get-log') return { records: [], successes: [], verdict: LOG_VERDICT };
      throw new Error(type);
    });
    await renderOptions();
    const file = new File([text], 'capture.har', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Choose a HAR file'), { target: { files: [file] } });
    const har = screen.getByRole('heading', { name: 'Analyse a HAR file' }).parentElement!;
    // The same sentence `iptv-lens report` writes for this file.
    await waitFor(() =>
      expect(har.querySelector('.headline-text')?.textContent).toBe(
        wordVerdict(verdict, verdictWords('en'), 'en').headline,
      ),
    );
    expect(har.querySelector('[data-verdict]')?.getAttribute('data-vendor')).toBe('akamai');
    expect(har.querySelector('.vendor')?.textContent).toBe('Akamai');
    expect(within(har).getByText('Failed requests: 1 of 10')).toBeTruthy();
    // The dropped file never goes to the worker: no message carries any of it.
    expect(door.send).toHaveBeenCalled();
    expect(JSON.stringify(door.send.mock.calls)).not.toContain('/hls/9.ts');
  });

  it('says what is wrong with a file that is not a HAR, in the page’s language', async () => {
    door.send.mockImplementation(async (type: string) => {
      if (type === 'get-log') return { records: [], successes: [], verdict: LOG_VERDICT };
      throw new Error(type);
    });
    await renderOptions();
    const har = screen.getByRole('heading', { name: 'Analyse a HAR file' }).parentElement!;
    fireEvent.change(screen.getByLabelText('Choose a HAR file'), {
      target: { files: [new File(['hello'], 'notes.txt')] },
    });
    const reason = errorText(() => parseHar('hello'));
    await within(har).findByText(`notes.txt could not be analysed: ${reason}`);
  });
});
