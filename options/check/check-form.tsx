/**
 * What to test: a link (a playlist, an Xtream get.php link or one stream), an Xtream account, or a Stalker
 * portal and the box's MAC. It only edits the form and says what is wrong with it; the app runs the check.
 */
import { useI18n } from '../../popup/text/i18n-context.tsx';
import type { CheckInput } from '../../src/check/run.ts';
import { normalizeMac } from '../../src/check/stalker.ts';
import type { MessageKey } from '../../src/i18n.ts';

type FormKind = 'link' | 'xtream' | 'stalker';

export interface CheckForm {
  kind: FormKind;
  link: string;
  server: string;
  username: string;
  password: string;
  portal: string;
  mac: string;
  /** Channels per group; 0 for all. */
  sample: number;
  timeoutSeconds: number;
}

export const EMPTY_FORM: CheckForm = {
  kind: 'link',
  link: '',
  server: '',
  username: '',
  password: '',
  portal: '',
  mac: '',
  sample: 0,
  timeoutSeconds: 10,
};

function webUrl(value: string): URL | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The check's input and the host it starts from, or the one thing wrong with the form. */
export function inputOf(form: CheckForm): { input: CheckInput; host: string } | { problem: MessageKey } {
  if (form.kind === 'link') {
    const url = webUrl(form.link);
    return url ? { input: { kind: 'url', url: url.href }, host: url.hostname } : { problem: 'checkBadLink' };
  }
  if (form.kind === 'xtream') {
    const url = webUrl(form.server);
    if (!url) return { problem: 'checkBadServer' };
    if (!form.username.trim() || !form.password) return { problem: 'checkMissingAccount' };
    return {
      input: { kind: 'xtream', server: url.href, username: form.username.trim(), password: form.password },
      host: url.hostname,
    };
  }
  const url = webUrl(form.portal);
  if (!url) return { problem: 'checkBadPortal' };
  if (!normalizeMac(form.mac)) return { problem: 'checkBadMac' };
  return { input: { kind: 'stalker', portal: url.href, mac: form.mac }, host: url.hostname };
}

interface FieldProps {
  id: string;
  label: MessageKey;
  value: string;
  type?: string;
  placeholder?: string;
  onInput: (value: string) => void;
}

function Field({ id, label, value, type = 'text', placeholder, onInput }: FieldProps) {
  const { t } = useI18n();
  return (
    <label class="check-field" for={id}>
      <span>{t(label)}</span>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}

interface NumberProps {
  id: string;
  label: MessageKey;
  min: number;
  max: number;
  /** What an empty or unreadable entry stands for. */
  fallback: number;
  value: number;
  onInput: (value: number) => void;
}

/** A whole number kept within its bounds, whatever is typed. */
function NumberField({ id, label, min, max, fallback, value, onInput }: NumberProps) {
  const { t } = useI18n();
  return (
    <label class="check-field" for={id}>
      <span>{t(label)}</span>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        value={value}
        onInput={(event) => {
          const typed = Math.round(Number((event.currentTarget as HTMLInputElement).value));
          onInput(
            Number.isFinite(typed) && (event.currentTarget as HTMLInputElement).value !== ''
              ? Math.max(min, Math.min(max, typed))
              : fallback,
          );
        }}
      />
    </label>
  );
}

type TextKey = 'link' | 'server' | 'username' | 'password' | 'portal' | 'mac';

/** The fields of each kind of input, in the order a person fills them. */
const FIELDS: Readonly<
  Record<FormKind, readonly { key: TextKey; label: MessageKey; type?: string; placeholder?: string }[]>
> = {
  link: [{ key: 'link', label: 'checkLink', placeholder: 'http://…/playlist.m3u' }],
  xtream: [
    { key: 'server', label: 'checkServer', placeholder: 'http://server:8080' },
    { key: 'username', label: 'checkUsername' },
    { key: 'password', label: 'checkPassword', type: 'password' },
  ],
  stalker: [
    { key: 'portal', label: 'checkPortal', placeholder: 'http://portal:8080/c/' },
    { key: 'mac', label: 'checkMac', placeholder: '00:1A:79:…' },
  ],
};

const KINDS: readonly [FormKind, MessageKey][] = [
  ['link', 'checkKindLink'],
  ['xtream', 'checkKindXtream'],
  ['stalker', 'checkKindStalker'],
];

export function CheckFormView({
  form,
  busy,
  onChange,
  onRun,
}: {
  form: CheckForm;
  busy: boolean;
  onChange: (form: CheckForm) => void;
  onRun: () => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<CheckForm>) => onChange({ ...form, ...patch });
  return (
    <form
      class="card check-form"
      data-check-form
      onSubmit={(event) => {
        event.preventDefault();
        onRun();
      }}
    >
      <fieldset class="check-kinds">
        <legend>{t('checkWhat')}</legend>
        {KINDS.map(([kind, label]) => (
          <label key={kind}>
            <input
              type="radio"
              name="check-kind"
              value={kind}
              data-check-kind={kind}
              checked={form.kind === kind}
              onChange={() => set({ kind })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      {FIELDS[form.kind].map((field) => (
        <Field
          key={field.key}
          id={`check-${field.key}`}
          label={field.label}
          type={field.type}
          placeholder={field.placeholder}
          value={form[field.key]}
          onInput={(value) => set({ [field.key]: value })}
        />
      ))}
      <details class="check-advanced">
        <summary>{t('checkAdvanced')}</summary>
        <NumberField
          id="check-sample"
          label="checkSample"
          min={0}
          max={1000}
          fallback={0}
          value={form.sample}
          onInput={(sample) => set({ sample })}
        />
        <NumberField
          id="check-timeout"
          label="checkTimeout"
          min={1}
          max={60}
          fallback={10}
          value={form.timeoutSeconds}
          onInput={(timeoutSeconds) => set({ timeoutSeconds })}
        />
      </details>
      <p class="note">{t('checkCredentialsNote')}</p>
      <button type="submit" class="primary" data-check-run disabled={busy}>
        {t('checkRun')}
      </button>
    </form>
  );
}
