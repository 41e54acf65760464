/**
 * The shape of what we add to HAR 1.2: the custom fields (spec: "custom fields … must start with an
 * underscore") our writer emits and our reader trusts. Kept in one place so the two stay in step.
 */
import type { CaptureContext } from '../../types.ts';

/** Entry field holding the capture context (network/device labels, connection, proxy, …). */
export const CONTEXT_FIELD = '_context';
/** Entry field holding the diagnosis (Finding) of the exchange, for a reader of the exported file. */
export const DIAGNOSIS_FIELD = '_diagnosis';
/** Entry flag: `time` is a placeholder because the duration was not measured (HAR requires a number). */
export const DURATION_UNKNOWN_FIELD = '_durationUnknown';

/** CaptureContext fields and their JSON type: anything else in `_context` is dropped, not trusted. */
export const CONTEXT_FIELDS: readonly (readonly [keyof CaptureContext, 'string' | 'number' | 'boolean'])[] = [
  ['network', 'string'],
  ['device', 'string'],
  ['connection', 'string'],
  ['effectiveType', 'string'],
  ['rtt', 'number'],
  ['downlink', 'number'],
  ['online', 'boolean'],
  ['proxy', 'string'],
  ['vpn', 'boolean'],
  ['dns', 'string'],
  ['timeZone', 'string'],
  ['utcOffsetMinutes', 'number'],
  ['serverIp', 'string'],
  ['fromCache', 'boolean'],
  ['edge', 'string'],
  ['retryCount', 'number'],
  ['clockSkewSeconds', 'number'],
  ['tabId', 'number'],
  ['initiator', 'string'],
  ['resourceType', 'string'],
  ['sequence', 'number'],
  ['proofStep', 'string'],
  ['userAgent', 'string'],
  ['browser', 'string'],
  ['headersOnly', 'boolean'],
  ['source', 'string'],
];
