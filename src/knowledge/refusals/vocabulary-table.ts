/**
 * The words refusals use to say what kind of no they are, when no sentence of src/knowledge/refusals/stated-table.ts
 * matches: a service's own message that nobody listed ("User location is not supported", "Your subscription
 * has expired", "Invalid API key"). A cause is a topic word and a refusal word close together in one sentence
 * of the refusal's message (src/knowledge/refusals/vocabulary.ts reads them); alone, neither says anything
 * ("country" is on every page, "invalid" in every validation error).
 *
 * Why these words: over twelve held-out batches of real captures (test/fixtures/real, the ninth to the
 * twentieth, 185 layers scored), the engine's first reading missed 31 layers where it could only guess from
 * the status, and most of those refusals said their cause in plain words no table held yet — a country or a
 * region "not supported" (OpenAI, Gemini, ITV, 9Now, Flussonic's "wrong country", MovieBox), a package or a
 * subscription missing (ITVX's "entitlements", Globo's "subscribers", Plex's "not permitted", Mashery's
 * "inactive"), a key or a secret invalid (Naver, Keycloak, YouTube, Ant Media), a device revoked (Max) or a
 * licence refused (ZEE5). Each word below is in one of the corpus's refusals (its file named), or is the
 * other spelling or the French of one that is; the corpus test reads every capture with this table alone and
 * holds that it agrees with the labels (test/unit/diagnosis/vocabulary.test.ts).
 *
 * Words are lower case and matched whole; a phrase of several words matches them in a row. `-` splits words
 * ("geo-blocked"), `_` does not: a code is the stated table's to read whole.
 */
import type { Layer } from '../../types.ts';

export interface CauseTopic {
  /** The layer a topic word near a refusal word states. */
  layer: Layer;
  /** What the refusal is about: a country, a subscription, a key. */
  topics: readonly string[];
  /** What happened to it: not supported, expired, invalid. */
  refusals: readonly string[];
  /** Only on these statuses; any refusal status otherwise. */
  statuses?: readonly number[];
}

/** What a place-bound refusal says happened: the same words for a country and for a region. */
const GEO_REFUSALS: readonly string[] = [
  'not supported',
  'unsupported',
  'not available',
  'unavailable',
  'not allowed',
  'not permitted',
  'restricted',
  'restriction',
  'blocked',
  'block',
  'wrong',
  'outside',
  'prohibited',
  'pas disponible',
  'non disponible',
  'indisponible',
  'interdit',
  'interdite',
  'bloqué',
  'bloquée',
  'restreint',
  'restreinte',
];

/**
 * Tried in this order: a place outranks what was refused there ("this plan is not available in your country"), a
 * limit and a credential outrank the account words they share ("too many login attempts", "subscription key").
 * Each row was read against ordinary API errors (review): a validation error's "location", "package", "line",
 * "only" or "required", a pagination "limit", a bit "rate", a VPN a site asks for, are not refusals of that kind.
 */
export const CAUSE_TOPICS: readonly CauseTopic[] = [
  {
    // openai-403-unsupported-country-region.har, itv-403-geo-magni-playlist.har, brightcove-403-client-geo-9now.har,
    // flussonic-403-silk-wrong-country.har, moviebox-403-invalid-region.har; in French, france.tv's "… n’est pas
    // disponible" (francetv-422-geo-operateur-zone.har). Only on a refusal of access: on a 400, 409 or 422 a
    // country, a region or a location is an API's parameter ("Shipping to this country is not supported",
    // "Location us-central2 is not supported for this resource", review). A location is the viewer's only
    // ("your location"; gemini-400-user-location-not-supported.har): a cloud region named "location" is not.
    layer: 'geo',
    statuses: [403, 451],
    topics: [
      'country',
      'countries',
      'territory',
      'territories',
      'region',
      'regions',
      'geographic',
      'geographical',
      'geo',
      'geolocation',
      'your location',
      'user location',
      'pays',
      'territoire',
      'région',
      'zone géographique',
    ],
    refusals: GEO_REFUSALS,
  },
  {
    // VPN detection is the network rule (src/types.ts). Not "proxy" alone (a company's proxy blocking a site is
    // the network), nor "using a VPN" (a site that asks for the company's VPN, review).
    layer: 'geo',
    statuses: [403, 451],
    topics: ['vpn', 'vpns', 'anonymizer', 'anonymous proxy', 'unblocker'],
    refusals: [
      'detected',
      'not allowed',
      'not permitted',
      'blocked',
      'prohibited',
      'détecté',
      'interdit',
      'interdite',
    ],
  },
  {
    // google-drive-403-download-quota-exceeded.har, Laravel's and S3's throttling in stated-table.ts. Not a bare
    // "limit" (a page size) nor "rate" (a bit rate, a frame rate), review.
    layer: 'rate-limit',
    topics: [
      'requests',
      'request limit',
      'rate limit',
      'quota',
      'calls',
      'attempts',
      'requêtes',
      'tentatives',
    ],
    refusals: [
      'too many',
      'exceeded',
      'limit exceeded',
      'limit reached',
      'throttled',
      'trop de',
      'dépassé',
      'dépassée',
    ],
  },
  {
    // naver-searchad-403-invalid-apikey.har, keycloak-403-unauthorized-client-invalid-secret.har,
    // youtube-400-data-api-key-invalid.har, antmedia-403-invalid-server-jwt-rest.har, threadfin-403-m3u-url-auth.har.
    // Not "token" nor "signature": a stream's token or a signed link refused is the service's rule (app), and
    // the tables of src/knowledge/refusals/tokens.ts read those.
    layer: 'auth',
    topics: [
      'api key',
      'apikey',
      'access key',
      'subscription key',
      'credentials',
      'credential',
      'password',
      'username',
      'login',
      'secret',
      'jwt',
      'authentication',
      'identifiants',
      'mot de passe',
    ],
    refusals: [
      'invalid',
      'missing',
      'wrong',
      'incorrect',
      'bad',
      'failed',
      'not valid',
      'not provided',
      'required',
      'malformed',
      'expired',
      'invalide',
      'invalides',
      'incorrects',
      'manquant',
    ],
  },
  {
    // What a subscription lacks: itvx-403-no-entitlements.har ("does not have entitlements"),
    // globo-403-subscribers-only-hash.har ("for subscribers only"), plex-403-cloud-livetv-feature-not-permitted.har.
    // Not "package" (a software package) nor "required" ("Subscription key is required"), review.
    layer: 'account',
    topics: [
      'subscription',
      'subscriptions',
      'subscriber',
      'subscribers',
      'entitlement',
      'entitlements',
      'entitled',
      'membership',
      'plan',
      'trial',
      'premium',
      'abonnement',
      'abonnés',
    ],
    refusals: [
      'expired',
      'inactive',
      'suspended',
      'does not include',
      'does not have',
      'not entitled',
      'no active',
      'only',
      'not permitted',
      'expiré',
      'suspendu',
      'réservé',
    ],
  },
  {
    // An account's or a line's state: mashery-403-rottentomatoes-developer-inactive.har ("Account Inactive"),
    // the panels' expired and banned lines. State words only: "Your account does not have permission" is a
    // permission (app), "Line 3: maximum length" a validation error (review).
    layer: 'account',
    topics: ['account', 'line', 'compte'],
    refusals: [
      'expired',
      'inactive',
      'suspended',
      'disabled',
      'banned',
      'locked',
      'expiré',
      'suspendu',
      'désactivé',
      'bloqué',
    ],
  },
  {
    // Too many screens, streams or connections is the line's limit (crunchyroll-420-too-many-active-streams.har).
    layer: 'account',
    topics: ['connections', 'streams', 'screens', 'devices', 'connexions', 'écrans', 'appareils'],
    refusals: ['too many', 'maximum', 'trop de'],
  },
  {
    // max-400-license-device-revoked.har, zee5-403-widevine-license-vmp.har.
    layer: 'device',
    topics: ['device', 'license', 'licence', 'drm', 'widevine', 'playready', 'fairplay', 'hdcp', 'appareil'],
    refusals: ['revoked', 'not supported', 'unsupported', 'not compliant', 'rooted', 'jailbroken', 'révoqué'],
  },
];

/** How many words may stand between a topic and its refusal word in one sentence. */
export const CAUSE_WORD_GAP = 4;
