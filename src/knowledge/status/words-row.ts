/** The shape of one status code's display text; the tables in words-client.ts and words-server.ts fill it. */

import type { Localized } from '../../types.ts';
import type { AdviceRef, DontRef } from '../guide/advice.ts';

export interface StatusText {
  title: Localized;
  meaning: Localized;
  next: readonly AdviceRef[];
  dont: readonly DontRef[];
}
