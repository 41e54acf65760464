import { describe, expect, it } from 'vitest';
import en from '../../../../_locales/en/messages.json';
import fr from '../../../../_locales/fr/messages.json';
import { createTranslator, formatMessage, resolveLang } from '../../../../src/i18n.ts';

const catalogs = { en, fr };

describe('resolveLang', () => {
  it('honours an explicit choice over the browser', () => {
    expect(resolveLang('fr', ['en-US'])).toBe('fr');
    expect(resolveLang('en', ['fr-FR'])).toBe('en');
  });

  it('follows the first shipped browser language on auto', () => {
    expect(resolveLang('auto', ['fr-CA', 'en'])).toBe('fr');
    expect(resolveLang('auto', ['de-DE', 'fr_BE', 'en'])).toBe('fr');
    expect(resolveLang('auto', ['de-DE', 'es'])).toBe('en');
    expect(resolveLang('auto', [])).toBe('en');
  });
});

describe('formatMessage (Chrome substitution rules)', () => {
  it('replaces named placeholders through their positional content', () => {
    const entry = {
      message: 'Showing $SHOWN$ of $total$',
      placeholders: { shown: { content: '$1' }, total: { content: '$2' } },
    };
    expect(formatMessage(entry, [100, 2000])).toBe('Showing 100 of 2000');
  });

  it('keeps $$ as a dollar and empties missing substitutions', () => {
    expect(formatMessage({ message: 'costs $$5 $1' }, [])).toBe('costs $5 ');
  });

  it('does not re-expand a substitution that itself looks like a placeholder', () => {
    const entry = { message: 'Watch $HOST$', placeholders: { host: { content: '$1' } } };
    expect(formatMessage(entry, ['$2 $HOST$'])).toBe('Watch $2 $HOST$');
  });
});

describe('createTranslator', () => {
  it('translates in the chosen language with substitutions', () => {
    expect(createTranslator(catalogs, 'en')('actionWatch', 'example.tv')).toBe('Watch example.tv');
    expect(createTranslator(catalogs, 'fr')('actionWatch', 'example.tv')).toBe('Surveiller example.tv');
  });

  it('falls back to English, then to the key, for a key a table lacks', () => {
    const partial = { en, fr: {} };
    expect(createTranslator(partial, 'fr')('hostAdd')).toBe('Add');
    const empty = { en: {}, fr: {} };
    expect(createTranslator(empty, 'fr')('hostAdd')).toBe('hostAdd');
  });

  it('writes French with a no-break space before a colon', () => {
    expect(createTranslator(catalogs, 'fr')('noticeFailed', 'x')).toBe('Cela n’a pas fonctionné\u00a0: x');
  });
});
