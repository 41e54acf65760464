/**
 * The guided diagnosis on the options page: the same flow as the popup's "Diagnose" view, on the latest
 * records of every watched site (no tab here), with the larger timeline.
 */
import { useCallback, useEffect, useId, useState } from 'preact/hooks';
import { send } from '../popup/browser.ts';
import { DiagnoseView } from '../popup/proofs/diagnose-view.tsx';
import { useI18n } from '../popup/text/i18n-context.tsx';
import type { StateReply } from '../src/messages.ts';

export function DiagnoseSection() {
  const { t } = useI18n();
  const titleId = useId();
  const [state, setState] = useState<StateReply | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const load = useCallback(() => {
    send('get-state', {}).then(setState, (error: unknown) => setFailure(String(error)));
  }, []);
  useEffect(load, [load]);
  return (
    <section id="diagnose" class="card diagnose-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('diagnoseOpen')}</h2>
      {failure ? <p class="note">{t('optionsFailed', failure)}</p> : null}
      {state ? <DiagnoseView state={state} onChanged={load} size="large" /> : <p>{t('loading')}</p>}
    </section>
  );
}
