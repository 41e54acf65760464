/**
 * The worker's knowledge file (src/knowledge/shipped.ts): read once per wake, on the first event that needs a
 * table — a refusal to diagnose, a record to show — and never on a wake that meets none. Where nothing is
 * shipped (the unit tests run the worker over the source modules) there is nothing to read.
 */
import { installKnowledge, knowledgeInstalled, tablesShipped } from '../src/knowledge/shipped.ts';
import type { BrowserPort } from './port.ts';

/** Beside the worker in the package; build.mjs writes it. */
const KNOWLEDGE_FILE = 'knowledge.json';

/** Resolves once the tables can be read; a failed read is tried again by the next caller. */
export type KnowledgeReady = () => Promise<void>;

export function knowledgeLoader(port: Pick<BrowserPort, 'packagedText'>): KnowledgeReady {
  let loading: Promise<void> | undefined;
  return () => {
    if (!tablesShipped() || knowledgeInstalled()) return Promise.resolve();
    loading ??= port
      .packagedText(KNOWLEDGE_FILE)
      .then(installKnowledge)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
