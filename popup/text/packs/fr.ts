/**
 * The French text pack. Imported only through `loadTextPack` (popup/text/i18n-context.tsx), as its own chunk:
 * build.mjs replaces this module by its evaluated value, so the chunk holds French strings and nothing else.
 */
import messages from '../../../_locales/fr/messages.json';
import { textPack } from '../../../src/wording/pack.ts';

export default textPack('fr', messages);
