/**
 * The popup: loads the worker's state for the tab and answers in one screen — the verdict's headline, what
 * to do now, the three don'ts, Diagnose and Copy report, a line of facts — with everything else in collapsed
 * sections below. All diagnosis comes from the worker's reply (its current verdict); the popup words it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { hostCovers } from '../src/http/host-patterns.ts';
import { translatePlural } from '../src/i18n.ts';
import type { StateReply } from '../src/messages.ts';
import type { Lang } from '../src/types.ts';
import {
  copyText,
  downloadText,
  grantedHosts,
  openOptionsPage,
  releaseHosts,
  requestHosts,
  send,
  tabFromQuery,
} from './browser.ts';
import { EventsList } from './events/events-list.tsx';
import { useHistory } from './events/history.ts';
import { Timeline } from './events/timeline.tsx';
import { ActionsBar } from './page/actions-bar.tsx';
import { NoHostsEmpty, NothingYetEmpty } from './page/empty-states.tsx';
import { dataFile, reportFile } from './page/export-files.ts';
import { type Labels, LabelsForm } from './page/labels-form.tsx';
import { RunningBanner } from './page/running-banner.tsx';
import { UnwatchedHostsNotice } from './page/unwatched-hosts-notice.tsx';
import { DiagnoseView } from './proofs/diagnose-view.tsx';
import { useEscape } from './text/escape.ts';
import { I18nProvider, useI18n } from './text/i18n-context.tsx';
import { DiagnosisView } from './verdict/diagnosis-view.tsx';
import { Section } from './verdict/section.tsx';
import { VerdictSummary } from './verdict/verdict-summary.tsx';

export type Loaded = { state: StateReply; tabId?: number };

/**
 * The worker answers with this tab's records only: a tab with nothing captured shows nothing else's. It
 * finds the tab (and its URL) itself: one round trip from the popup, not a tab lookup and then a message.
 */
export async function loadState(search: string): Promise<Loaded> {
  const asked = tabFromQuery(search);
  const state = await send('get-state', asked === undefined ? { activeTab: true } : { tabId: asked });
  return { state, tabId: state.tabId ?? asked };
}

/**
 * `first` is the state main.tsx asked for while the text pack was loading (the two overlap, which is most of
 * the popup's first paint); without it, or on every later reload, the state is asked for here.
 */
export function PopupApp({
  search,
  initialLang,
  first,
  initial,
}: {
  search: string;
  initialLang: Lang;
  first?: Promise<Loaded>;
  /** `first`'s answer when it came before the first paint. */
  initial?: Loaded | undefined;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(initial ?? null);
  const [failure, setFailure] = useState<string | null>(null);
  const pending = useRef(initial ? undefined : first);
  const answered = useRef(Boolean(initial));
  const reload = useCallback(() => {
    const asked = pending.current ?? loadState(search);
    pending.current = undefined;
    asked.then(setLoaded, (error: unknown) => setFailure(String(error)));
  }, [search]);
  useEffect(() => {
    // Already answered before the first paint: nothing to ask again until something changes.
    if (answered.current) answered.current = false;
    else reload();
  }, [reload]);
  return (
    <I18nProvider lang={loaded?.state.lang ?? initialLang}>
      <PopupBody loaded={loaded} failure={failure} reload={reload} />
    </I18nProvider>
  );
}

/** The watched patterns that cover the tab's host, and how many sites they stand for (hosts seen here). */
function coverage(state: StateReply): { covering: string[]; sites: number } {
  const host = state.tabHost;
  if (!host) return { covering: [], sites: 0 };
  const covering = state.watchedHosts.filter((pattern) => hostCovers(pattern, host));
  const hosts = new Set([host]);
  for (const seen of state.recordHosts)
    if (covering.some((pattern) => hostCovers(pattern, seen))) hosts.add(seen);
  for (const pattern of covering) if (!pattern.startsWith('*.')) hosts.add(pattern);
  return { covering, sites: hosts.size };
}

/** The history section's body: mounted when the section opens, so its records are asked for only then. */
function History({ tabId, state }: { tabId: number | undefined; state: StateReply }) {
  const records = useHistory(tabId, state);
  if (!records) return null;
  return (
    <>
      <Timeline records={records} proofs={state.proof?.results ?? []} />
      <EventsList records={records} />
    </>
  );
}

function PopupBody({
  loaded,
  failure,
  reload,
}: {
  loaded: Loaded | null;
  failure: string | null;
  reload: () => void;
}) {
  const { lang, t } = useI18n();
  const [notice, setNotice] = useState('');
  const [undoable, setUndoable] = useState(false);
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<'main' | 'diagnose'>('main');
  const diagnoseButton = useRef<HTMLButtonElement>(null);
  const state = loaded?.state;
  const hasRecords = (state?.recordCount ?? 0) > 0;
  const openOptions = () => openOptionsPage(state?.tabHost);
  const tabId = loaded?.tabId;
  const run = (work: Promise<unknown>, done: string, undo = false) => {
    setBusy(true);
    setUndoable(false);
    work
      .then(
        () => {
          setNotice(done);
          setUndoable(undo);
        },
        (error: unknown) => setNotice(t('noticeFailed', String(error))),
      )
      .finally(() => setBusy(false));
  };
  const onCopyReport = () =>
    run(
      reportFile(tabId, lang, 'text').then(({ text }) => copyText(text)),
      t('noticeCopied'),
    );
  const onExport = (kind: 'har' | 'json') => () =>
    run(
      dataFile(tabId, kind).then(({ filename, text, mime }) => downloadText(filename, text, mime)),
      t('noticeExported'),
    );
  const onClear = () => {
    const count = state?.recordCount ?? 0;
    run(send('clear-log', { tabId }).then(reload), translatePlural(t, lang, 'noticeCleared', count), true);
  };
  const onUndo = () => run(send('undo-clear', {}).then(reload), t('noticeRestored'));
  // permissions.request must be the first call of the click handler: it needs the user gesture.
  const watch = (hosts: readonly string[], done: string) => {
    if (hosts.length === 0) return;
    const asked = requestHosts(hosts);
    run(
      asked.then(({ granted }) => {
        if (!granted) throw new Error(t('noticeNotGranted'));
        reload();
      }),
      done,
    );
  };
  const onWatch = () => state?.tabHost && watch([state.tabHost], t('noticeWatching', state.tabHost));
  // One host per click, as the page named it: a page's claim never becomes a batch permission request.
  const onWatchUnwatched = (host: string) => {
    if (!state?.unwatchedHosts?.includes(host)) return;
    watch([host], t('noticeWatching', host));
  };
  const onUnwatch = () => {
    const host = state?.tabHost;
    if (!host) return;
    const covering = grantedHosts().then((hosts) => hosts.filter((watched) => hostCovers(watched, host)));
    run(covering.then(releaseHosts).then(reload), t('noticeUnwatched', host));
  };
  const onSaveLabels = (labels: Labels) => run(send('set-labels', labels), t('noticeLabelsSaved'));
  const onFinishTest = () => run(send('proof-finish', {}).then(reload), '');

  // Back from the guided diagnosis: focus returns to the button that opened it.
  const closeDiagnose = useCallback(() => {
    setView('main');
    setTimeout(() => diagnoseButton.current?.focus(), 0);
    return true;
  }, []);
  useEscape(view === 'diagnose' ? closeDiagnose : undefined);
  if (view === 'diagnose' && state) {
    return (
      <>
        <header class="top">
          <h1>{t('extName')}</h1>
        </header>
        <main>
          <DiagnoseView state={state} tabId={tabId} onChanged={reload} onBack={closeDiagnose} autoFocus />
        </main>
      </>
    );
  }

  const verdict = state?.verdict;
  const hasVerdict = Boolean(state?.analysis && hasRecords && verdict && verdict.source !== 'none');
  let headline = t('loading');
  if (failure) headline = t('loadFailed');
  else if (state && hasRecords && !hasVerdict) headline = t('headlineNoVerdict');
  else if (state && state.watchedHosts.length === 0) headline = t('emptyNoHostsTitle');
  else if (state) headline = t('emptyNothingTitle');
  const { covering, sites } = state ? coverage(state) : { covering: [], sites: 0 };
  const running = state?.proof?.current;

  return (
    <>
      <header class="top">
        <h1>{t('extName')}</h1>
      </header>
      <main>
        {running ? (
          <RunningBanner
            step={running}
            busy={busy}
            onDone={onFinishTest}
            onOpen={() => setView('diagnose')}
          />
        ) : null}
        {hasVerdict && state?.analysis && verdict ? (
          <VerdictSummary
            verdict={verdict}
            busy={busy}
            onDiagnose={() => setView('diagnose')}
            onCopyReport={onCopyReport}
            diagnoseRef={diagnoseButton}
          />
        ) : (
          <section class="headline" aria-live="polite" aria-atomic="true">
            <p class="headline-text">{headline}</p>
            {failure ? <p class="muted">{failure}</p> : null}
          </section>
        )}
        <p class="notice" role="status">
          {notice}
          {undoable ? (
            <>
              {' '}
              <button type="button" class="link-button" data-action="undo-clear" onClick={onUndo}>
                {t('actionUndo')}
              </button>
            </>
          ) : null}
        </p>
        {state?.unwatchedHosts?.length ? (
          <UnwatchedHostsNotice hosts={state.unwatchedHosts} busy={busy} onWatch={onWatchUnwatched} />
        ) : null}
        {state && !hasRecords && state.watchedHosts.length === 0 ? (
          <NoHostsEmpty tabHost={state.tabHost} onWatch={onWatch} onOpenOptions={openOptions} />
        ) : null}
        {state && !hasRecords && state.watchedHosts.length > 0 ? (
          <NothingYetEmpty tabHost={state.tabHost} tabWatched={state.tabWatched} />
        ) : null}
        {hasVerdict && state?.analysis && verdict ? (
          <DiagnosisView verdict={verdict} analysis={state.analysis} headersOnly={state.headersOnly} />
        ) : null}
        {state && hasRecords ? (
          <Section name="history" title={t('sectionHistory')} lazy>
            <History tabId={tabId} state={state} />
          </Section>
        ) : null}
        {state && (hasRecords || state.watchedHosts.length > 0) ? (
          <Section name="labels" title={t('sectionLabels')}>
            <LabelsForm labels={state.labels} onSave={onSaveLabels} />
          </Section>
        ) : null}
        {state ? (
          <Section name="files" title={t('sectionFiles')}>
            <ActionsBar
              hasRecords={hasRecords}
              showWatch={hasRecords || state.watchedHosts.length > 0}
              tabHost={state.tabHost}
              tabWatched={state.tabWatched}
              covering={covering}
              coveredSites={sites}
              busy={busy}
              onExportHar={onExport('har')}
              onExportJson={onExport('json')}
              onClear={onClear}
              onWatch={onWatch}
              onUnwatch={onUnwatch}
              onOpenOptions={openOptions}
            />
          </Section>
        ) : null}
      </main>
    </>
  );
}
