/**
 * The guided diagnosis, in the popup's "Diagnose" view and on the options page: the refusal it starts from,
 * one test at a time, then the verdict with the report. Every outcome and the verdict come from the worker
 * (get-state after each message); this view only sends what the user pressed and walks the step list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProofStepId, StateReply } from '../../src/messages.ts';
import type { CaptureContext, Lang } from '../../src/types.ts';
import { copyText, downloadText, send } from '../browser.ts';
import { useHistory } from '../events/history.ts';
import { Timeline } from '../events/timeline.tsx';
import { dataFile, type ExportFile, reportFile } from '../page/export-files.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { rootFinding } from '../text/knowledge.ts';
import { ProofFailureCard } from './proof-failure-card.tsx';
import { ProofProgress } from './proof-progress.tsx';
import { ProofReportCard } from './proof-report-card.tsx';
import { ProofStepCard } from './proof-step-card.tsx';
import { formOf, initialStep, nextOpenStep, resultOf, STEP_FORMS, stepStatus } from './proof-steps.ts';
import { ProofVerdictCard } from './proof-verdict-card.tsx';

export interface DiagnoseViewProps {
  state: StateReply;
  /** The tab whose failure is checked; undefined on the options page (the latest records). */
  tabId?: number;
  /** Reloads the worker's state; the view shows what it answers. */
  onChanged: () => void;
  /** The popup's way back to its main view; the options page has none. */
  onBack?: () => void;
  size?: 'small' | 'large';
  /** The popup moves focus into the view when it opens; the options page leaves focus alone. */
  autoFocus?: boolean;
}

type Screen = 'steps' | 'verdict';

/** The chart of the refusals and the tests' times, once the worker has sent the records. */
function RecordsChart({
  tabId,
  state,
  size,
}: {
  tabId?: number;
  state: StateReply;
  size: 'small' | 'large';
}) {
  const records = useHistory(tabId, state);
  return records ? <Timeline records={records} proofs={state.proof?.results ?? []} size={size} /> : null;
}

export function DiagnoseView(props: DiagnoseViewProps) {
  const { state, tabId, onChanged, onBack, size = 'small', autoFocus = false } = props;
  const { t } = useI18n();
  const session = state.proof;
  const [screen, setScreen] = useState<Screen>('steps');
  const [active, setActive] = useState<ProofStepId>(() => initialStep(session));
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current || autoFocus) heading.current?.focus();
    mounted.current = true;
  }, [screen, autoFocus]);

  const run = (work: Promise<unknown>, done = '') => {
    setBusy(true);
    work
      .then(
        () => setNotice(done),
        (error: unknown) => setNotice(t('noticeFailed', String(error))),
      )
      .finally(() => {
        setBusy(false);
        onChanged();
      });
  };
  const start = (step: ProofStepId, context: CaptureContext) =>
    run(send('proof-start', tabId === undefined ? { step, context } : { step, context, tabId }));
  const finish = () => run(send('proof-finish', {}));
  const skip = (step: ProofStepId) => {
    const next = nextOpenStep(session, step);
    run(send('proof-skip', { step }));
    if (next) setActive(next);
    else setScreen('verdict');
  };
  const told = (step: ProofStepId, outcome: 'works' | 'same-refusal', context: CaptureContext) =>
    run(send('proof-skip', { step, told: { outcome, context } }));
  const reset = () => {
    run(send('proof-reset', {}));
    setActive(STEP_FORMS[0]!.step);
    setScreen('steps');
  };
  const goTo = (step: ProofStepId) => {
    setActive(step);
    setScreen('steps');
  };
  const onCopy = (lang: Lang) =>
    run(
      reportFile(tabId, lang, 'text').then(({ text }) => copyText(text)),
      t('noticeCopied'),
    );
  const download = (file: Promise<ExportFile>) =>
    run(
      file.then(({ filename, text, mime }) => downloadText(filename, text, mime)),
      t('noticeExported'),
    );
  const onDownload = (lang: Lang, format: 'text' | 'markdown') => download(reportFile(tabId, lang, format));
  const onHar = () => download(dataFile(tabId, 'har'));

  const root = state.analysis ? rootFinding(state.analysis) : undefined;
  const form = formOf(active);
  const index = STEP_FORMS.indexOf(form);
  const next = nextOpenStep(session, active);
  return (
    <div class="diagnose">
      <div class="diagnose-head">
        {onBack ? (
          <button type="button" class="link-button" onClick={onBack}>
            ← {t('diagnoseBack')}
          </button>
        ) : null}
        <h2 ref={heading} tabIndex={-1} class="diagnose-title">
          {t('diagnoseTitle')}
        </h2>
      </div>
      {screen === 'steps' ? (
        <>
          <p class="muted">{t('diagnoseIntro')}</p>
          <ProofFailureCard finding={root} />
          <ProofStepCard
            key={active}
            form={form}
            index={index + 1}
            total={STEP_FORMS.length}
            status={stepStatus(session, active)}
            result={resultOf(session, active)}
            busy={busy || !root}
            hasNext={next !== undefined}
            onStart={(context) => start(active, context)}
            onFinish={finish}
            onSkip={() => skip(active)}
            onTold={(outcome, context) => told(active, outcome, context)}
            onNext={() => next && setActive(next)}
            onVerdict={() => setScreen('verdict')}
          />
        </>
      ) : (
        <>
          <button type="button" class="link-button" onClick={() => setScreen('steps')}>
            ← {t('proofBackToTests')}
          </button>
          <ProofVerdictCard verdict={state.verdict} onGoTo={goTo} />
          <ProofReportCard busy={busy} onCopy={onCopy} onDownload={onDownload} onHar={onHar} />
        </>
      )}
      <p class="notice" role="status">
        {notice}
      </p>
      <ProofProgress session={session} active={screen === 'steps' ? active : undefined} onSelect={goTo} />
      {state.recordCount > 0 ? <RecordsChart tabId={tabId} state={state} size={size} /> : null}
      <div class="actions">
        {screen === 'steps' && session?.results.some((result) => result.outcome) ? (
          <button type="button" onClick={() => setScreen('verdict')}>
            {t('proofSeeVerdict')}
          </button>
        ) : null}
        {session ? (
          <button type="button" disabled={busy} onClick={reset}>
            {t('proofStartOver')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
