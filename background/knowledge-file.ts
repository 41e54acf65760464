/**
 * The worker's knowledge file (src/knowledge/shipped.ts): read once per wake, on the first event that needs a
 * table — a response of a watched host, a page's report, the popup's question about records — and never on a
 * wake that only follows a tab, a setting or a permission. Where nothing is shipped (the unit tests run the
 * worker over the source modules) there is nothing to read.
 */
import { installKnowledge, knowledgeInstalled, tablesShipped } from '../src/knowledge/shipped.ts';
import { withTimeout } from './capture/with-timeout.ts';
import type { BrowserPort } from './port.ts';

/** Beside the worker in the package; build.mjs writes it. */
const KNOWLEDGE_FILE = 'knowledge.json';
/** A file of the package is read in milliseconds; a read that hangs must not hold every capture with it. */
const READ_TIMEOUT_MS = 5000;

/** Resolves once the tables can be read; rejects, for the rest of this wake, when the file could not be. */
export type KnowledgeReady = () => Promise<void>;

/**
 * A failed read is not tried again until the next wake: the package does not change while the worker runs,
 * and each refusal reading it again would only repeat the failure (logged once). Callers keep what they
 * capture without the tables: undiagnosed records, headers-only decisions, the popup without a verdict.
 */
export function knowledgeLoader(
  port: Pick<BrowserPort, 'packagedText'>,
  log: (message: string, error?: unknown) => void,
): KnowledgeReady {
  let loading: Promise<void> | undefined;
  return () => {
    if (!tablesShipped() || knowledgeInstalled()) return Promise.resolve();
    loading ??= withTimeout(port.packagedText(KNOWLEDGE_FILE), READ_TIMEOUT_MS)
      .then((text) => {
        if (text === undefined) throw new Error(`${KNOWLEDGE_FILE} could not be read`);
        installKnowledge(text);
      })
      .catch((error: unknown) => {
        log('knowledge file not read: records are kept undiagnosed until the next wake', error);
        throw error;
      });
    return loading;
  };
}
