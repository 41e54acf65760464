/**
 * Hosts the tab's page failed to reach that nobody watches. Chrome reports a request to an extension only
 * when it may access both the request's host and the page that made it, so a player on one site that
 * streams from another needs both watched; the page's own failure reports name the missing ones. Those
 * names come from the page, which may lie (a forged report can name any site), so each host is offered on
 * its own, marked as the page's claim: never one permission request for everything a page names.
 */
import { clipped } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';

export function UnwatchedHostsNotice({
  hosts,
  busy,
  onWatch,
}: {
  hosts: readonly string[];
  busy: boolean;
  onWatch: (host: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section class="card unwatched" aria-labelledby="unwatched-title" data-reported-by="page">
      <h2 id="unwatched-title">{t('unwatchedTitle')}</h2>
      <p class="muted">{t('unwatchedByPage')}</p>
      <ul>
        {hosts.map((host) => (
          <li key={host} data-unwatched-host={host}>
            <code>{clipped(host, 60).shown}</code>{' '}
            <button type="button" disabled={busy} onClick={() => onWatch(host)}>
              {t('unwatchedWatchOne', clipped(host, 60).shown)}
            </button>
          </li>
        ))}
      </ul>
      <p class="muted">{t('unwatchedWhy')}</p>
    </section>
  );
}
