// @vitest-environment happy-dom
/**
 * Loading one language at a time: nothing is shown before a pack is there (never a raw message key), a
 * switch keeps the previous screen until the new pack arrives, and knowledge texts looked up before a switch
 * follow it. The tests run in order: the first sees no pack at all, the second loads French.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, loadTextPack, useI18n } from '../../../../popup/text/i18n-context.tsx';
import { adviceFor, layerText, meaningOf } from '../../../../popup/text/knowledge.ts';
import { layerInfo } from '../../../../src/knowledge/layers/meaning.ts';
import { statusInfo } from '../../../../src/knowledge/status/meaning.ts';
import { transportInfo } from '../../../../src/knowledge/transport/meaning.ts';

function Probe({ label }: { label: string }) {
  const { lang, t } = useI18n();
  return (
    <p data-testid="probe">
      {label} {lang} {t('loading')}
    </p>
  );
}

afterEach(cleanup);

describe('before any pack', () => {
  it('renders nothing rather than message keys', async () => {
    const view = render(
      <I18nProvider lang="en">
        <Probe label="first" />
      </I18nProvider>,
    );
    expect(view.container.textContent).toBe('');
    expect((await screen.findByTestId('probe')).textContent).toBe('first en Loading…');
  });
});

describe('a language switch', () => {
  it('keeps the previous screen until the new pack is loaded, then shows the new one in full', async () => {
    await loadTextPack('en');
    const view = render(
      <I18nProvider lang="en">
        <Probe label="first" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('probe').textContent).toBe('first en Loading…');
    // Looked up (and possibly memoised by a component) while only English is loaded.
    const layer = layerText('waf');
    const meaning = meaningOf({ status: 0, error: 'net::ERR_NAME_NOT_RESOLVED' });
    const advice = adviceFor('none', { status: 404 } as never);
    expect(layer.sentence.fr).toBe(layerInfo('waf').sentence.en);
    view.rerender(
      <I18nProvider lang="fr">
        <Probe label="second" />
      </I18nProvider>,
    );
    // The French pack is still on its way: the English screen stays, whole, instead of "loading" keys.
    expect(screen.getByTestId('probe').textContent).toBe('first en Loading…');
    expect((await screen.findByText(/^second/)).textContent).toBe('second fr Chargement…');
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    // The same objects now read French.
    expect(layer.sentence.fr).toBe(layerInfo('waf').sentence.fr);
    expect(layer.nextSteps.map((s) => s.fr)).toEqual(layerInfo('waf').nextSteps.map((s) => s.fr));
    expect(meaning.title.fr).toBe(transportInfo('net::ERR_NAME_NOT_RESOLVED').title.fr);
    // "none" has no don'ts of its own: the root code's (404) stand in, rule and reason apart.
    expect(advice.donts.map((d) => `${d.what.fr} ${d.why?.fr}`)).toEqual(
      statusInfo(404).dont.map((d) => d.fr),
    );
    expect(advice.nextSteps.map((s) => s.en)).toEqual(layerInfo('none').nextSteps.map((s) => s.en));
  });
});
