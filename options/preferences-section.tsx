/** Language, badge, capture and retention. Each control writes the whole settings object, normalised. */

import { useI18n } from '../popup/text/i18n-context.tsx';
import type { LangPreference } from '../src/i18n.ts';
import {
  type BadgeSettings,
  type CaptureSettings,
  ERROR_CLASSES,
  MAX_EVENTS_RANGE,
  RETENTION_DAYS_RANGE,
  type Settings,
} from '../src/settings.ts';
import type { ErrorClass } from '../src/types.ts';

/** The 4xx the guide explains one by one; 5xx and transport failures have their own switches. */
const EXPLAINED_STATUSES = [401, 403, 404, 429] as const;

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <div class="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

export function PreferencesSection({ settings, onChange }: Props) {
  const { t } = useI18n();
  const badge = (change: Partial<BadgeSettings>) =>
    onChange({ ...settings, badge: { ...settings.badge, ...change } });
  const capture = (change: Partial<CaptureSettings>) =>
    onChange({ ...settings, capture: { ...settings.capture, ...change } });
  const toggleClass = (errorClass: ErrorClass, on: boolean) =>
    badge({
      classes: ERROR_CLASSES.filter((c) => (c === errorClass ? on : settings.badge.classes.includes(c))),
    });
  const toggleStatus = (status: number, on: boolean) =>
    capture({
      statuses: on
        ? [...settings.capture.statuses, status]
        : settings.capture.statuses.filter((s) => s !== status),
    });
  return (
    <section id="preferences" class="card" aria-labelledby="preferences-title">
      <h2 id="preferences-title">{t('preferencesTitle')}</h2>
      <div class="field">
        <label for="lang-select">{t('langLabel')}</label>
        <select
          id="lang-select"
          value={settings.lang}
          onChange={(event) => onChange({ ...settings, lang: event.currentTarget.value as LangPreference })}
        >
          <option value="auto">{t('langAuto')}</option>
          <option value="en" lang="en">
            English
          </option>
          <option value="fr" lang="fr">
            Français
          </option>
        </select>
      </div>
      <fieldset>
        <legend>{t('badgeTitle')}</legend>
        <Check
          id="badge-enabled"
          label={t('badgeEnabled')}
          checked={settings.badge.enabled}
          onChange={(on) => badge({ enabled: on })}
        />
        <div class="field">
          <label for="badge-text">{t('badgeTextLabel')}</label>
          <select
            id="badge-text"
            value={settings.badge.text}
            disabled={!settings.badge.enabled}
            onChange={(event) => badge({ text: event.currentTarget.value === 'code' ? 'code' : 'count' })}
          >
            <option value="count">{t('badgeTextCount')}</option>
            <option value="code">{t('badgeTextCode')}</option>
          </select>
        </div>
        <p class="muted">{t('badgeClassesHelp')}</p>
        {ERROR_CLASSES.map((errorClass) => (
          <Check
            key={errorClass}
            id={`badge-class-${errorClass}`}
            label={t(`class_${errorClass}` as const)}
            checked={settings.badge.classes.includes(errorClass)}
            onChange={(on) => toggleClass(errorClass, on)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('captureTitle')}</legend>
        {EXPLAINED_STATUSES.map((status) => (
          <Check
            key={status}
            id={`capture-${status}`}
            label={t(`captureStatus_${status}` as const)}
            checked={settings.capture.statuses.includes(status)}
            onChange={(on) => toggleStatus(status, on)}
          />
        ))}
        <Check
          id="capture-5xx"
          label={t('captureServerErrors')}
          checked={settings.capture.serverErrors}
          onChange={(on) => capture({ serverErrors: on })}
        />
        <Check
          id="capture-4xx"
          label={t('captureOtherClientErrors')}
          checked={settings.capture.otherClientErrors}
          onChange={(on) => capture({ otherClientErrors: on })}
        />
        <Check
          id="capture-transport"
          label={t('captureTransportErrors')}
          checked={settings.capture.transportErrors}
          onChange={(on) => capture({ transportErrors: on })}
        />
        <Check
          id="capture-pages"
          label={t('captureReadPages')}
          checked={settings.readErrorPages}
          onChange={(on) => onChange({ ...settings, readErrorPages: on })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('retentionTitle')}</legend>
        <div class="field">
          <label for="retention-days">{t('retentionDays')}</label>
          <input
            id="retention-days"
            type="number"
            min={RETENTION_DAYS_RANGE.min}
            max={RETENTION_DAYS_RANGE.max}
            value={settings.retentionDays}
            onChange={(event) => onChange({ ...settings, retentionDays: Number(event.currentTarget.value) })}
          />
        </div>
        <div class="field">
          <label for="max-events">{t('maxEvents')}</label>
          <input
            id="max-events"
            type="number"
            min={MAX_EVENTS_RANGE.min}
            max={MAX_EVENTS_RANGE.max}
            step={100}
            value={settings.maxEvents}
            onChange={(event) => onChange({ ...settings, maxEvents: Number(event.currentTarget.value) })}
          />
        </div>
      </fieldset>
    </section>
  );
}
