/**
 * Watched hosts: add (with wildcards), remove, grant what settings list but the browser has not granted
 * (after a settings import), add the site the popup came from, import a playlist's hosts. Every change asks
 * or releases the host permission from inside the click (or submit) handler: the browser needs the gesture.
 */
import { useEffect, useState } from 'preact/hooks';
import { grantedHosts, type HostsChange, releaseHosts, requestHosts } from '../popup/browser.ts';
import { useI18n } from '../popup/text/i18n-context.tsx';
import { checkHost, type HostProblem, isWatched } from '../src/http/host-patterns.ts';
import type { MessageKey } from '../src/i18n.ts';
import type { Settings } from '../src/settings.ts';
import { readSettings } from './browser.ts';
import { PlaylistImport } from './playlist-import.tsx';

const PROBLEM_TEXT: Readonly<Record<HostProblem, MessageKey>> = {
  empty: 'hostProblemEmpty',
  'all-hosts': 'hostProblemAllHosts',
  'wildcard-position': 'hostProblemWildcardPosition',
  'wildcard-tld': 'hostProblemWildcardTld',
  invalid: 'hostProblemInvalid',
};

interface Props {
  settings: Settings;
  site: string | undefined;
  onSettings: (settings: Settings) => void;
}

export function HostsSection({ settings, site, onSettings }: Props) {
  const { t } = useI18n();
  // Null until the browser answers, so no host flashes as "not granted" on load.
  const [granted, setGranted] = useState<string[] | null>(null);
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<HostProblem | null>(null);
  const [notice, setNotice] = useState('');
  const refreshGranted = () => grantedHosts().then(setGranted);
  useEffect(() => {
    void refreshGranted();
  }, []);
  const hosts = [...new Set([...settings.watchedHosts, ...(granted ?? [])])].sort();
  const isGranted = (host: string) =>
    granted === null || granted.includes(host) || (!host.startsWith('*.') && isWatched(granted, host));
  const apply = (change: Promise<HostsChange>, done: string, wantsGrant = true) => {
    change
      .then(async (result) => {
        // The worker has aligned the stored hosts with the grants; show what it stored.
        onSettings(await readSettings());
        await refreshGranted();
        setNotice(result.granted || !wantsGrant ? done : t('noticeNotGranted'));
      })
      .catch((error: unknown) => setNotice(t('noticeFailed', String(error))));
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    const check = checkHost(input);
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    setProblem(null);
    setInput('');
    apply(requestHosts([check.host]), t('noticeHostAdded', check.host));
  };
  const siteCheck = site ? checkHost(site) : null;
  const siteHost = siteCheck?.ok && !hosts.includes(siteCheck.host) ? siteCheck.host : null;
  return (
    <section id="hosts" class="card" aria-labelledby="hosts-title">
      <h2 id="hosts-title">{t('hostsTitle')}</h2>
      <p>{t('hostsHelp')}</p>
      {hosts.length === 0 ? <p class="muted">{t('hostsEmpty')}</p> : null}
      <ul class="host-list">
        {hosts.map((host) => (
          <li key={host}>
            <span class="host-name">{host}</span>
            {isGranted(host) ? null : (
              <>
                <span class="muted"> {t('hostNotGranted')} </span>
                <button type="button" onClick={() => apply(requestHosts([host]), t('noticeHostAdded', host))}>
                  {t('hostGrant', host)}
                </button>
              </>
            )}
            <button
              type="button"
              onClick={() => apply(releaseHosts([host]), t('noticeHostRemoved', host), false)}
            >
              {t('hostRemove', host)}
            </button>
          </li>
        ))}
      </ul>
      {siteHost ? (
        <button
          type="button"
          class="primary"
          onClick={() => apply(requestHosts([siteHost]), t('noticeHostAdded', siteHost))}
        >
          {t('hostAddSite', siteHost)}
        </button>
      ) : null}
      <form class="host-form" onSubmit={onSubmit} noValidate>
        <label for="host-input">{t('hostInputLabel')}</label>
        <input
          id="host-input"
          type="text"
          value={input}
          placeholder="*.example.tv"
          autoComplete="off"
          spellcheck={false}
          aria-invalid={problem !== null}
          aria-describedby="host-hint host-problem"
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit">{t('hostAdd')}</button>
        <p id="host-hint" class="muted">
          {t('hostInputHint')}
        </p>
        <p id="host-problem" class="problem" role="alert">
          {problem ? t(PROBLEM_TEXT[problem]) : ''}
        </p>
      </form>
      <PlaylistImport
        watched={hosts}
        onWatch={(picked) => apply(requestHosts(picked), t('noticeHostsAdded', picked.length))}
      />
      <p class="notice" role="status">
        {notice}
      </p>
    </section>
  );
}
