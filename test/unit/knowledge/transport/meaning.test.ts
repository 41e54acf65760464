import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviceLine } from '../../../../src/knowledge/guide/advice.ts';
import {
  findTransport,
  GENERIC_TRANSPORT,
  looksLikeTransportError,
  TRANSPORT_ROWS,
  transportInfo,
} from '../../../../src/knowledge/transport/meaning.ts';

const ALL_ROWS = [...TRANSPORT_ROWS, GENERIC_TRANSPORT];

describe('transportInfo: every row is reachable', () => {
  for (const row of ALL_ROWS) {
    it(`${row.id}: by each Chrome name, with or without "net::", in any case`, () => {
      for (const name of row.chrome) {
        const bare = name.replace(/^net::/, '');
        expect(transportInfo(name).id, name).toBe(row.id);
        expect(transportInfo(bare).id, bare).toBe(row.id);
        expect(transportInfo(`  ${name.toLowerCase()} `).id, name).toBe(row.id);
      }
    });
    it(`${row.id}: by each Firefox name and message`, () => {
      for (const name of [...row.firefox, ...row.firefoxMessages])
        expect(transportInfo(name).id, name).toBe(row.id);
    });
    it(`${row.id}: by each of its families`, () => {
      for (const prefix of row.families)
        expect(transportInfo(`${prefix}SOMETHING_NEW`).id, prefix).toBe(row.id);
    });
  }

  it('lists each name in one row only', () => {
    const names = ALL_ROWS.flatMap((row) => [...row.chrome, ...row.firefox, ...row.firefoxMessages]);
    const keys = names.map((name) => name.replace(/^net::/, '').toUpperCase());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the naming conventions of each browser', () => {
    for (const row of ALL_ROWS) {
      for (const name of row.chrome) expect(name).toMatch(/^net::ERR_[A-Z0-9_]+$/);
      for (const name of row.firefox)
        expect(name).toMatch(/^(NS_ERROR_|NS_BINDING_|SEC_ERROR_|SSL_ERROR_|MOZILLA_PKIX_ERROR_)/);
    }
  });

  it('has the rows the brief asks for', () => {
    const ids = TRANSPORT_ROWS.map((row) => row.id);
    for (const id of [
      'name-not-resolved',
      'connection-refused',
      'connection-reset',
      'connection-closed',
      'timed-out',
      'address-unreachable',
      'internet-disconnected',
      'network-changed',
      'cert-date-invalid',
      'cert-authority-invalid',
      'cert-name-invalid',
      'cert-invalid',
      'ssl-protocol',
      'proxy',
      'blocked-by-client',
      'blocked-by-response',
      'empty-response',
      'http2-protocol',
      'quic-protocol',
      'aborted',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('transportInfo: Chrome and Firefox twins', () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST'],
    ['net::ERR_CONNECTION_REFUSED', 'NS_ERROR_CONNECTION_REFUSED'],
    ['net::ERR_CONNECTION_RESET', 'NS_ERROR_NET_RESET'],
    ['net::ERR_CONNECTION_CLOSED', 'NS_ERROR_NET_INTERRUPT'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT'],
    ['net::ERR_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT'],
    ['net::ERR_INTERNET_DISCONNECTED', 'NS_ERROR_OFFLINE'],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'NS_ERROR_PROXY_CONNECTION_REFUSED'],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'NS_ERROR_UNKNOWN_PROXY_HOST'],
    ['net::ERR_ABORTED', 'NS_BINDING_ABORTED'],
    ['net::ERR_EMPTY_RESPONSE', 'NS_ERROR_NET_EMPTY_RESPONSE'],
    ['net::ERR_CERT_DATE_INVALID', 'SEC_ERROR_EXPIRED_CERTIFICATE'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'SEC_ERROR_UNKNOWN_ISSUER'],
    ['net::ERR_CERT_COMMON_NAME_INVALID', 'SSL_ERROR_BAD_CERT_DOMAIN'],
    ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'SSL_ERROR_NO_CYPHER_OVERLAP'],
    ['net::ERR_HTTP2_PROTOCOL_ERROR', 'NS_ERROR_NET_HTTP2_SENT_GOAWAY'],
    ['net::ERR_QUIC_PROTOCOL_ERROR', 'NS_ERROR_NET_HTTP3_PROTOCOL_ERROR'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'NS_ERROR_ABORT'],
    ['net::ERR_BLOCKED_BY_RESPONSE', 'NS_ERROR_DOM_CORP_FAILED'],
  ])('%s and %s share a row', (chrome, firefox) => {
    expect(transportInfo(firefox)).toBe(transportInfo(chrome));
    expect(transportInfo(chrome).id).not.toBe('unknown');
  });

  it('reads the NSS messages Firefox reports instead of certificate names', () => {
    expect(transportInfo("Peer's Certificate has expired.").id).toBe('cert-date-invalid');
    expect(transportInfo("Peer's Certificate issuer is not recognized.").id).toBe('cert-authority-invalid');
    expect(transportInfo("peer's certificate has expired").id).toBe('cert-date-invalid');
  });
});

describe('transportInfo: layers and advice', () => {
  it('blames the device clock first for a certificate date error', () => {
    const info = transportInfo('net::ERR_CERT_DATE_INVALID');
    expect(info.layer).toBe('device');
    expect(info.nextSteps[0]).toBe(adviceLine('check-clock'));
    expect(transportInfo('MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE').layer).toBe('device');
  });

  it('puts a blocker on the device, not on the network', () => {
    expect(transportInfo('net::ERR_BLOCKED_BY_CLIENT').layer).toBe('device');
    expect(transportInfo('NS_ERROR_TRACKING_URI').layer).toBe('device');
    expect(transportInfo('net::ERR_BLOCKED_BY_CLIENT').nextSteps[0]).toBe(adviceLine('check-blockers'));
  });

  it('does not count a cancelled request as anyone’s refusal', () => {
    expect(transportInfo('net::ERR_ABORTED').layer).toBe('none');
    expect(transportInfo('NS_BINDING_ABORTED').layer).toBe('none');
  });

  it('keeps the rest on the network, except the browser discarding an answer (app)', () => {
    for (const row of TRANSPORT_ROWS) {
      const expected =
        row.id === 'cert-date-invalid' || row.id === 'blocked-by-client'
          ? 'device'
          : row.id === 'aborted'
            ? 'none'
            : row.id === 'blocked-by-response'
              ? 'app'
              : 'network';
      expect(row.layer, row.id).toBe(expected);
    }
  });
});

describe('transportInfo: matching order and unknowns', () => {
  it('prefers the exact name over its family', () => {
    expect(transportInfo('net::ERR_CERT_DATE_INVALID').id).toBe('cert-date-invalid');
    expect(transportInfo('net::ERR_BLOCKED_BY_CLIENT').id).toBe('blocked-by-client');
    expect(transportInfo('SSL_ERROR_BAD_CERT_DOMAIN').id).toBe('cert-name-invalid');
  });

  it.each([
    ['net::ERR_CERT_WEAK_KEY', 'cert-invalid'],
    ['SEC_ERROR_CA_CERT_INVALID', 'cert-invalid'],
    ['net::ERR_SSL_OBSOLETE_VERSION_OR_CIPHER', 'ssl-protocol'],
    ['SSL_ERROR_PROTOCOL_VERSION_ALERT', 'ssl-protocol'],
    ['net::ERR_PROXY_AUTH_UNSUPPORTED', 'proxy'],
    ['net::ERR_HTTP2_PING_FAILED', 'http2-protocol'],
    ['net::ERR_QUIC_HANDSHAKE_FAILED', 'quic-protocol'],
    ['net::ERR_DNS_MALFORMED_RESPONSE', 'name-not-resolved'],
  ])('%s falls into its family (%s)', (name, id) => {
    expect(transportInfo(name).id).toBe(id);
  });

  it('finds a name inside a longer message', () => {
    expect(transportInfo('page.goto: net::ERR_NAME_NOT_RESOLVED at https://example.test/').id).toBe(
      'name-not-resolved',
    );
    expect(transportInfo('Error: NS_ERROR_PROXY_GATEWAY_TIMEOUT (call log)').id).toBe('proxy');
  });

  it.each(['', '   ', 'hello', 'net::ERR_SOMETHING_NEW', 'NS_ERROR_BRAND_NEW', '403'])(
    '%j gets the generic row',
    (text) => {
      expect(transportInfo(text)).toBe(GENERIC_TRANSPORT);
    },
  );

  it('survives values that are not strings (stored data from elsewhere)', () => {
    expect(transportInfo(undefined as unknown as string)).toBe(GENERIC_TRANSPORT);
    expect(transportInfo(42 as unknown as string)).toBe(GENERIC_TRANSPORT);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(transportInfo(text).title.en.length).toBeGreaterThan(0);
      }),
    );
  });

  it('findTransport says null when nothing is recognised, unlike transportInfo', () => {
    expect(findTransport('hello')).toBeNull();
    expect(findTransport('net::ERR_SOMETHING_NEW')).toBeNull();
    expect(findTransport('net::ERR_CONNECTION_RESET')?.id).toBe('connection-reset');
  });

  it('looksLikeTransportError spots names, known or not, but not status codes or words', () => {
    expect(looksLikeTransportError('net::ERR_SOMETHING_NEW')).toBe(true);
    expect(looksLikeTransportError('ns_error_net_reset')).toBe(true);
    expect(looksLikeTransportError('SEC_ERROR_UNKNOWN_ISSUER')).toBe(true);
    expect(looksLikeTransportError('403')).toBe(false);
    expect(looksLikeTransportError('cloudflare-1020')).toBe(false);
  });
});
