// @vitest-environment happy-dom
/**
 * The guided diagnosis view against fake worker replies: only the browser door is replaced; the step list,
 * the text packs and the verdict rows are the real ones. The view sends what the user pressed and shows what
 * the worker answered — it never decides an outcome or a side itself.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProofResult, ProofSession } from '../../../../src/messages.ts';
import type { Finding, Lang } from '../../../../src/types.ts';
import { currentVerdict } from '../../../../src/verdict/current.ts';
import { type FullState, historyOf, snapshotOf, wireState } from '../../helpers/export-snapshot.ts';

const door = vi.hoisted(() => ({
  send: vi.fn(),
  requestHosts: vi.fn(),
  releaseHosts: vi.fn(),
  grantedHosts: vi.fn(async () => [] as string[]),
  openOptionsPage: vi.fn(),
  browserLanguages: vi.fn(() => ['en-US']),
  copyText: vi.fn(async () => {}),
  downloadText: vi.fn(),
}));
vi.mock('../../../../popup/browser.ts', async (original) => ({
  ...door,
  tabFromQuery: (await original<typeof import('../../../../popup/browser.ts')>()).tabFromQuery,
}));

const { DiagnoseView } = await import('../../../../popup/proofs/diagnose-view.tsx');
const { PopupApp } = await import('../../../../popup/app.tsx');
const { Timeline } = await import('../../../../popup/events/timeline.tsx');
const { I18nProvider, loadTextPack } = await import('../../../../popup/text/i18n-context.tsx');

const T0 = Date.parse('2026-11-20T20:00:00Z');
const URL_403 = 'https://cdn.example.tv/live/REDACTED_USER/REDACTED_PASS/101.m3u8';

const finding: Finding = {
  entry: 0,
  status: 403,
  url: URL_403,
  startedAt: T0,
  layer: 'waf',
  vendor: 'cloudflare',
  role: 'playlist',
  confidence: 0.9,
  evidence: [],
  errorClass: 'refusal',
};

function result(step: ProofResult['step'], label: string, outcome?: ProofResult['outcome']): ProofResult {
  const at = T0 + 60_000 * (['wifi-vs-mobile', 'hotspot', 'vpn', 'dns', 'other-device'].indexOf(step) + 1);
  return {
    step,
    label,
    startedAt: at,
    ...(outcome ? { endedAt: at + 30_000, outcome } : {}),
    context: { network: label },
    failures: outcome === 'same-refusal' ? 2 : 0,
    successes: outcome === 'works' ? 9 : 0,
    statuses: outcome === 'same-refusal' ? [403] : [],
  };
}

function session(results: ProofResult[], current?: ProofResult['step']): ProofSession {
  return { id: 'p', startedAt: T0, host: 'cdn.example.tv', results, ...(current ? { current } : {}) };
}

/** A worker reply; its verdict is what the worker computes (src/verdict/current.ts) from the same data. */
function state(proof: ProofSession | null = null): FullState {
  const reply: Omit<FullState, 'verdict'> = {
    records: [
      {
        id: 'r1',
        exchange: {
          url: URL_403,
          method: 'GET',
          status: 403,
          startedAt: T0,
          requestHeaders: [],
          responseHeaders: [],
          context: { tabId: 7 },
        },
        finding,
      },
    ],
    analysis: {
      verdict: {
        layer: 'waf',
        scope: 'network',
        confidence: 0.9,
        vendor: 'cloudflare',
        probable: true,
        evidence: [],
        rootEntry: 0,
      },
      findings: [finding],
      totals: { entries: 1, failures: 1, successes: 0 },
    },
    headersOnly: true,
    watchedHosts: ['cdn.example.tv'],
    tabHost: 'cdn.example.tv',
    tabWatched: true,
    labels: {},
    lang: 'en',
    proof,
  };
  const exchanges = reply.records.map((record) => record.exchange);
  return { ...reply, verdict: currentVerdict({ analysis: reply.analysis, proof, exchanges, now: T0 }) };
}

const onChanged = vi.fn();

async function renderView(reply: FullState, lang: Lang = 'en') {
  await loadTextPack('en');
  await loadTextPack('fr');
  return render(
    <I18nProvider lang={lang}>
      <DiagnoseView state={wireState(reply)} tabId={7} onChanged={onChanged} />
    </I18nProvider>,
  );
}

beforeEach(() => {
  vi.clearAllMocks();
  door.send.mockImplementation(async () => ({ proof: session([]), ok: true }));
});
afterEach(cleanup);

describe('the steps', () => {
  it('starts from the refusal, shows the first test from the data, and "Test now" sends its label', async () => {
    await renderView(state());
    const failure = screen.getByRole('region', { name: 'The refusal being checked' });
    expect(within(failure).getByText('cdn.example.tv')).toBeTruthy();
    expect(within(failure).getByText('/live/REDACTED_USER/REDACTED_PASS/101.m3u8')).toBeTruthy();
    expect(within(failure).getByText('403')).toBeTruthy();
    expect(screen.getByText('Test 1 of 5')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wi-Fi vs mobile data' })).toBeTruthy();
    // Worded for this computer, not for a TV.
    expect(screen.getByText(/Connect this computer to another connection/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Name of the network for this test'), {
      target: { value: ' Wi-Fi box ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Test now' }));
    expect(door.send).toHaveBeenCalledWith('proof-start', {
      step: 'wifi-vs-mobile',
      context: { network: 'Wi-Fi box' },
      tabId: 7,
    });
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
  });

  it('while a test runs: says to replay the channel, locks the label, and "Done" asks the worker', async () => {
    await renderView(state(session([result('wifi-vs-mobile', 'Wi-Fi box')], 'wifi-vs-mobile')));
    expect(screen.getByText(/replay the channel once in the player now/)).toBeTruthy();
    expect((screen.getByLabelText('Name of the network for this test') as HTMLInputElement).disabled).toBe(
      true,
    );
    expect(screen.queryByRole('button', { name: 'Test now' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(door.send).toHaveBeenCalledWith('proof-finish', {});
  });

  it('keeps keyboard focus on the action that replaced the one pressed', async () => {
    const view = await renderView(state());
    const running = state(session([result('wifi-vs-mobile', 'Wi-Fi')], 'wifi-vs-mobile'));
    view.rerender(
      <I18nProvider lang="en">
        <DiagnoseView state={wireState(running)} tabId={7} onChanged={onChanged} />
      </I18nProvider>,
    );
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Done'));
  });

  it('shows the recorded outcome and how to read it; "Next test" opens the next one', async () => {
    await renderView(state(session([result('wifi-vs-mobile', 'Wi-Fi box', 'same-refusal')])));
    // The first open test is shown; the done one is reachable from the list.
    expect(screen.getByRole('heading', { name: 'Phone hotspot' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to test 1: Wi-Fi vs mobile data' }));
    expect(screen.getByText('Result: same refusal')).toBeTruthy();
    expect(screen.getByText(/Fine on one, refused on the other/)).toBeTruthy();
    expect((screen.getByLabelText('Name of the network for this test') as HTMLInputElement).value).toBe(
      'Wi-Fi box',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next test' }));
    expect(screen.getByRole('heading', { name: 'Phone hotspot' })).toBeTruthy();
    const list = screen.getByRole('region', { name: 'The tests' });
    expect(within(list).getByText(/same refusal \(Wi-Fi box\)/)).toBeTruthy();
  });

  it('a test that saw no traffic says so and offers to run it again', async () => {
    await renderView(state(session([result('wifi-vs-mobile', 'Wi-Fi', 'no-traffic')])));
    fireEvent.click(screen.getByRole('button', { name: 'Go to test 1: Wi-Fi vs mobile data' }));
    expect(screen.getByText('Result: no traffic seen')).toBeTruthy();
    expect(screen.getByText(/Nothing reached the refused service during the test/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Test again' })).toBeTruthy();
  });

  it('the VPN test records the VPN state; "Skip" tells the worker and moves on', async () => {
    await renderView(state());
    fireEvent.click(screen.getByRole('button', { name: 'Go to test 3: VPN off, then on' }));
    fireEvent.click(screen.getByLabelText('A VPN or proxy is on during this test'));
    fireEvent.click(screen.getByRole('button', { name: 'Test now' }));
    expect(door.send).toHaveBeenCalledWith('proof-start', { step: 'vpn', context: { vpn: true }, tabId: 7 });
    // Buttons wait for the worker's answer before they take another press.
    const skip = screen.getByRole('button', { name: 'Skip' }) as HTMLButtonElement;
    expect(skip.disabled).toBe(true);
    await waitFor(() => expect(skip.disabled).toBe(false));
    fireEvent.click(skip);
    expect(door.send).toHaveBeenCalledWith('proof-skip', { step: 'vpn' });
    expect(screen.getByRole('heading', { name: 'Another DNS' })).toBeTruthy();
    expect(screen.getByLabelText('DNS used for this test')).toBeTruthy();
  });

  it('another device: the person tells what happened there, with the device’s name', async () => {
    await renderView(state());
    fireEvent.click(screen.getByRole('button', { name: 'Go to test 5: Another device' }));
    expect(screen.getByText(/the extension cannot see another device/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Name of the device for this test'), {
      target: { value: 'Fire TV' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Same refusal there' }));
    expect(door.send).toHaveBeenCalledWith('proof-skip', {
      step: 'other-device',
      told: { outcome: 'same-refusal', context: { device: 'Fire TV' } },
    });
  });

  it('speaks French from the French pack', async () => {
    await renderView(state(), 'fr');
    expect(screen.getByRole('button', { name: 'Tester maintenant' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wi-Fi ou données mobiles' })).toBeTruthy();
  });
});

describe('the verdict and the report', () => {
  const oneProof = () => state(session([result('wifi-vs-mobile', '4G', 'works')]));

  async function openVerdict(reply: FullState) {
    await renderView(reply);
    fireEvent.click(screen.getAllByRole('button', { name: 'See the verdict' })[0]!);
    return screen.getByRole('region', { name: 'What the tests show' });
  }

  it('one proof: "probably", what it showed, what to do, the test that would settle it, the don\'ts', async () => {
    const card = await openVerdict(oneProof());
    expect(card.dataset).toMatchObject({ source: 'proofs', scope: 'network', hedged: 'true' });
    expect(card.querySelector('.headline-text')?.textContent).toBe(
      'Probably: your network is the cause, not your account.',
    );
    expect(within(card).getByText('Tests: works on 4G.')).toBeTruthy();
    expect(within(card).getByText(/Restart your internet router/)).toBeTruthy();
    expect(within(card).getByText('The test that would settle it: Phone hotspot')).toBeTruthy();
    const donts = within(card)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(donts.some((text) => /reinstall the app again/.test(text))).toBe(true);
    expect(donts.some((text) => /codes or accounts at random/.test(text))).toBe(true);
    expect(donts.some((text) => /factory-reset/.test(text))).toBe(true);
    fireEvent.click(within(card).getByRole('button', { name: 'Do this test' }));
    expect(screen.getByRole('heading', { name: 'Phone hotspot' })).toBeTruthy();
  });

  it('two agreeing proofs: no "probably", no next test; an account verdict says to contact the provider', async () => {
    const card = await openVerdict(
      state(
        session([
          result('wifi-vs-mobile', 'Wi-Fi', 'same-refusal'),
          result('other-device', 'Phone', 'same-refusal'),
        ]),
      ),
    );
    expect(card.querySelector('.headline-text')?.textContent).toBe(
      'Refused on every network tried: the account or the service is the cause.',
    );
    expect(within(card).getByText('Shown by the tests')).toBeTruthy();
    expect(within(card).queryByText(/would settle it/)).toBeNull();
    expect(card.querySelector('.do-now')?.textContent).toMatch(/Send the report to your provider/);
  });

  it('copies and downloads the report in the language picked here, and the redacted HAR', async () => {
    const reply = oneProof();
    door.send.mockImplementation(async (type: string) =>
      type === 'export-data' ? snapshotOf(reply) : { proof: session([]), ok: true },
    );
    await openVerdict(reply);
    fireEvent.click(screen.getByRole('radio', { name: 'Français' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() =>
      expect(door.copyText).toHaveBeenCalledWith(expect.stringContaining('Problème d’accès IPTV — rapport')),
    );
    expect(door.send).toHaveBeenCalledWith('export-data', { tabId: 7 });
    fireEvent.click(screen.getByRole('button', { name: 'Download report (.md)' }));
    await waitFor(() =>
      expect(door.downloadText).toHaveBeenCalledWith(
        'iptv-access-lens-report-2026-01-31T20-15-03Z-fr.md',
        expect.stringMatching(/^## Problème d’accès IPTV — rapport/),
        'text/markdown',
      ),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download report (.txt)' }));
    await waitFor(() =>
      expect(door.downloadText).toHaveBeenCalledWith(
        'iptv-access-lens-report-2026-01-31T20-15-03Z-en.txt',
        expect.stringContaining('IPTV access problem — report'),
        'text/plain',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download redacted HAR' }));
    await waitFor(() =>
      expect(door.downloadText).toHaveBeenCalledWith(
        'iptv-access-lens-2026-01-31T20-15-03Z.har',
        expect.stringContaining('"version": "1.2"'),
        'application/json',
      ),
    );
  });
});

describe('in the popup', () => {
  it('the main view opens the Diagnose view; Back returns focus to its button', async () => {
    door.send.mockImplementation(async (type: string) => {
      if (type === 'get-state') return wireState(state());
      if (type === 'get-history') return historyOf(state());
      throw new Error(`unexpected ${type}`);
    });
    await loadTextPack('en');
    render(<PopupApp search="?tabId=7" initialLang="en" />);
    const open = await screen.findByRole('button', { name: 'Diagnose step by step' });
    fireEvent.click(open);
    const heading = await screen.findByRole('heading', { name: 'Guided diagnosis' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    const again = await screen.findByRole('button', { name: 'Diagnose step by step' });
    await waitFor(() => expect(document.activeElement).toBe(again));
  });
});

describe('the timeline', () => {
  it('marks each test over the errors, numbered in the order they ran, with its label and outcome', async () => {
    await loadTextPack('en');
    const proofs = [result('hotspot', '4G', 'works'), result('wifi-vs-mobile', 'Wi-Fi', 'same-refusal')];
    const { container } = render(
      <I18nProvider lang="en">
        <Timeline records={state().records} proofs={proofs} />
      </I18nProvider>,
    );
    expect([...container.querySelectorAll('.proof-mark')].map((mark) => mark.textContent)).toEqual([
      '1',
      '2',
    ]);
    expect(container.querySelector('.proof-same-refusal .proof-mark')?.textContent).toBe('1');
    const chart = screen.getByRole('img');
    expect(chart.getAttribute('aria-label')).toContain('Tests marked: 1 Wi-Fi — same refusal; 2 4G — works');
  });
});
