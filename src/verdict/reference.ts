/**
 * The one id a provider can look a refusal up by: Cloudflare's Ray ID, CloudFront's request id, Akamai's
 * reference, Imperva's incident id, F5's support id, Azure Front Door's reference string. Support agents ask
 * for it first; the popup's facts line and the report's first line give it. Typed data, first match wins.
 */
import { getHeader } from '../http/headers.ts';
import type { Exchange, Finding } from '../types.ts';

export type ReferenceKind = 'ray' | 'request' | 'reference' | 'incident' | 'support';

export interface Reference {
  kind: ReferenceKind;
  value: string;
}

/** Response headers that carry the id on every response of that edge. */
const HEADERS: readonly [string, ReferenceKind][] = [
  // "<16 hex>-<IATA>": https://developers.cloudflare.com/fundamentals/reference/cloudflare-ray-id/
  ['cf-ray', 'ray'],
  // x-edge-request-id, sent as X-Amz-Cf-Id (CloudFront's error page prints it as "Request ID"):
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
  ['x-amz-cf-id', 'request'],
  // Azure Front Door's reference string: https://learn.microsoft.com/en-us/azure/frontdoor/refstring
  ['x-azure-ref', 'reference'],
];

/**
 * Ids printed on a vendor's own block page, which the engine already reads as the finding's error code
 * (src/knowledge/vendors/rows: Akamai's "Reference #18.…", Imperva's "Incapsula incident ID", F5 ASM's
 * "support ID").
 */
const CODE_KINDS: Readonly<Record<string, ReferenceKind>> = {
  akamai: 'reference',
  imperva: 'incident',
  f5: 'support',
};

/** Ids are short tokens; anything longer or with spaces is not one (a forged header stays out). */
const PLAUSIBLE = /^[\w.+/=-]{6,120}$/;

export function referenceOf(finding: Finding, exchange: Exchange | undefined): Reference | undefined {
  const fromCode = finding.vendor ? CODE_KINDS[finding.vendor] : undefined;
  const candidates: [ReferenceKind | undefined, string | undefined][] = [
    [fromCode, finding.vendorErrorCode],
    ...HEADERS.map(([name, kind]): [ReferenceKind, string | undefined] => [
      kind,
      exchange && getHeader(exchange.responseHeaders, name)?.trim(),
    ]),
  ];
  for (const [kind, value] of candidates) if (kind && value && PLAUSIBLE.test(value)) return { kind, value };
  return undefined;
}
