/**
 * The popup's other actions, in the collapsed "files and other actions" section: the technical files for
 * support, Clear (with an undo), the watch toggle and the settings. It only raises events; the app decides
 * what they do. The watch toggle appears only for a web page (not for the browser's own pages).
 */
import { translatePlural } from '../../src/i18n.ts';
import { TestPageLink } from '../check/test-page-link.tsx';
import { useI18n } from '../text/i18n-context.tsx';

export interface ActionsProps {
  hasRecords: boolean;
  /** False when the empty state above already shows a "Watch" button. */
  showWatch: boolean;
  tabHost?: string;
  tabWatched: boolean;
  /** The watched patterns that cover the tab's host ("*.example.tv"), and how many sites they cover. */
  covering: readonly string[];
  coveredSites: number;
  busy: boolean;
  onExportHar: () => void;
  onExportJson: () => void;
  onClear: () => void;
  onWatch: () => void;
  onUnwatch: () => void;
  onOpenOptions: () => void;
}

function WatchToggle(props: ActionsProps & { tabHost: string }) {
  const { lang, t } = useI18n();
  const { tabHost, tabWatched, busy, onWatch, onUnwatch, covering, coveredSites } = props;
  return tabWatched ? (
    <button type="button" data-action="unwatch" onClick={onUnwatch} disabled={busy}>
      {translatePlural(t, lang, 'actionUnwatch', coveredSites, covering.join(', ') || tabHost)}
    </button>
  ) : (
    <button type="button" class="primary" data-action="watch" onClick={onWatch} disabled={busy}>
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
          <button type="button" data-action="export-har" onClick={props.onExportHar} disabled={props.busy}>
            {t('actionExportHar')}
          </button>
          <button type="button" data-action="export-json" onClick={props.onExportJson} disabled={props.busy}>
            {t('actionExportJson')}
          </button>
          <button type="button" data-action="clear" onClick={props.onClear} disabled={props.busy}>
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
