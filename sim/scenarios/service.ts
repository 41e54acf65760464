/** Rows where the service itself refuses: its web server, its app rules, the account, HTTP statuses. */
import { CDN_ALL, PANEL_ALL, PANEL_STREAMS, type Scenario } from '../scenario-types.ts';

export const SERVICE_SCENARIOS: readonly Scenario[] = [
  // nginx's built-in 403 page: the panel's own web server refuses, no CDN involved.
  {
    id: 'origin-403',
    label: { en: 'Plain 403 from the panel server', fr: '403 simple du serveur du panel' },
    layer: 'app',
    vendor: null,
    affects: PANEL_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'nginx-403' },
    expect: { status: 403 },
  },
  // The guide's "rythme anormal" case: an application rule that refuses after a burst of requests. The
  // threshold is strict on purpose: hls.js starting a channel (playlist, two segments, a reload and a segment
  // two seconds later) crosses it, as an over-eager anti-abuse rule would.
  {
    id: 'app-rule',
    label: {
      en: 'App rule: 403 after a burst of stream requests',
      fr: 'Règle applicative : 403 après une rafale de requêtes de flux',
    },
    layer: 'app',
    vendor: null,
    affects: CDN_ALL,
    trigger: { kind: 'burst', maxRequests: 4, windowMs: 3_000, cooldownMs: 10_000 },
    failure: { kind: 'page', page: 'nginx-403' },
    expect: { status: 403 },
  },
  // Signed links (token + expires) as nginx secure_link or CDN token auth check them. The issue lists expired
  // signed segment URLs under the application rules: the service's token rule refuses, not a login.
  {
    id: 'expired-signed-url',
    label: { en: 'Segment links already expired', fr: 'Liens de segments déjà expirés' },
    layer: 'app',
    vendor: null,
    affects: ['hls-segment'],
    trigger: { kind: 'always' },
    failure: null,
    expect: { status: 403 },
    streamLink: 'expired-segments',
  },
  // Xtream Codes player_api: user_info.auth 0 for wrong credentials.
  {
    id: 'account-auth0',
    label: {
      en: 'Panel rejects the credentials (auth: 0)',
      fr: 'Le panel refuse les identifiants (auth : 0)',
    },
    layer: 'auth',
    vendor: null,
    affects: ['m3u', ...PANEL_STREAMS],
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'panel-401' },
    expect: { status: 401 },
    account: { auth: 0 },
  },
  // Xtream Codes player_api: user_info.status "Expired" with a past exp_date.
  {
    id: 'account-expired',
    label: { en: 'Subscription expired', fr: 'Abonnement expiré' },
    layer: 'account',
    vendor: null,
    affects: PANEL_STREAMS,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'panel-403' },
    expect: { status: 403 },
    account: { status: 'Expired', expired: true },
  },
  // Xtream Codes player_api: user_info.status "Banned".
  {
    id: 'account-banned',
    label: { en: 'Account banned', fr: 'Compte banni' },
    layer: 'account',
    vendor: null,
    affects: PANEL_STREAMS,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'panel-403' },
    expect: { status: 403 },
    account: { status: 'Banned' },
  },
  // Xtream Codes player_api: active_cons has reached max_connections.
  {
    id: 'too-many-connections',
    label: { en: 'Too many connections on the account', fr: 'Trop de connexions sur le compte' },
    layer: 'account',
    vendor: null,
    affects: PANEL_STREAMS,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'panel-403' },
    expect: { status: 403 },
    account: { activeConnections: 2, maxConnections: 2 },
  },
  // RFC 6750 §3: 401 with a Bearer challenge, error="invalid_token".
  {
    id: 'unauthorized-401',
    label: { en: 'Stream token rejected (401)', fr: 'Jeton de flux refusé (401)' },
    layer: 'auth',
    vendor: null,
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'bearer-401' },
    expect: { status: 401 },
  },
  // The guide's "403 sur une seule chaîne" cousin: one channel's link is gone (404), others play.
  {
    id: 'channel-404',
    label: { en: 'One channel missing (404)', fr: 'Une chaîne introuvable (404)' },
    layer: 'not-found',
    vendor: null,
    affects: PANEL_STREAMS,
    trigger: { kind: 'channel', streamId: 103 },
    failure: { kind: 'page', page: 'nginx-404' },
    expect: { status: 404 },
  },
  // RFC 9110 §15.5.11: 410 Gone, the resource was removed on purpose.
  {
    id: 'gone-410',
    label: { en: 'Stream removed (410)', fr: 'Flux supprimé (410)' },
    layer: 'not-found',
    vendor: null,
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'nginx-410' },
    expect: { status: 410 },
  },
  // RFC 6585 §4: 429 Too Many Requests, here with Retry-After.
  {
    id: 'rate-limit-429',
    label: { en: 'Rate limited with Retry-After (429)', fr: 'Débit limité avec Retry-After (429)' },
    layer: 'rate-limit',
    vendor: null,
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'nginx-429' },
    expect: { status: 429 },
  },
  // RFC 7725: 451 Unavailable For Legal Reasons with Link rel="blocked-by".
  {
    id: 'legal-451',
    label: { en: 'Blocked for legal reasons (451)', fr: 'Bloqué pour raisons légales (451)' },
    layer: 'geo',
    vendor: null,
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'legal-451' },
    expect: { status: 451 },
  },
  // nginx's built-in 502 page: the panel's upstream application is down.
  {
    id: 'server-502',
    label: { en: 'Panel upstream down (502)', fr: 'Application du panel hors service (502)' },
    layer: 'server',
    vendor: null,
    affects: PANEL_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'nginx-502' },
    expect: { status: 502 },
  },
  // nginx's 503 page with Retry-After: the stream server is full.
  {
    id: 'server-503',
    label: { en: 'Stream server overloaded (503)', fr: 'Serveur de flux saturé (503)' },
    layer: 'server',
    vendor: null,
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'nginx-503' },
    expect: { status: 503 },
  },
  // nginx's built-in 504 page: the panel's upstream did not answer in time.
  {
    id: 'server-504',
    label: { en: 'Panel upstream timeout (504)', fr: 'Délai dépassé côté panel (504)' },
    layer: 'server',
    vendor: null,
    affects: PANEL_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'nginx-504' },
    expect: { status: 504 },
  },
];
