/**
 * The causes a refusal states in words no table holds (src/knowledge/refusals/vocabulary.ts): read on their own
 * over the real corpus, they must agree with every label they speak to; read in the engine, they give the layer
 * and keep the verdict unsure; and they must stay silent on what is not a refusal's message.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import { UNSURE_BELOW } from '../../../src/diagnosis/calibration.ts';
import { wordedCause } from '../../../src/diagnosis/stated-cause.ts';
import { wordedCauseIn } from '../../../src/knowledge/refusals/vocabulary.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import type { Exchange } from '../../../src/types.ts';
import { harFiles, realLabels } from './corpora.ts';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/real');

function ex(
  status: number,
  body: string,
  contentType = 'application/json',
  url = 'https://api.example/v1/play',
): Exchange {
  return {
    url,
    method: 'GET',
    status,
    startedAt: Date.UTC(2025, 0, 1),
    requestHeaders: [],
    responseHeaders: [{ name: 'content-type', value: contentType }],
    body,
    mimeType: contentType,
  };
}

describe('causes stated in words', () => {
  it('agree with the real corpus wherever they speak (first refusal of each capture, the rest of the engine aside)', () => {
    const labels = realLabels();
    let spoke = 0;
    const wrong: string[] = [];
    for (const file of harFiles('real')) {
      const label = labels[file];
      if (!label || label.ambiguous.includes('layer')) continue;
      const exchanges = parseHar(readFileSync(join(DIR, file), 'utf8'));
      const cause = exchanges.map(wordedCause).find((found) => found !== null);
      if (!cause) continue;
      spoke += 1;
      if (cause.layer !== label.layer)
        wrong.push(`${file}: ${cause.layer} ("${cause.phrase}"), label ${label.layer}`);
    }
    console.log(`vocabulary alone on the real corpus: ${spoke - wrong.length}/${spoke} agree`);
    expect(wrong).toEqual([]);
    // It speaks often enough to matter: the corpus's refusals in plain words are many.
    expect(spoke).toBeGreaterThanOrEqual(20);
  });

  it('name the layer of messages no table holds, and the verdict stays unsure', () => {
    const cases: [number, string, string][] = [
      [403, '{"message":"Playback of this title is unsupported in your territory."}', 'geo'],
      [403, '{"error":{"message":"Your subscription has expired, please renew."}}', 'account'],
      [401, '{"detail":"The API key provided is not valid."}', 'auth'],
      [403, '{"reason":"This device has been revoked by the operator"}', 'device'],
      [403, '{"msg":"Maximum number of screens reached for this account"}', 'account'],
      [403, '{"msg":"Vous utilisez un VPN : la lecture est interdite"}', 'geo'],
      [400, '{"error":"Request limit exceeded for this hour"}', 'rate-limit'],
      [403, '{"message":"Votre abonnement a expiré"}', 'account'],
    ];
    for (const [status, body, layer] of cases) {
      const verdict = analyze([ex(status, body)]).verdict;
      expect({ body, layer: verdict.layer }).toEqual({ body, layer });
      expect(verdict.confidence).toBeLessThan(UNSURE_BELOW);
      expect(verdict.unsure).toBe(true);
    }
  });

  it('stay silent where the words are not a refusal’s message', () => {
    // A success, a missing page, a proxy's login, a limit already known by its status.
    expect(wordedCause(ex(200, '{"message":"Not available in your country"}'))).toBeNull();
    expect(wordedCause(ex(404, '{"message":"Not available in your country"}'))).toBeNull();
    expect(wordedCause(ex(407, '{"message":"Invalid password"}'))).toBeNull();
    // A code is one word: the stated table reads codes whole.
    expect(wordedCause(ex(400, '{"code":"device_revoked_list_stale"}'))).toBeNull();
    // Words apart: a country picker and a footer.
    expect(
      wordedCauseIn(
        ['Choose your country or region from the list below to see prices and offers that are not available'],
        403,
      ),
    ).toBeNull();
    // Each word alone says nothing.
    expect(wordedCause(ex(403, '{"country":"FR","error":"forbidden","plan":"basic"}'))).toBeNull();
    // A region on a 400 is an API's bad parameter.
    expect(wordedCause(ex(400, '{"message":"The region eu-west-9 is not supported"}'))).toBeNull();
    // A long page's text is a site's: only its title is read.
    const page = `<html><head><title>Help centre</title></head><body><p>${'Read about plans, devices and payments. '.repeat(30)}</p><p>This service is not available in your country yet.</p></body></html>`;
    expect(wordedCause(ex(403, page, 'text/html'))).toBeNull();
    // A company proxy that blocks a site is the network, not a rule about the viewer's place.
    expect(wordedCauseIn(['Access blocked by proxy'], 403)).toBeNull();
    // An npm package too large is not a subscription package.
    expect(wordedCauseIn(['Package size exceeded the configured limit of 50 MB'], 403)?.layer).not.toBe(
      'account',
    );
  });

  it('leave ordinary API errors to the status (the review’s inputs)', () => {
    const ordinary: [number, string][] = [
      [403, '{"message":"Your account does not have permission to perform this action"}'],
      [403, '{"error":{"message":"The service account does not have permission to access this bucket."}}'],
      [400, '{"error":"Only HLS streams are supported"}'],
      [400, '{"error":"Line 3: maximum length exceeded"}'],
      [422, '{"error":"Line 12: column email is required"}'],
      [400, '{"error":"Account IDs must contain only digits"}'],
      [400, '{"error":"package name is required"}'],
      [422, '{"message":"Shipping to this country is not supported."}'],
      [
        400,
        '{"error":{"message":"Location us-central2 is not supported for this resource.","status":"INVALID_ARGUMENT"}}',
      ],
      [409, '{"message":"The requested size is not available in location \'eastus\'."}'],
      [403, '{"message":"Location \'westus\' is not allowed."}'],
      [403, '{"error":"Please connect using VPN to access the intranet"}'],
      [403, '{"message":"Suspicious login blocked from a new location."}'],
      [400, '{"error":"Invalid request: limit must be between 1 and 100"}'],
      [400, '{"error":"Request entity exceeds the limit of 1MB"}'],
      [400, '{"error":"Video bit rate exceeds the limit of 6000 kbps"}'],
      [400, '{"error":"Frame rate limited to 60 fps"}'],
      [403, '{"message":"Your country is not blocked. This error means your API key lacks a scope."}'],
    ];
    for (const [status, body] of ordinary) {
      const cause = wordedCause(ex(status, body));
      expect({ body, cause }).toEqual({ body, cause: null });
    }
    // A subscription key is a credential, not a subscription.
    expect(wordedCause(ex(401, '{"message":"Subscription key is required"}'))?.layer).toBe('auth');
    expect(wordedCause(ex(400, '{"error":"Ocp-Apim-Subscription-Key header is required"}'))?.layer).not.toBe(
      'account',
    );
  });

  it('add their line without lowering a status they agree with', () => {
    const plain = analyze([ex(401, '{"detail":"Unauthorized"}')]).verdict;
    const worded = analyze([ex(401, '{"detail":"Incorrect username or password"}')]);
    expect(worded.verdict.layer).toBe('auth');
    expect(worded.verdict.confidence).toBe(plain.confidence);
    expect(worded.findings[0]?.evidence.join(' | ')).toContain("the response's words point at auth");
  });

  it('read a short page’s text and a long page’s title', () => {
    const short =
      '<html><head><title>Error</title></head><body><h1>Sorry</h1><p>This channel is not available in your region.</p></body></html>';
    expect(wordedCause(ex(403, short, 'text/html'))?.layer).toBe('geo');
    const long = `<html><head><title>Subscription expired</title></head><body>${'<p>Our offers and devices.</p>'.repeat(60)}</body></html>`;
    expect(wordedCause(ex(403, long, 'text/html'))?.layer).toBe('account');
  });
});
