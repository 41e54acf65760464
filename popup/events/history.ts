/**
 * The tab's records as the history lists and charts them, asked of the worker when a view that shows them
 * mounts (the history section once opened, the guided view's chart): the first screen never waits for them.
 * `version` is the state the view was drawn from; a new state (after a clear, a test, a reload) asks again.
 */
import { useEffect, useState } from 'preact/hooks';
import type { RecordListing } from '../../src/messages.ts';
import { send } from '../browser.ts';

export function useHistory(tabId: number | undefined, version: unknown): readonly RecordListing[] | null {
  const [records, setRecords] = useState<readonly RecordListing[] | null>(null);
  useEffect(() => {
    let current = true;
    send('get-history', tabId === undefined ? {} : { tabId }).then(
      (reply) => current && setRecords(reply.records),
      // The section stays empty rather than showing an error over the verdict: the list is a detail.
      () => current && setRecords([]),
    );
    return () => {
      current = false;
    };
  }, [tabId, version]);
  return records;
}
