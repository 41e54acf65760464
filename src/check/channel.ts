/**
 * One channel, end to end: its link (Stalker creates one on demand), its chain of requests, the engine's
 * verdict over them (`analyze`, the same as for a HAR), and when the evidence leaves the client's identity
 * open, the check's own proofs: one retry per suggested variant, until one works.
 */
import { analyze } from '../diagnosis/analyze.ts';
import type { Exchange, Layer } from '../types.ts';
import { hostOf, type Requester, type Sent } from './requester.ts';
import type {
  ChannelResult,
  ChannelSpec,
  Detail,
  FixedBy,
  IdentityHeader,
  Outcome,
  Step,
  VariantId,
  VariantTrial,
} from './types.ts';
import { suggestedVariants, withVariant } from './variants.ts';
import { type Walk, walk } from './walk.ts';

/** A channel whose link the panel makes on demand (Stalker create_link). */
export type LinkResult =
  | { ok: true; url: string; steps: Step[] }
  | { ok: false; steps: Step[]; status: number; reason: string; refused: boolean };

export interface ChannelContext {
  requester: Requester;
  /** Sent on every request unless the channel's own headers say otherwise (the default user agent). */
  baseHeaders: Readonly<Record<string, string>>;
  /** The user agent most of the playlist asks for: a variant for channels that name none. */
  playlistUserAgent?: string;
  cannotSend: ReadonlySet<IdentityHeader>;
  /** The panel's login reply: read with a failed channel, it may be what explains it (connections, expiry). */
  accountExchanges: readonly Exchange[];
  /** Whether a channel is served under that account (all of a panel's; a playlist's Xtream links only). */
  underAccount: (spec: ChannelSpec) => boolean;
  createLink?: (spec: ChannelSpec) => Promise<LinkResult>;
  /** Whether the identity proofs run (see CheckOptions.variants). */
  variants: boolean;
  /** The first answer of a URL given alone, fetched to learn what it is: the walk starts from it. */
  prefetched?: Sent;
}

function detailOf(w: Walk, requests: number): { outcome: Outcome; detail: Detail; status: number } {
  const last = w.steps[w.steps.length - 1];
  const answer = last?.exchanges[last.exchanges.length - 1];
  const status = answer?.status ?? 0;
  const step = last?.kind ?? 'stream';
  const failure = w.failure;
  if (!failure) {
    return {
      outcome: 'works',
      status,
      detail: {
        code: 'works',
        media: w.encrypted ? 'encrypted' : (w.media ?? 'mpeg-ts'),
        via: step,
        requests,
      },
    };
  }
  switch (failure.kind) {
    case 'refused':
      return { outcome: 'refused', status, detail: { code: 'refused', status, step } };
    case 'transport':
      return {
        outcome: 'failed',
        status: 0,
        detail: { code: 'transport', error: answer?.error ?? 'no answer', step },
      };
    case 'redirect':
      return { outcome: 'failed', status, detail: { code: 'redirect', step } };
    case 'not-media':
      return { outcome: 'failed', status, detail: { code: 'not-media', looksLike: failure.looksLike, step } };
    case 'no-segment':
      return { outcome: 'failed', status, detail: { code: 'no-segment', reason: failure.reason } };
    case 'iptv-list':
      return { outcome: 'failed', status, detail: { code: 'iptv-list' } };
    case 'paused':
      return { outcome: 'failed', status: 0, detail: { code: 'paused', host: failure.paused.host } };
  }
}

/** A 2xx that is not media has no refusal for the engine to explain: the server sent the wrong thing. */
const LAYER_OF_BAD_ANSWER: Partial<Record<Detail['code'], Layer>> = {
  'not-media': 'server',
  'no-segment': 'server',
  redirect: 'server',
  'iptv-list': 'app',
};

const BAD_ANSWER_EVIDENCE: Partial<Record<Detail['code'], (detail: Detail) => string>> = {
  'not-media': (detail) =>
    `HTTP 200 but the body is ${detail.code === 'not-media' ? detail.looksLike : 'not media'}, not media`,
  'no-segment': () => 'the playlist answered but lists no segment a player could fetch',
  redirect: () => 'redirects that never end in an answer',
  'iptv-list': () => 'the link is a list of channels, not a stream',
};

function exchangesOfSteps(steps: readonly Step[]): Exchange[] {
  return steps.flatMap((step) => step.exchanges);
}

export async function checkChannel(ctx: ChannelContext, spec: ChannelSpec): Promise<ChannelResult> {
  const steps: Step[] = [];
  const trials: VariantTrial[] = [];
  const unsent: VariantId[] = [];
  const headers = { ...ctx.baseHeaders, ...spec.headers };
  let url = spec.url;

  if (spec.stalkerCmd && ctx.createLink) {
    const link = await ctx.createLink(spec);
    for (const step of link.steps) steps.push(step);
    if (!link.ok) return linkFailure(ctx, spec, steps, link);
    url = link.url;
  }

  const first = await walk(
    ctx.requester,
    { url, kind: 'stream' },
    headers,
    url === ctx.prefetched?.response.url || url === spec.url ? ctx.prefetched : undefined,
  );
  for (const step of first.steps) steps.push(step);
  const verdict = detailOf(first, steps.length);
  let fixedBy: FixedBy | null = null;

  // The engine reads the channel's own chain, with the panel's login reply when the channel failed: the
  // account's facts (expired, connections full) may be what explains the refusal.
  const account = verdict.outcome !== 'works' && ctx.underAccount(spec) ? ctx.accountExchanges : [];
  const analysis = analyze([...account, ...exchangesOfSteps(steps)]);
  const rootFinding = analysis.findings.find((finding) => finding.entry === analysis.verdict.rootEntry);

  const failedAt = first.failedAt;
  const refusal = first.failure?.kind === 'refused' ? failedAt?.sent.finding : null;
  // Identity is worth proving only when the whole story leaves it open (not when the account explains it).
  const explainedElsewhere = rootFinding !== undefined && rootFinding.basis === 'panel';
  if (ctx.variants && failedAt && refusal && !explainedElsewhere) {
    const ownAgent = Object.keys(spec.headers).some((name) => name.toLowerCase() === 'user-agent');
    const variants = suggestedVariants(
      refusal,
      failedAt.url,
      headers,
      ownAgent ? undefined : ctx.playlistUserAgent,
    );
    for (const variant of variants) {
      if (ctx.cannotSend.has(variant.header)) {
        unsent.push(variant.id);
        continue;
      }
      if (ctx.requester.paused(failedAt.url)) break;
      const retry = await walk(
        ctx.requester,
        { url: failedAt.url, kind: failedAt.kind },
        withVariant(headers, variant),
        undefined,
        true,
      );
      for (const step of retry.steps) steps.push({ ...step, variant: variant.id });
      const answer = retry.steps[0]?.exchanges.at(-1);
      const worked = !retry.failure;
      trials.push({
        variant: variant.id,
        header: variant.header,
        value: variant.value,
        status: answer?.status ?? 0,
        worked,
      });
      if (worked) {
        fixedBy = variant.header;
        ctx.requester.served(failedAt.url);
        break;
      }
    }
  }

  let layer: Layer = analysis.verdict.layer;
  let vendor = analysis.verdict.vendor;
  const evidence = [...analysis.verdict.evidence];
  const badAnswer = LAYER_OF_BAD_ANSWER[verdict.detail.code];
  if (badAnswer && layer === 'none') {
    layer = badAnswer;
    evidence.unshift(BAD_ANSWER_EVIDENCE[verdict.detail.code]?.(verdict.detail) ?? '');
  }
  if (verdict.detail.code === 'paused') {
    layer = 'rate-limit';
    vendor = null;
    evidence.push(`not tested: ${verdict.detail.host} was paused after signs of anti-abuse protection`);
  }
  const fix = trials.find((trial) => trial.worked);
  if (fix) {
    evidence.push(
      fix.value
        ? `works with ${fix.header} "${fix.value}": the server filters on the client's identity`
        : `works without the ${fix.header}: the server filters on the client's identity`,
    );
  }
  const result: ChannelResult = {
    name: spec.name,
    group: spec.group,
    url: spec.url,
    outcome: verdict.outcome,
    status: verdict.status,
    layer: verdict.outcome === 'works' ? 'none' : layer,
    vendor: verdict.outcome === 'works' ? null : vendor,
    evidence: verdict.outcome === 'works' ? [] : evidence,
    fixedBy,
    detail: verdict.detail,
    host: hostOf(url),
    trials,
    unsent,
    steps,
    spec,
  };
  if (first.media) result.media = first.media;
  if (rootFinding && verdict.outcome !== 'works') result.finding = rootFinding;
  if (verdict.detail.code === 'paused') result.skipped = first.steps.length === 0;
  return result;
}

function linkFailure(
  ctx: ChannelContext,
  spec: ChannelSpec,
  steps: Step[],
  link: Extract<LinkResult, { ok: false }>,
): ChannelResult {
  const chain = exchangesOfSteps(steps);
  const analysis = analyze([...(ctx.underAccount(spec) ? ctx.accountExchanges : []), ...chain]);
  const transport = link.status === 0;
  return {
    name: spec.name,
    group: spec.group,
    url: spec.url,
    outcome: transport ? 'failed' : 'refused',
    status: link.status,
    layer: analysis.verdict.layer === 'none' ? 'app' : analysis.verdict.layer,
    vendor: analysis.verdict.vendor,
    evidence:
      analysis.verdict.evidence.length > 0
        ? analysis.verdict.evidence
        : [`the portal gave no link: ${link.reason}`],
    fixedBy: null,
    detail: { code: 'link-failed', reason: link.reason },
    host: hostOf(spec.url),
    trials: [],
    unsent: [],
    steps,
    spec,
  };
}
