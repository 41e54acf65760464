/**
 * The popup: loads the worker's state for the tab, shows the diagnosis (or an empty state that teaches), and
 * turns the buttons into messages. All diagnosis comes from the worker's reply.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { hostCovers } from '../src/http/host-patterns.ts';
import type { StateReply } from '../src/messages.ts';
import type { Lang } from '../src/types.ts';
import {
  copyText,
  currentTab,
  downloadText,
  grantedHosts,
  openOptionsPage,
  releaseHosts,
  requestHosts,
  send,
} from './browser.ts';
import { EventsList } from './events/events-list.tsx';
import { Timeline } from './events/timeline.tsx';
import { ActionsBar } from './page/actions-bar.tsx';
import { NoHostsEmpty, NothingYetEmpty } from './page/empty-states.tsx';
import { dataFile, reportFile } from './page/export-files.ts';
import { type Labels, LabelsForm } from './page/labels-form.tsx';
import { UnwatchedHostsNotice } from './page/unwatched-hosts-notice.tsx';
import { DiagnoseView } from './proofs/diagnose-view.tsx';
import { I18nProvider, useI18n } from './text/i18n-context.tsx';
import { DiagnosisView } from './verdict/diagnosis-view.tsx';
import { headlineText } from './verdict/verdict-card.tsx';

type Loaded = { state: StateReply; tabId?: number; latestInstead: boolean };

/**
 * The worker answers with the tab's records, or the latest ones of every tab when the tab has none; the
 * popup says so in the second case, so nobody reads another site's refusal as this one's.
 */
async function loadState(search: string): Promise<Loaded> {
  const { tabId, url } = await currentTab(search);
  const state = await send('get-state', url ? { tabId, url } : { tabId });
  const latestInstead =
    tabId !== undefined &&
    state.records.length > 0 &&
    !state.records.some((record) => record.exchange.context?.tabId === tabId);
  return { state, tabId, latestInstead };
}

export function PopupApp({ search, initialLang }: { search: string; initialLang: Lang }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reload = useCallback(() => {
    loadState(search).then(setLoaded, (error: unknown) => setFailure(String(error)));
  }, [search]);
  useEffect(reload, [reload]);
  return (
    <I18nProvider lang={loaded?.state.lang ?? initialLang}>
      <PopupBody loaded={loaded} failure={failure} reload={reload} />
    </I18nProvider>
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
  const [busy, setBusy] = useState(false);
  const [view, setView] = useState<'main' | 'diagnose'>('main');
  const diagnoseButton = useRef<HTMLButtonElement>(null);
  const state = loaded?.state;
  const hasRecords = (state?.records.length ?? 0) > 0;
  const openOptions = () => openOptionsPage(state?.tabHost);
  const tabId = loaded?.latestInstead ? undefined : loaded?.tabId;
  const run = (work: Promise<unknown>, done: string) => {
    setBusy(true);
    work
      .then(
        () => setNotice(done),
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
  const onClear = () => run(send('clear-log', { tabId }).then(reload), t('noticeCleared'));
  // permissions.request must be the first call of the click handler: it needs the user gesture.
  const onWatch = () => {
    if (!state?.tabHost) return;
    const asked = requestHosts([state.tabHost]);
    run(
      asked.then(({ granted }) => {
        if (!granted) throw new Error(t('noticeNotGranted'));
        reload();
      }),
      t('noticeWatching', state.tabHost),
    );
  };
  // One host per click, as the page named it: a page's claim never becomes a batch permission request.
  const onWatchUnwatched = (host: string) => {
    if (!state?.unwatchedHosts?.includes(host)) return;
    const asked = requestHosts([host]);
    run(
      asked.then(({ granted }) => {
        if (!granted) throw new Error(t('noticeNotGranted'));
        reload();
      }),
      t('noticeWatching', host),
    );
  };
  const onUnwatch = () => {
    const host = state?.tabHost;
    if (!host) return;
    const covering = grantedHosts().then((hosts) => hosts.filter((watched) => hostCovers(watched, host)));
    run(covering.then(releaseHosts).then(reload), t('noticeUnwatched', host));
  };
  const onSaveLabels = (labels: Labels) => run(send('set-labels', labels), t('noticeLabelsSaved'));

  // Back from the guided diagnosis: focus returns to the button that opened it.
  const closeDiagnose = () => {
    setView('main');
    setTimeout(() => diagnoseButton.current?.focus(), 0);
  };
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

  let headline = t('loading');
  if (failure) headline = t('loadFailed');
  else if (state?.analysis && state.records.length > 0)
    headline = headlineText(state.analysis.verdict, lang, t);
  else if (state && state.records.length > 0) headline = t('headlineNoVerdict');
  else if (state && state.watchedHosts.length === 0) headline = t('emptyNoHostsTitle');
  else if (state) headline = t('emptyNothingTitle');

  return (
    <>
      <header class="top">
        <h1>{t('extName')}</h1>
      </header>
      <main>
        <section class="headline" aria-live="polite" aria-atomic="true">
          <p class="headline-text">{headline}</p>
          {failure ? <p class="muted">{failure}</p> : null}
        </section>
        {loaded?.latestInstead ? <p class="note">{t('latestInsteadNote')}</p> : null}
        {state?.unwatchedHosts?.length ? (
          <UnwatchedHostsNotice hosts={state.unwatchedHosts} busy={busy} onWatch={onWatchUnwatched} />
        ) : null}
        {state?.analysis && hasRecords ? (
          <>
            <button
              ref={diagnoseButton}
              type="button"
              class="primary diagnose-open"
              onClick={() => setView('diagnose')}
            >
              {t('diagnoseOpen')}
            </button>
            <DiagnosisView analysis={state.analysis} headersOnly={state.headersOnly} />
          </>
        ) : null}
        {state && !hasRecords && state.watchedHosts.length === 0 ? (
          <NoHostsEmpty tabHost={state.tabHost} onWatch={onWatch} onOpenOptions={openOptions} />
        ) : null}
        {state && !hasRecords && state.watchedHosts.length > 0 ? (
          <NothingYetEmpty tabHost={state.tabHost} tabWatched={state.tabWatched} />
        ) : null}
        {state ? (
          <ActionsBar
            hasRecords={hasRecords}
            showWatch={hasRecords || state.watchedHosts.length > 0}
            tabHost={state.tabHost}
            tabWatched={state.tabWatched}
            busy={busy}
            onCopyReport={onCopyReport}
            onExportHar={onExport('har')}
            onExportJson={onExport('json')}
            onClear={onClear}
            onWatch={onWatch}
            onUnwatch={onUnwatch}
            onOpenOptions={openOptions}
          />
        ) : null}
        <p class="notice" role="status">
          {notice}
        </p>
        {state && hasRecords ? (
          <>
            <Timeline records={state.records} proofs={state.proof?.results ?? []} />
            <EventsList records={state.records} />
          </>
        ) : null}
        {state && (hasRecords || state.watchedHosts.length > 0) ? (
          <LabelsForm labels={state.labels} onSave={onSaveLabels} />
        ) : null}
      </main>
    </>
  );
}
