/** Empty states that teach: what the extension does, and what will happen when something is refused. */
import { useI18n } from '../text/i18n-context.tsx';

export function NoHostsEmpty({
  tabHost,
  onWatch,
  onOpenOptions,
}: {
  tabHost?: string;
  onWatch: () => void;
  onOpenOptions: () => void;
}) {
  const { t } = useI18n();
  return (
    <section class="card empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('emptyNoHostsHeading')}</h2>
      <p>{t('emptyNoHostsWhat')}</p>
      <p>{t('emptyNoHostsHow')}</p>
      <p class="muted">{t('emptyNoHostsPrivacy')}</p>
      {tabHost ? (
        <button type="button" class="primary" onClick={onWatch}>
          {t('actionWatch', tabHost)}
        </button>
      ) : (
        <button type="button" class="primary" onClick={onOpenOptions}>
          {t('emptyAddInOptions')}
        </button>
      )}
    </section>
  );
}

export function NothingYetEmpty({ tabHost, tabWatched }: { tabHost?: string; tabWatched: boolean }) {
  const { t } = useI18n();
  return (
    <section class="card empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('emptyNothingHeading')}</h2>
      {tabHost && !tabWatched ? (
        <>
          <p>{t('emptyTabNotWatched', tabHost)}</p>
          <p class="muted">{t('emptyTabNotWatchedWhy')}</p>
        </>
      ) : null}
      <p>{t('emptyNothingNext')}</p>
      <p>{t('emptyNothingWillShow')}</p>
      <p class="muted">{t('emptyNothingSuccesses')}</p>
    </section>
  );
}
