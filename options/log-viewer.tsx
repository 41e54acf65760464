/** Every stored record: searchable, sortable by column, with a detail view. Rendered 200 rows at a time. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { send } from '../popup/browser.ts';
import { formatDateTime } from '../popup/text/display-text.ts';
import { useEscape } from '../popup/text/escape.ts';
import { useI18n } from '../popup/text/i18n-context.tsx';
import { layerText } from '../popup/text/knowledge.ts';
import { ClippedText } from '../popup/verdict/evidence-list.tsx';
import { vendorLabel } from '../popup/verdict/verdict-card.tsx';
import { FactsLine, useVerdictText, verdictData } from '../popup/verdict/verdict-summary.tsx';
import { translatePlural } from '../src/i18n.ts';
import type { CapturedRecord } from '../src/messages.ts';
import type { CurrentVerdict } from '../src/verdict/current.ts';
import { type SortDirection, type SortKey, searchRows, sortRows, toLogRows } from './log-table.ts';
import { RecordDetail } from './record-detail.tsx';

const PAGE_SIZE = 200;
const COLUMNS: readonly SortKey[] = ['time', 'code', 'host', 'role', 'layer', 'vendor'];

/**
 * The worker's current verdict of these records, in the same words as the popup: the log's rows are single
 * requests, this is what they say together (and the only confidence shown, so the two never differ).
 */
function LogVerdict({ verdict }: { verdict: CurrentVerdict }) {
  const { t } = useI18n();
  const text = useVerdictText(verdict);
  if (verdict.source === 'none') return null;
  return (
    <section
      class="verdict log-verdict"
      aria-labelledby="log-verdict-title"
      data-verdict
      {...verdictData(verdict)}
    >
      <h3 id="log-verdict-title">{t('logVerdict')}</h3>
      <p class="headline-text">{text?.headline}</p>
      {text?.where ? <p class="where">{text.where}</p> : null}
      <p class="do-now">
        <strong>{t('doNowLabel')}</strong> {text?.doNow}
      </p>
      <FactsLine verdict={verdict} />
      <p class="muted">{t('logVerdictScope')}</p>
    </section>
  );
}

export function LogViewer() {
  const { lang, t } = useI18n();
  const [records, setRecords] = useState<CapturedRecord[] | null>(null);
  const [verdict, setVerdict] = useState<CurrentVerdict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'time',
    direction: 'descending',
  });
  const [visible, setVisible] = useState(PAGE_SIZE);
  const [selected, setSelected] = useState<CapturedRecord | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = (record: CapturedRecord, button: HTMLElement) => {
    opener.current = button;
    setSelected(record);
  };
  const close = () => {
    setSelected(null);
    opener.current?.focus();
    return true;
  };
  useEscape(selected ? close : undefined);
  const load = () => {
    send('get-log', {}).then(
      (reply) => {
        setRecords(reply.records);
        setVerdict(reply.verdict);
      },
      (error: unknown) => setFailure(String(error)),
    );
  };
  useEffect(load, []);
  const rows = useMemo(() => toLogRows(records ?? []), [records]);
  const found = useMemo(() => searchRows(rows, query), [rows, query]);
  const sorted = useMemo(() => sortRows(found, sort.key, sort.direction), [found, sort]);
  const sortBy = (key: SortKey) =>
    setSort(
      sort.key === key
        ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: key === 'time' ? 'descending' : 'ascending' },
    );
  const cell = (key: SortKey, row: (typeof sorted)[number]) => {
    if (key === 'time') return formatDateTime(row.time, lang);
    if (key === 'role') return t(`role_${row.role}` as const);
    if (key === 'layer') return layerText(row.layer).name[lang];
    if (key === 'vendor') return row.vendor ? vendorLabel(row.vendor) : '';
    return <ClippedText value={row[key]} max={40} />;
  };
  return (
    <section id="log" class="card" aria-labelledby="log-title">
      <h2 id="log-title">{t('logTitle')}</h2>
      <div class="row">
        <label for="log-search">{t('logSearch')}</label>
        <input
          id="log-search"
          type="search"
          value={query}
          placeholder={t('logSearchExample')}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setVisible(PAGE_SIZE);
          }}
        />
        <button type="button" onClick={load}>
          {t('logReload')}
        </button>
      </div>
      {failure ? <p class="note">{t('noticeFailed', failure)}</p> : null}
      {records === null && !failure ? <p>{t('loading')}</p> : null}
      {records && records.length === 0 ? <p class="muted">{t('logEmpty')}</p> : null}
      {records && records.length > 0 ? (
        <>
          {verdict ? <LogVerdict verdict={verdict} /> : null}
          <p class="muted" aria-live="polite">
            {translatePlural(t, lang, 'eventsCount', Math.min(visible, sorted.length), sorted.length)}
          </p>
          <table class="log-table">
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
                    <button type="button" class="sort" onClick={() => sortBy(key)}>
                      {t(`logColumn_${key}` as const)}
                      <span aria-hidden="true">
                        {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  </th>
                ))}
                <th scope="col">
                  <span class="visually-hidden">{t('logDetails')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.slice(0, visible).map((row) => (
                <tr key={row.id} class={`class-${row.record.finding.errorClass}`}>
                  {COLUMNS.map((key) => (
                    <td key={key} class={key === 'code' ? 'code' : `col-${key}`}>
                      {cell(key, row)}
                    </td>
                  ))}
                  <td>
                    <button type="button" onClick={(event) => open(row.record, event.currentTarget)}>
                      {t('logOpen')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {sorted.length > visible ? (
            <button type="button" class="link-button" onClick={() => setVisible(visible + PAGE_SIZE)}>
              {t('showMore', Math.min(PAGE_SIZE, sorted.length - visible))}
            </button>
          ) : null}
        </>
      ) : null}
      {selected ? <RecordDetail record={selected} onClose={close} /> : null}
    </section>
  );
}
