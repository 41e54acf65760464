/**
 * The popup's buttons. It only raises events; the app decides what they do. Record actions appear only when
 * there is something to report or export, and the watch toggle is left out where an empty state already
 * offers it, so no state shows a dead or duplicated button.
 */
import { TestPageLink } from '../check/test-page-link.tsx';
import { useI18n } from '../text/i18n-context.tsx';

export interface ActionsProps {
  hasRecords: boolean;
  /** False when the empty state above already shows a "Watch" button. */
  showWatch: boolean;
  tabHost?: string;
  tabWatched: boolean;
  busy: boolean;
  onCopyReport: () => void;
  onExportHar: () => void;
  onExportJson: () => void;
  onClear: () => void;
  onWatch: () => void;
  onUnwatch: () => void;
  onOpenOptions: () => void;
}

function WatchToggle({ tabHost, tabWatched, busy, onWatch, onUnwatch }: ActionsProps & { tabHost: string }) {
  const { t } = useI18n();
  return tabWatched ? (
    <button type="button" onClick={onUnwatch} disabled={busy}>
      {t('actionUnwatch', tabHost)}
    </button>
  ) : (
    <button type="button" class="primary" onClick={onWatch} disabled={busy}>
      {t('actionWatch', tabHost)}
    </button>
  );
}

export function ActionsBar(props: ActionsProps) {
  const { t } = useI18n();
  return (
    <nav class="actions" aria-label={t('actionsLabel')}>
      {props.hasRecords ? (
        <>
          <button type="button" onClick={props.onCopyReport} disabled={props.busy}>
            {t('actionCopyReport')}
          </button>
          <button type="button" onClick={props.onExportHar} disabled={props.busy}>
            {t('actionExportHar')}
          </button>
          <button type="button" onClick={props.onExportJson} disabled={props.busy}>
            {t('actionExportJson')}
          </button>
          <button type="button" onClick={props.onClear} disabled={props.busy}>
            {t('actionClear')}
          </button>
        </>
      ) : null}
      {props.showWatch && props.tabHost ? <WatchToggle {...props} tabHost={props.tabHost} /> : null}
      <button type="button" class="link-button" onClick={props.onOpenOptions}>
        {t('actionOptions')}
      </button>
      <TestPageLink label="checkOpen" />
    </nav>
  );
}
