/**
 * The guided diagnosis as data: for each of the guide's five tests, which label the user gives (the network,
 * the DNS or the device it runs on) and whether the VPN state is asked. The texts of each test (what to
 * change, why, how to read it) come from the text pack (popup/text/knowledge.ts `proofText`); the flow only walks
 * this list.
 */
import type { MessageKey } from '../../src/i18n.ts';
import type { ProofOutcome, ProofResult, ProofSession, ProofStepId } from '../../src/messages.ts';
import type { CaptureContext } from '../../src/types.ts';

/** Which context field the step's free label fills: two different values are what the engine compares. */
type LabelField = 'network' | 'dns' | 'device';

export interface StepForm {
  step: ProofStepId;
  field: LabelField;
  label: MessageKey;
  placeholder: MessageKey;
  /** The VPN test also records whether a VPN or proxy was on. */
  askVpn: boolean;
}

export const STEP_FORMS: readonly StepForm[] = [
  {
    step: 'wifi-vs-mobile',
    field: 'network',
    label: 'proofLabelNetwork',
    placeholder: 'proofPlaceholderWifi',
    askVpn: false,
  },
  {
    step: 'hotspot',
    field: 'network',
    label: 'proofLabelNetwork',
    placeholder: 'proofPlaceholderHotspot',
    askVpn: false,
  },
  {
    step: 'vpn',
    field: 'network',
    label: 'proofLabelNetwork',
    placeholder: 'proofPlaceholderVpn',
    askVpn: true,
  },
  { step: 'dns', field: 'dns', label: 'proofLabelDns', placeholder: 'proofPlaceholderDns', askVpn: false },
  {
    step: 'other-device',
    field: 'device',
    label: 'proofLabelDevice',
    placeholder: 'proofPlaceholderDevice',
    askVpn: false,
  },
];

export const OUTCOME_KEYS: Readonly<Record<ProofOutcome | 'running' | 'not-done', MessageKey>> = {
  works: 'proofOutcomeWorks',
  'same-refusal': 'proofOutcomeSame',
  'different-error': 'proofOutcomeDifferent',
  'no-traffic': 'proofOutcomeNoTraffic',
  skipped: 'proofOutcomeSkipped',
  running: 'proofOutcomeRunning',
  'not-done': 'proofOutcomeNotDone',
};

/** The context sent with "Test now": the label in its field, and the VPN state when the step asks it. */
export function stepContext(form: StepForm, label: string, vpnOn: boolean): CaptureContext {
  const context: CaptureContext = {};
  const text = label.trim().slice(0, 40);
  if (text) context[form.field] = text;
  if (form.askVpn) context.vpn = vpnOn;
  return context;
}

export function resultOf(session: ProofSession | null, step: ProofStepId): ProofResult | undefined {
  return session?.results.find((result) => result.step === step);
}

/** Where a step stands: its outcome, running, or not done. */
export function stepStatus(session: ProofSession | null, step: ProofStepId): keyof typeof OUTCOME_KEYS {
  if (session?.current === step) return 'running';
  return resultOf(session, step)?.outcome ?? 'not-done';
}

/** The step to show: the running one, else the first not done, else the first. */
export function initialStep(session: ProofSession | null): ProofStepId {
  if (session?.current) return session.current;
  return STEP_FORMS.find((form) => !resultOf(session, form.step))?.step ?? STEP_FORMS[0]!.step;
}

/** The next step after `step` that is not done yet; undefined when every later one is. */
export function nextOpenStep(session: ProofSession | null, step: ProofStepId): ProofStepId | undefined {
  const index = STEP_FORMS.findIndex((form) => form.step === step);
  return STEP_FORMS.slice(index + 1).find((form) => !resultOf(session, form.step))?.step;
}

export function formOf(step: ProofStepId): StepForm {
  return STEP_FORMS.find((form) => form.step === step) ?? STEP_FORMS[0]!;
}
