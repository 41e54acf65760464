/** Captured refusals, newest first, filterable by code, host and role; rendered 100 rows at a time. */
import { useMemo, useState } from 'preact/hooks';
import { translatePlural } from '../../src/i18n.ts';
import type { RecordListing } from '../../src/messages.ts';
import { formatTime, visibleText } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { type EventFilter, filterChoices, filterRows, NO_FILTER, toRows } from './event-rows.ts';

const PAGE_SIZE = 100;

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

function FilterSelect({ id, label, value, options, onChange }: SelectProps) {
  const { t } = useI18n();
  return (
    <span class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('filterAny')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function EventsList({ records }: { records: readonly RecordListing[] }) {
  const { lang, t } = useI18n();
  const [filter, setFilter] = useState<EventFilter>(NO_FILTER);
  const [visible, setVisible] = useState(PAGE_SIZE);
  const rows = useMemo(() => toRows(records), [records]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const matching = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const change = (key: keyof EventFilter) => (value: string) => {
    setFilter({ ...filter, [key]: value });
    setVisible(PAGE_SIZE);
  };
  const shown = matching.slice(0, visible);
  return (
    <section class="card events" aria-labelledby="events-title">
      <h2 id="events-title">{t('eventsTitle')}</h2>
      <div class="filters">
        <FilterSelect
          id="filter-code"
          label={t('filterCode')}
          value={filter.code}
          options={choices.codes.map((code) => ({ value: code, label: code }))}
          onChange={change('code')}
        />
        <FilterSelect
          id="filter-host"
          label={t('filterHost')}
          value={filter.host}
          options={choices.hosts.map((host) => ({ value: host, label: host }))}
          onChange={change('host')}
        />
        <FilterSelect
          id="filter-role"
          label={t('filterRole')}
          value={filter.role}
          options={choices.roles.map((role) => ({ value: role, label: t(`role_${role}` as const) }))}
          onChange={change('role')}
        />
      </div>
      <p class="muted" aria-live="polite">
        {translatePlural(t, lang, 'eventsCount', shown.length, matching.length)}
      </p>
      <table class="event-table">
        <thead>
          <tr>
            <th scope="col">{t('columnCode')}</th>
            <th scope="col">{t('columnHost')}</th>
            <th scope="col">{t('columnRole')}</th>
            <th scope="col">{t('columnTime')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id} class={`class-${row.errorClass}`}>
              <td class="code" title={visibleText(row.code)}>
                {visibleText(row.code)}
              </td>
              <td title={visibleText(row.url)}>{visibleText(row.host)}</td>
              <td>{t(`role_${row.role}` as const)}</td>
              <td class="time">{formatTime(row.time, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matching.length > visible ? (
        <button type="button" class="link-button" onClick={() => setVisible(visible + PAGE_SIZE)}>
          {t('showMore', Math.min(PAGE_SIZE, matching.length - visible))}
        </button>
      ) : null}
    </section>
  );
}
