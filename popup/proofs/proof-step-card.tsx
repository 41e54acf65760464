/**
 * One test of the guided diagnosis: what to change and why (the core's PROOFS texts), the label of the
 * network, DNS or device it runs on, then "Test now" → replay the channel → "Done", and the outcome the
 * worker read from the traffic. It raises events; the view sends the messages.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ProofResult } from '../../src/messages.ts';
import type { CaptureContext } from '../../src/types.ts';
import { TestPageLink } from '../check/test-page-link.tsx';
import { useI18n } from '../text/i18n-context.tsx';
import { proofText } from '../text/knowledge.ts';
import { OUTCOME_KEYS, type StepForm, stepContext, type stepStatus } from './proof-steps.ts';

/** This computer's wording of each test: what it can do itself, and where another device is needed. */
const HERE_KEYS = {
  'wifi-vs-mobile': 'proofHere_wifi_vs_mobile',
  hotspot: 'proofHere_hotspot',
  vpn: 'proofHere_vpn',
  dns: 'proofHere_dns',
  'other-device': 'proofHere_other_device',
} as const;

/** Tests that may run on a device the extension cannot see: their outcome can be told. */
const TOLD_STEPS: ReadonlySet<string> = new Set(['hotspot', 'other-device']);

export interface ProofStepCardProps {
  form: StepForm;
  index: number;
  total: number;
  status: ReturnType<typeof stepStatus>;
  result?: ProofResult;
  busy: boolean;
  hasNext: boolean;
  onStart: (context: CaptureContext) => void;
  onFinish: () => void;
  onSkip: () => void;
  /** The outcome of a test on another device, as the person tells it. */
  onTold: (outcome: 'works' | 'same-refusal', context: CaptureContext) => void;
  onNext: () => void;
  onVerdict: () => void;
}

/** The label the user gave last time, not the step id the core falls back to. */
function givenLabel(form: StepForm, result: ProofResult | undefined): string {
  return result?.context[form.field] !== undefined ? String(result.context[form.field]) : '';
}

export function ProofStepCard(props: ProofStepCardProps) {
  const { form, status, result, busy } = props;
  const { lang, t } = useI18n();
  const titleId = useId();
  const inputId = useId();
  const proof = proofText(form.step);
  const [label, setLabel] = useState(givenLabel(form, result));
  const [vpnOn, setVpnOn] = useState(result?.context.vpn ?? false);
  const running = status === 'running';
  const answered = status === 'works' || status === 'same-refusal' || status === 'different-error';
  const finished = answered || status === 'no-traffic';
  // The button under the keyboard changes (Test now → Done → Next): keep focus on whichever replaced it.
  const primary = useRef<HTMLButtonElement>(null);
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current !== status) primary.current?.focus();
    previous.current = status;
  }, [status]);
  return (
    <section class="card proof-step" aria-labelledby={titleId}>
      <p class="muted">{t('proofStepOf', props.index, props.total)}</p>
      <h2 id={titleId} class="proof-title">
        {proof.title[lang]}
      </h2>
      <h3>{t('proofChange')}</h3>
      <p>{t(HERE_KEYS[form.step])}</p>
      <h3>{t('proofWhy')}</h3>
      <p>{proof.why[lang]}</p>
      <div class="label-row proof-label">
        <label for={inputId}>{t(form.label)}</label>
        <input
          id={inputId}
          type="text"
          maxLength={40}
          placeholder={t(form.placeholder)}
          value={label}
          disabled={running}
          onInput={(event) => setLabel(event.currentTarget.value)}
        />
      </div>
      {form.askVpn ? (
        <label class="proof-vpn">
          <input
            type="checkbox"
            checked={vpnOn}
            disabled={running}
            onChange={(event) => setVpnOn(event.currentTarget.checked)}
          />{' '}
          {t('proofVpnOn')}
        </label>
      ) : null}
      <p class="proof-live" role="status">
        {running ? <span class="note proof-instruction">{t('proofRunning')}</span> : null}
        {running ? <TestPageLink label="checkFromProof" className="link-button proof-check-link" /> : null}
        {finished && result?.outcome ? (
          <strong class={`proof-result proof-${result.outcome}`}>
            {t('proofResult', t(OUTCOME_KEYS[result.outcome]))}
            {result.byHand ? ` ${t('proofOutcomeTold')}` : ''}
          </strong>
        ) : null}
      </p>
      {status === 'no-traffic' ? <p class="note">{t('proofNoTrafficHint')}</p> : null}
      {answered ? (
        <>
          <h3>{t('proofRead')}</h3>
          <p>{proof.read[lang]}</p>
        </>
      ) : null}
      <div class="actions">
        {running ? (
          <button ref={primary} type="button" class="primary" disabled={busy} onClick={props.onFinish}>
            {t('proofDone')}
          </button>
        ) : answered ? (
          <>
            {props.hasNext ? (
              <button ref={primary} type="button" class="primary" disabled={busy} onClick={props.onNext}>
                {t('proofNext')}
              </button>
            ) : null}
            <button
              ref={props.hasNext ? undefined : primary}
              type="button"
              class={props.hasNext ? undefined : 'primary'}
              disabled={busy}
              onClick={props.onVerdict}
            >
              {t('proofSeeVerdict')}
            </button>
          </>
        ) : null}
        {running ? null : (
          <button
            ref={answered ? undefined : primary}
            type="button"
            class={answered ? undefined : 'primary'}
            disabled={busy}
            onClick={() => props.onStart(stepContext(form, label, vpnOn))}
          >
            {status === 'not-done' || status === 'skipped' ? t('proofTestNow') : t('proofTestAgain')}
          </button>
        )}
        {running || status === 'not-done' ? (
          <button type="button" disabled={busy} onClick={props.onSkip}>
            {t('proofSkip')}
          </button>
        ) : null}
      </div>
      {TOLD_STEPS.has(form.step) && !running ? (
        <fieldset class="proof-told">
          <legend>{t('proofToldLabel')}</legend>
          <button
            type="button"
            disabled={busy}
            onClick={() => props.onTold('works', stepContext(form, label, vpnOn))}
          >
            {t('proofToldWorks')}
          </button>{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() => props.onTold('same-refusal', stepContext(form, label, vpnOn))}
          >
            {t('proofToldSame')}
          </button>
        </fieldset>
      ) : null}
    </section>
  );
}
