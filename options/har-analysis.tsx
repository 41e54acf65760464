/**
 * "Analyse a HAR file": a file input and a drop zone; the page reads and analyses the file itself, and shows
 * the same verdict view as the popup, plus the list of failed requests it found.
 *
 * The reader and the engine (src/outputs/har/read.ts, src/diagnosis/analyze.ts: the CLI's core) arrive as a chunk of
 * their own, loaded only when a file is picked, so neither the page's first paint nor the service worker
 * carries them. Analysing here does not break "the UI never re-diagnoses captured records": a dropped file is
 * not a captured record. The worker never saw it, stored nothing of it and holds no verdict about it that
 * this one could contradict; its records keep their one diagnosis, made once by the worker.
 */
import { useState } from 'preact/hooks';
import { codeLabel, formatTime, hostOf } from '../popup/text/display-text.ts';
import { useI18n } from '../popup/text/i18n-context.tsx';
import { layerText } from '../popup/text/knowledge.ts';
import { DiagnosisView } from '../popup/verdict/diagnosis-view.tsx';
import { ClippedText } from '../popup/verdict/evidence-list.tsx';
import { FactsLine, useVerdictText, verdictData } from '../popup/verdict/verdict-summary.tsx';
import type { Analysis, Lang } from '../src/types.ts';
import { type CurrentVerdict, NO_VERDICT } from '../src/verdict/current.ts';

type HarState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string }
  | { phase: 'done'; name: string; analysis: Analysis; verdict: CurrentVerdict }
  | { phase: 'failed'; name: string; error: string };

type HarOutcome = { analysis: Analysis; verdict: CurrentVerdict } | { error: string };

async function analyseHarText(text: string, lang: Lang): Promise<HarOutcome> {
  const [reader, engine, reading] = await Promise.all([
    import('../src/outputs/har/read.ts'),
    import('../src/diagnosis/analyze.ts'),
    import('../src/verdict/from-exchanges.ts'),
  ]);
  try {
    const exchanges = reader.parseHar(text);
    const analysis = engine.analyze(exchanges);
    // The same verdict `iptv-lens report` gives this file, the guided tests it carries included.
    return { analysis, verdict: reading.verdictOfExchanges(analysis, exchanges, Date.now()).verdict };
  } catch (error) {
    // The reader explains what is wrong with the file, and how to export it again, in both languages.
    if (error instanceof reader.HarInputError) return { error: error.text[lang] };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function FindingsTable({ analysis }: { analysis: Analysis }) {
  const { lang, t } = useI18n();
  return (
    <table class="log-table">
      <caption>{t('harFindings', analysis.findings.length, analysis.totals.entries)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('logColumn_time')}</th>
          <th scope="col">{t('logColumn_code')}</th>
          <th scope="col">{t('logColumn_host')}</th>
          <th scope="col">{t('logColumn_role')}</th>
          <th scope="col">{t('logColumn_layer')}</th>
        </tr>
      </thead>
      <tbody>
        {analysis.findings.map((finding) => (
          <tr key={finding.entry} class={`class-${finding.errorClass}`}>
            <td>{formatTime(finding.startedAt, lang)}</td>
            <td class="code">
              <ClippedText value={codeLabel(finding)} max={30} />
            </td>
            <td>
              <ClippedText value={hostOf(finding.url)} max={40} />
            </td>
            <td>{t(`role_${finding.role}` as const)}</td>
            <td>{layerText(finding.layer).name[lang]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HarAnalysis() {
  const { lang, t } = useI18n();
  const [state, setState] = useState<HarState>({ phase: 'idle' });
  const [over, setOver] = useState(false);
  const analyse = (file: File) => {
    setState({ phase: 'reading', name: file.name });
    file
      .text()
      .then((text) => analyseHarText(text, lang))
      .then((reply) =>
        setState(
          'analysis' in reply
            ? { phase: 'done', name: file.name, analysis: reply.analysis, verdict: reply.verdict }
            : { phase: 'failed', name: file.name, error: reply.error },
        ),
      )
      .catch((error: unknown) => setState({ phase: 'failed', name: file.name, error: String(error) }));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files[0];
    if (file) analyse(file);
  };
  let headline = '';
  if (state.phase === 'reading') headline = t('harReading', state.name);
  if (state.phase === 'failed') headline = t('harFailed', state.name, state.error);
  const text = useVerdictText(state.phase === 'done' ? state.verdict : NO_VERDICT);
  if (state.phase === 'done') headline = text?.headline ?? '';
  const headersOnly =
    state.phase === 'done' &&
    state.analysis.findings.length > 0 &&
    state.analysis.findings.every((finding) => finding.context?.headersOnly === true);
  return (
    <section id="har" class="card" aria-labelledby="har-title">
      <h2 id="har-title">{t('harTitle')}</h2>
      <p class="muted">{t('harHelp')}</p>
      <fieldset
        class={over ? 'drop-zone over' : 'drop-zone'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label for="har-file">{t('harChoose')}</label>
        <input
          id="har-file"
          type="file"
          accept=".har,.json,application/json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) analyse(file);
          }}
        />
        <p class="muted">{t('harDrop')}</p>
      </fieldset>
      <div
        class="headline"
        aria-live="polite"
        aria-atomic="true"
        {...(state.phase === 'done' ? { 'data-verdict': '', ...verdictData(state.verdict) } : {})}
      >
        <p class="headline-text">{headline}</p>
        {state.phase === 'done' && text?.where ? <p class="where">{text.where}</p> : null}
        {state.phase === 'done' && state.verdict.source !== 'none' ? (
          <>
            <p class="do-now">
              <strong>{t('doNowLabel')}</strong> {text?.doNow}
            </p>
            <FactsLine verdict={state.verdict} />
          </>
        ) : null}
      </div>
      {state.phase === 'done' ? (
        <>
          {state.analysis.findings.length > 0 ? (
            <DiagnosisView verdict={state.verdict} analysis={state.analysis} headersOnly={headersOnly} />
          ) : (
            <p>{t('harNoFailure', state.analysis.totals.entries)}</p>
          )}
          {state.analysis.findings.length > 0 ? <FindingsTable analysis={state.analysis} /> : null}
        </>
      ) : null}
    </section>
  );
}
