/**
 * The live progress bar on a terminal (stderr, so stdout stays clean for --json or a pipe): cli-progress,
 * which redraws in place, throttles redraws and restores the cursor on stop.
 */
import type { ProgressEvent } from '../../src/check/types.ts';
import type { Lang } from '../../src/types.ts';
import { inert } from '../style.ts';

export interface Progress {
  event(event: ProgressEvent): void;
  stop(): void;
}

const FORMAT = {
  en: ' {bar} {value}/{total} channels | {works} work, {refused} refused, {failed} failed | {last}',
  fr: ' {bar} {value}/{total} chaînes | {works} OK, {refused} refusées, {failed} en échec | {last}',
} as const;

/** Loaded only on a terminal: a pipe or --json never needs it. */
export async function startProgress(lang: Lang): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: FORMAT[lang], stream: process.stderr, hideCursor: true, clearOnComplete: true, barsize: 24 },
    cliProgress.Presets.shades_classic,
  );
  const counts = { works: 0, refused: 0, failed: 0, last: '' };
  let started = false;
  let stopped = false;
  return {
    event(event) {
      if (stopped) return;
      if (event.kind === 'total') {
        bar.start(event.total, 0, counts);
        started = true;
      } else if (event.kind === 'channel' && started) {
        counts[event.result.outcome]++;
        counts.last = inert(event.result.name, 30);
        bar.update(event.done, counts);
      }
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (started) bar.stop();
    },
  };
}
