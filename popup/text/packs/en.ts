/**
 * The English text pack. Imported only through `loadTextPack` (popup/text/i18n-context.tsx), as its own chunk:
 * build.mjs replaces this module by its evaluated value, so the chunk holds English strings and nothing else.
 */
import messages from '../../../_locales/en/messages.json';
import { textPack } from '../../../src/wording/pack.ts';

export default textPack('en', messages);
