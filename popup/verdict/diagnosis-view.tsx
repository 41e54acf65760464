/**
 * Everything behind the verdict, each part collapsed under a plain title: why we think so (titled for the
 * kind of error), what it means, more things to try, and a short glossary. The popup shows it under its
 * first screen; the options page under an analysed HAR file.
 */
import { useMemo } from 'preact/hooks';
import type { MessageKey } from '../../src/i18n.ts';
import { codeLabel } from '../text/display-text.ts';
import { useI18n } from '../text/i18n-context.tsx';
import { adviceFor, rootFinding } from '../text/knowledge.ts';
import { AdviceCard } from './advice-card.tsx';
import { carriedBySuccess, MeaningCard } from './meaning-card.tsx';
import { Section } from './section.tsx';
import { VerdictDetails, type VerdictViewProps } from './verdict-card.tsx';

/** A 404, a 5xx and a connection failure are not "who said no": each kind gets its own question. */
const WHY_TITLES: Readonly<Record<string, MessageKey>> = {
  refusal: 'sectionWhy_refusal',
  auth: 'sectionWhy_auth',
  limit: 'sectionWhy_limit',
  missing: 'sectionWhy_missing',
  server: 'sectionWhy_server',
  network: 'sectionWhy_network',
};

function Glossary() {
  const { t } = useI18n();
  return (
    <dl class="glossary">
      <dt>{t('glossaryCdnTerm')}</dt>
      <dd>{t('glossaryCdn')}</dd>
      <dt>{t('glossaryFirewallTerm')}</dt>
      <dd>{t('glossaryFirewall')}</dd>
      <dt>{t('glossaryEdgeTerm')}</dt>
      <dd>{t('glossaryEdge')}</dd>
    </dl>
  );
}

export function DiagnosisView({ verdict, analysis, headersOnly }: VerdictViewProps) {
  const { t } = useI18n();
  const root = rootFinding(analysis);
  const advice = useMemo(() => adviceFor(verdict.layer, root), [verdict.layer, root]);
  // The account refused inside a success is not a sign-in problem: the layer names it first.
  const whyKey =
    verdict.layer === 'account' ? 'sectionWhy_account' : WHY_TITLES[verdict.errorClass ?? 'refusal'];
  const whyTitle = t(whyKey ?? 'sectionWhy_refusal');
  return (
    <>
      <Section name="why" title={whyTitle}>
        <VerdictDetails verdict={verdict} analysis={analysis} headersOnly={headersOnly} />
      </Section>
      {root ? (
        <Section
          name="meaning"
          title={carriedBySuccess(root) ? t('sectionMeaningCarried') : t('sectionMeaning', codeLabel(root))}
        >
          <MeaningCard finding={root} />
        </Section>
      ) : null}
      <Section name="more" title={t('sectionMore')}>
        <AdviceCard advice={advice} />
      </Section>
      <Section name="glossary" title={t('sectionGlossary')}>
        <Glossary />
      </Section>
    </>
  );
}
