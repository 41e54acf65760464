/**
 * "Test my service": the same check as `iptv-lens check`, run from this browser on this network. The
 * person gives a link, an Xtream account or a Stalker portal; the page asks for access to the hosts it will
 * reach (the extension then watches them too, and its capture records the refusals like any other), runs
 * the check politely and shows the engine's verdict per channel. While a guided-diagnosis step is running,
 * the check is that step's replay: the worker counts its traffic into the step, and "Done" records it.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { downloadText, requestHosts, send } from '../../popup/browser.ts';
import { useI18n } from '../../popup/text/i18n-context.tsx';
import { proofText } from '../../popup/text/knowledge.ts';
import { checkHar, checkJson, type Scrubber, scrubberFor } from '../../src/check/report.ts';
import { runCheck } from '../../src/check/run.ts';
import type { CheckReport, Step } from '../../src/check/types.ts';
import type { MessageKey } from '../../src/i18n.ts';
import type { ProofOutcome, ProofSession } from '../../src/messages.ts';
import { type CheckForm, CheckFormView, EMPTY_FORM, inputOf } from './check-form.tsx';
import { BrowserLimits, CheckResults } from './check-results.tsx';
import { BROWSER, headerRules, readForm, writeForm } from './door.ts';
import { createFetchTransport } from './fetch-transport.ts';

declare const __VERSION__: string;

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'grant'; hosts: string[]; done: (granted: boolean) => void }
  | { kind: 'done'; report: CheckReport & { panelSteps: Step[] }; scrub: Scrubber }
  | { kind: 'error'; message: MessageKey; detail?: string };

const OUTCOME_KEYS: Record<ProofOutcome, MessageKey> = {
  works: 'proofOutcomeWorks',
  'same-refusal': 'proofOutcomeSame',
  'different-error': 'proofOutcomeDifferent',
  'no-traffic': 'proofOutcomeNoTraffic',
  skipped: 'proofOutcomeSkipped',
};

function hostname(host: string): string {
  return host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
}

export function CheckApp() {
  const { lang, t } = useI18n();
  const [form, setForm] = useState<CheckForm>(EMPTY_FORM);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [proof, setProof] = useState<ProofSession | null>(null);
  const [recorded, setRecorded] = useState<ProofOutcome | null>(null);
  const secrets = useRef(new Set<string>());
  const transport = useMemo(
    () => createFetchTransport({ rules: headerRules(), userAgentInFetch: BROWSER === 'firefox' }),
    [],
  );

  useEffect(() => {
    readForm<CheckForm>().then((saved) => saved && setForm({ ...EMPTY_FORM, ...saved }));
    send('get-state', {}).then(
      (state) => setProof(state.proof),
      () => setProof(null),
    );
  }, []);

  const recording = proof?.current;

  const run = () => {
    const parsed = inputOf(form);
    if ('problem' in parsed) {
      setPhase({ kind: 'error', message: parsed.problem });
      return;
    }
    // permissions.request needs the click: it is the first thing done, before any await.
    const asked = requestHosts([hostname(parsed.host)]);
    setPhase({ kind: 'running', done: 0, total: 0 });
    setRecorded(null);
    void writeForm(form);
    asked
      .then(async ({ granted }) => {
        if (!granted) {
          setPhase({ kind: 'error', message: 'checkNotGranted' });
          return;
        }
        secrets.current = new Set();
        const report = await runCheck(
          parsed.input,
          transport,
          // A step of the guided diagnosis compares networks: the check then looks like the app, no proofs of its own.
          { sample: form.sample, timeoutMs: form.timeoutSeconds * 1000, variants: !recording },
          {
            onSecret: (secret) => secrets.current.add(secret),
            onProgress: (event) => {
              if (event.kind === 'total') setPhase({ kind: 'running', done: 0, total: event.total });
              if (event.kind === 'channel')
                setPhase({ kind: 'running', done: event.done, total: event.total });
            },
            beforeChannels: async (hosts) => {
              const missing = [...new Set(hosts.map(hostname))].filter(
                (host) => host !== hostname(parsed.host),
              );
              if (missing.length === 0) return;
              await new Promise<void>((resolve) =>
                setPhase({ kind: 'grant', hosts: missing, done: () => resolve() }),
              );
            },
          },
        );
        if (parsed.input.kind === 'xtream') {
          secrets.current.add(parsed.input.username);
          secrets.current.add(parsed.input.password);
        }
        if (parsed.input.kind === 'stalker') secrets.current.add(parsed.input.mac);
        setPhase({ kind: 'done', report, scrub: scrubberFor(report, secrets.current) });
      })
      .catch((error: unknown) =>
        setPhase({
          kind: 'error',
          message: 'checkFailed',
          detail: String((error as Error)?.message ?? error),
        }),
      );
  };

  const finishStep = () => {
    send('proof-finish', {}).then(
      (reply) => {
        const step = reply.proof.results.find((result) => result.step === recording);
        setRecorded(step?.outcome ?? 'no-traffic');
        setProof(reply.proof);
      },
      () => setRecorded('no-traffic'),
    );
  };

  const exportAs = (kind: 'har' | 'json') => {
    if (phase.kind !== 'done') return;
    const stamp = new Date(phase.report.startedAt).toISOString().slice(0, 19).replace(/[:T]/g, '-');
    if (kind === 'json')
      downloadText(
        `iptv-check-${stamp}.json`,
        checkJson(phase.report, lang, phase.scrub),
        'application/json',
      );
    else {
      const har = checkHar(phase.report, phase.scrub, {
        name: 'IPTV Access Lens (Test page)',
        version: __VERSION__,
      });
      downloadText(`iptv-check-${stamp}.har`, JSON.stringify(har, null, 2), 'application/json');
    }
  };

  return (
    <>
      <header class="top">
        <h1>{t('checkTitle')}</h1>
        <p>{t('checkIntro')}</p>
        <p class="note">{t('checkWatchNote')}</p>
      </header>
      <main class="options check-page">
        {recording ? (
          <section class="card check-proof" data-check-proof={recording}>
            <p>{t('checkProofRunning', proofText(recording).title[lang])}</p>
            {phase.kind === 'done' && !recorded ? (
              <button type="button" class="primary" data-check-proof-done onClick={finishStep}>
                {t('checkProofDone')}
              </button>
            ) : null}
          </section>
        ) : null}
        {recorded ? (
          <p class="card" data-check-proof-recorded={recorded}>
            {t('checkProofRecorded', t(OUTCOME_KEYS[recorded]))}
          </p>
        ) : null}
        <CheckFormView
          form={form}
          busy={phase.kind === 'running' || phase.kind === 'grant'}
          onChange={setForm}
          onRun={run}
        />
        {phase.kind === 'running' ? (
          <p class="card" role="status" data-check-progress>
            {phase.total > 0 ? t('checkProgress', phase.done, phase.total) : t('checkStarting')}
          </p>
        ) : null}
        {phase.kind === 'grant' ? (
          <section class="card" data-check-grant>
            <p>{t('checkGrantMore', phase.hosts.length, phase.hosts.join(', '))}</p>
            <button
              type="button"
              class="primary"
              data-check-grant-button
              onClick={() => {
                const done = phase.done;
                requestHosts(phase.hosts).then(
                  ({ granted }) => {
                    setPhase({ kind: 'running', done: 0, total: 0 });
                    done(granted);
                  },
                  () => done(false),
                );
              }}
            >
              {t('checkGrant')}
            </button>
          </section>
        ) : null}
        {phase.kind === 'error' ? (
          <p class="card note" role="alert" data-check-error={phase.message}>
            {t(phase.message)}
            {phase.detail ? ` (${phase.detail})` : ''}
          </p>
        ) : null}
        {phase.kind === 'done' ? (
          <>
            <CheckResults report={phase.report} scrub={phase.scrub} />
            <BrowserLimits cannotSend={transport.cannotSend ?? new Set()} browser={BROWSER} />
            <nav class="actions">
              <button type="button" data-check-export="har" onClick={() => exportAs('har')}>
                {t('checkExportHar')}
              </button>
              <button type="button" data-check-export="json" onClick={() => exportAs('json')}>
                {t('checkExportJson')}
              </button>
            </nav>
          </>
        ) : null}
      </main>
    </>
  );
}
