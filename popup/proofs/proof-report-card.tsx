/**
 * The report actions of the verdict screen, in the language the user picks here (support may read the other
 * one): copy, download as text or Markdown, and the redacted HAR. It raises events; the view sends.
 */
import { useId, useState } from 'preact/hooks';
import type { Lang } from '../../src/types.ts';
import { useI18n } from '../text/i18n-context.tsx';

export interface ProofReportCardProps {
  busy: boolean;
  onCopy: (lang: Lang) => void;
  onDownload: (lang: Lang, format: 'text' | 'markdown') => void;
  onHar: () => void;
}

const LANGS: readonly { lang: Lang; key: 'reportLangEn' | 'reportLangFr' }[] = [
  { lang: 'en', key: 'reportLangEn' },
  { lang: 'fr', key: 'reportLangFr' },
];

export function ProofReportCard({ busy, onCopy, onDownload, onHar }: ProofReportCardProps) {
  const { lang: uiLang, t } = useI18n();
  const [lang, setLang] = useState<Lang>(uiLang);
  const titleId = useId();
  const group = useId();
  return (
    <section class="card proof-report" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('reportTitle')}</h2>
      <fieldset class="report-lang">
        <legend>{t('reportLanguage')}</legend>
        {LANGS.map((option) => (
          <label key={option.lang} lang={option.lang}>
            <input
              type="radio"
              name={group}
              value={option.lang}
              checked={lang === option.lang}
              onChange={() => setLang(option.lang)}
            />{' '}
            {t(option.key)}
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => onCopy(lang)}>
          {t('reportCopy')}
        </button>
        <button type="button" disabled={busy} onClick={() => onDownload(lang, 'text')}>
          {t('reportDownloadText')}
        </button>
        <button type="button" disabled={busy} onClick={() => onDownload(lang, 'markdown')}>
          {t('reportDownloadMarkdown')}
        </button>
        <button type="button" disabled={busy} onClick={onHar}>
          {t('reportDownloadHar')}
        </button>
      </div>
    </section>
  );
}
