/** Rows where a CDN or WAF answers instead of the service: Cloudflare, CloudFront/AWS WAF, Akamai. */
import { CDN_ALL, CF_CDN, CF_PANEL, PANEL_ALL, type Scenario } from '../scenario-types.ts';

export const EDGE_SCENARIOS: readonly Scenario[] = [
  // Cloudflare docs, Error 1020 "Access denied": a customer firewall rule, HTTP 403.
  {
    id: 'cloudflare-firewall',
    label: {
      en: 'Cloudflare firewall rule on the stream CDN (1020)',
      fr: 'Règle de pare-feu Cloudflare sur le CDN des flux (1020)',
    },
    layer: 'waf',
    vendor: 'cloudflare',
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudflare-1020' },
    expect: { status: 403 },
    front: CF_CDN,
  },
  // Cloudflare docs, "Detect a Challenge Page response": cf-mitigated: challenge on a 403.
  {
    id: 'cloudflare-challenge',
    label: { en: 'Cloudflare bot challenge on the panel', fr: 'Défi anti-robot Cloudflare sur le panel' },
    layer: 'waf',
    vendor: 'cloudflare',
    affects: PANEL_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudflare-challenge' },
    expect: { status: 403 },
    front: CF_PANEL,
  },
  // Cloudflare docs, Error 1015 "You are being rate limited"; rate limiting block pages are HTTP 429.
  {
    id: 'cloudflare-challenge-429',
    label: {
      en: 'Cloudflare rate limiting on the panel (1015)',
      fr: 'Limitation de débit Cloudflare sur le panel (1015)',
    },
    layer: 'rate-limit',
    vendor: 'cloudflare',
    affects: PANEL_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudflare-1015' },
    expect: { status: 429 },
    front: CF_PANEL,
  },
  // Cloudflare docs, Error 1009 "Access Denied: Country or region banned", HTTP 403.
  {
    id: 'cloudflare-country',
    label: {
      en: 'Cloudflare country block on the stream CDN (1009)',
      fr: 'Blocage par pays Cloudflare sur le CDN des flux (1009)',
    },
    layer: 'geo',
    vendor: 'cloudflare',
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudflare-1009' },
    expect: { status: 403 },
    front: CF_CDN,
  },
  // AWS re:Post "How do I troubleshoot 403 errors from CloudFront?": geographic restriction page.
  {
    id: 'cloudfront-geo',
    label: { en: 'CloudFront geographic restriction', fr: 'Restriction géographique CloudFront' },
    layer: 'geo',
    vendor: 'cloudfront',
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudfront-geo' },
    expect: { status: 403 },
    front: { cdn: 'cloudfront' },
  },
  // Same AWS article: AWS WAF on the distribution answers 403 "Request blocked.".
  {
    id: 'aws-waf',
    label: { en: 'AWS WAF block behind CloudFront', fr: 'Blocage AWS WAF derrière CloudFront' },
    layer: 'waf',
    vendor: 'aws-waf',
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudfront-waf-block' },
    expect: { status: 403 },
    front: { cdn: 'cloudfront' },
  },
  // AWS WAF developer guide, "CAPTCHA and Challenge action behavior": 405 and x-amzn-waf-action: captcha.
  {
    id: 'aws-waf-captcha',
    label: { en: 'AWS WAF CAPTCHA on the panel', fr: 'CAPTCHA AWS WAF sur le panel' },
    layer: 'waf',
    vendor: 'aws-waf',
    affects: PANEL_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'aws-waf-captcha' },
    expect: { status: 405 },
    front: { panel: 'cloudfront' },
  },
  // Akamai community, "Why is Akamai blocking me?": Access Denied page with a Reference #18… number.
  {
    id: 'akamai-denied',
    label: { en: 'Akamai edge denial', fr: 'Refus en bordure Akamai' },
    layer: 'waf',
    vendor: 'akamai',
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'akamai-denied' },
    expect: { status: 403 },
    front: { cdn: 'akamai' },
  },
  // Cloudflare docs, Error 521 "Web server is down".
  {
    id: 'cloudflare-521',
    label: {
      en: 'Cloudflare: panel origin down (521)',
      fr: 'Cloudflare : origine du panel hors ligne (521)',
    },
    layer: 'server',
    vendor: 'cloudflare',
    affects: PANEL_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudflare-521' },
    expect: { status: 521 },
    front: CF_PANEL,
  },
  // Cloudflare docs, Error 522 "Connection timed out".
  {
    id: 'cloudflare-522',
    label: {
      en: 'Cloudflare: stream origin unreachable (522)',
      fr: 'Cloudflare : origine des flux injoignable (522)',
    },
    layer: 'server',
    vendor: 'cloudflare',
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudflare-522' },
    expect: { status: 522 },
    front: CF_CDN,
  },
  // Cloudflare docs, Error 524 "A timeout occurred".
  {
    id: 'cloudflare-524',
    label: {
      en: 'Cloudflare: panel origin too slow (524)',
      fr: 'Cloudflare : origine du panel trop lente (524)',
    },
    layer: 'server',
    vendor: 'cloudflare',
    affects: PANEL_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'page', page: 'cloudflare-524' },
    expect: { status: 524 },
    front: CF_PANEL,
  },
  // The guide's first proof: 403 on the Wi-Fi box, fine on 4G (a WAF rule on the home IP).
  {
    id: 'network-dependent',
    label: {
      en: 'Cloudflare blocks the Wi-Fi network, 4G works',
      fr: 'Cloudflare bloque le Wi-Fi, la 4G fonctionne',
    },
    layer: 'waf',
    vendor: 'cloudflare',
    affects: CDN_ALL,
    trigger: { kind: 'on-network', network: 'wifi' },
    failure: { kind: 'page', page: 'cloudflare-1020' },
    expect: { status: 403 },
    front: CF_CDN,
  },
];
