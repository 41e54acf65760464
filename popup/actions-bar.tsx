/** The popup's buttons. It only raises events; the app decides what they do. */
import { useI18n } from './i18n-context.tsx';

export interface ActionsProps {
  hasRecords: boolean;
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

export function ActionsBar(props: ActionsProps) {
  const { t } = useI18n();
  const noRecords = !props.hasRecords || props.busy;
  return (
    <nav class="actions" aria-label={t('actionsLabel')}>
      <button type="button" onClick={props.onCopyReport} disabled={noRecords}>
        {t('actionCopyReport')}
      </button>
      <button type="button" onClick={props.onExportHar} disabled={noRecords}>
        {t('actionExportHar')}
      </button>
      <button type="button" onClick={props.onExportJson} disabled={noRecords}>
        {t('actionExportJson')}
      </button>
      <button type="button" onClick={props.onClear} disabled={noRecords}>
        {t('actionClear')}
      </button>
      {props.tabHost ? (
        props.tabWatched ? (
          <button type="button" onClick={props.onUnwatch} disabled={props.busy}>
            {t('actionUnwatch', props.tabHost)}
          </button>
        ) : (
          <button type="button" class="primary" onClick={props.onWatch} disabled={props.busy}>
            {t('actionWatch', props.tabHost)}
          </button>
        )
      ) : null}
      <button type="button" class="link-button" onClick={props.onOpenOptions}>
        {t('actionOptions')}
      </button>
    </nav>
  );
}
