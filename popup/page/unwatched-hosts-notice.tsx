/**
 * Hosts the tab's page failed to reach that nobody watches. Chrome reports a request to an extension only
 * when it may access both the request's host and the page that made it, so a player on one site that
 * streams from another needs both watched; the page's own failure reports name the missing ones.
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
  onWatch: () => void;
}) {
  const { t } = useI18n();
  return (
    <section class="card unwatched" aria-labelledby="unwatched-title">
      <h2 id="unwatched-title">{t('unwatchedTitle')}</h2>
      <ul>
        {hosts.map((host) => (
          <li key={host}>
            <code>{clipped(host, 60).shown}</code>
          </li>
        ))}
      </ul>
      <p class="muted">{t('unwatchedWhy')}</p>
      <button type="button" class="primary" disabled={busy} onClick={onWatch}>
        {t('unwatchedWatch')}
      </button>
    </section>
  );
}
