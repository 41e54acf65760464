/** Rows where no HTTP answer arrives at all: reset, refused, silent, broken TLS. */
import { CDN_ALL, type Scenario } from '../scenario-types.ts';

/** Long enough for any client to give up first, short enough that a forgotten request cannot pin a socket. */
const HANG_MS = 60_000;

export const TRANSPORT_SCENARIOS: readonly Scenario[] = [
  // A TCP reset before any byte: Chromium reports net::ERR_CONNECTION_RESET.
  {
    id: 'reset',
    label: {
      en: 'Connection reset by the stream server',
      fr: 'Connexion réinitialisée par le serveur de flux',
    },
    layer: 'network',
    vendor: null,
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'reset' },
    expect: { status: 0, netError: 'net::ERR_CONNECTION_RESET' },
  },
  // Nothing listens on the port the panel hands out: net::ERR_CONNECTION_REFUSED.
  {
    id: 'refused',
    label: { en: 'Stream server refuses connections', fr: 'Le serveur de flux refuse les connexions' },
    layer: 'network',
    vendor: null,
    affects: ['hls-playlist'],
    trigger: { kind: 'always' },
    failure: null,
    expect: { status: 0, netError: 'net::ERR_CONNECTION_REFUSED' },
    streamLink: 'closed-port',
  },
  // The server never answers; clients give up first (hls.js after its own timeout).
  {
    id: 'hang',
    label: { en: 'Stream server never answers', fr: 'Le serveur de flux ne répond jamais' },
    layer: 'network',
    vendor: null,
    affects: CDN_ALL,
    trigger: { kind: 'always' },
    failure: { kind: 'hang', closeAfterMs: HANG_MS },
    expect: { status: 0, netError: 'net::ERR_EMPTY_RESPONSE' },
  },
  // An https:// link to a port that speaks plain HTTP: the TLS handshake fails.
  {
    id: 'tls-error',
    label: {
      en: 'TLS handshake fails on the stream link',
      fr: 'Échec de la négociation TLS sur le lien du flux',
    },
    layer: 'network',
    vendor: null,
    affects: ['hls-playlist'],
    trigger: { kind: 'always' },
    failure: null,
    expect: { status: 0, netError: 'net::ERR_SSL_PROTOCOL_ERROR' },
    streamLink: 'https-on-http-port',
  },
];
