import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPanelReply } from '../../../../src/knowledge/panels/replies.ts';
import type { Exchange } from '../../../../src/types.ts';

const XTREAM_LOGIN = 'http://panel.example.com:8080/player_api.php?username=demo&password=demo';
const STALKER = 'http://stb.example.org/stalker_portal/server/load.php';
/** 2024-06-01T10:00:00Z */
const JUNE_2024 = Date.UTC(2024, 5, 1, 10);

function exchange(url: string, body: string | undefined, startedAt = JUNE_2024): Exchange {
  return {
    url,
    method: 'GET',
    status: 200,
    startedAt,
    requestHeaders: [],
    responseHeaders: [],
    body,
    mimeType: 'application/json',
  };
}

function userInfo(fields: Record<string, unknown>, serverInfo?: Record<string, unknown>): string {
  return JSON.stringify({ user_info: fields, server_info: serverInfo ?? { url: 'panel.example.com' } });
}

const ACTIVE = {
  auth: 1,
  status: 'Active',
  exp_date: '1893456000',
  is_trial: '0',
  active_cons: '0',
  max_connections: '2',
};

describe('readPanelReply — Xtream Codes', () => {
  it('reads the bare {"user_info":{"auth":0}} as wrong credentials', () => {
    const reply = readPanelReply(exchange(XTREAM_LOGIN, '{"user_info":{"auth":0}}'));
    expect(reply).toEqual({ panel: 'xtream', layer: 'auth', evidence: ['user_info.auth=0'] });
  });

  it('reads auth sent as a string the same way', () => {
    expect(readPanelReply(exchange(XTREAM_LOGIN, '{"user_info":{"auth":"0"}}'))?.layer).toBe('auth');
  });

  it.each(['Expired', 'Banned', 'Disabled'])('reads status=%s as an account refusal', (status) => {
    const reply = readPanelReply(exchange(XTREAM_LOGIN, userInfo({ ...ACTIVE, status })));
    expect(reply?.layer).toBe('account');
    expect(reply?.evidence).toContain(`user_info.status=${status}`);
    expect(reply?.accountStatus).toBe(status);
  });

  it('compares exp_date with the time of the request', () => {
    const body = userInfo({ ...ACTIVE, exp_date: '1704067200' }); // 2024-01-01
    const reply = readPanelReply(exchange(XTREAM_LOGIN, body));
    expect(reply?.layer).toBe('account');
    expect(reply?.evidence).toEqual(['exp_date 2024-01-01 is past']);
    expect(reply?.expiresAt).toBe(1704067200000);
    // The same reply read for a request made in 2023 is an account that works.
    expect(readPanelReply(exchange(XTREAM_LOGIN, body, Date.UTC(2023, 0, 1)))?.layer).toBe('none');
  });

  it("falls back to the panel's clock when the request time is unknown", () => {
    const body = userInfo({ ...ACTIVE, exp_date: '1704067200' }, { timestamp_now: 1717236000 });
    expect(readPanelReply(exchange(XTREAM_LOGIN, body, 0))?.evidence).toEqual([
      'exp_date 2024-01-01 is past',
    ]);
    const noClock = userInfo({ ...ACTIVE, exp_date: '1704067200' });
    expect(readPanelReply(exchange(XTREAM_LOGIN, noClock, 0))?.layer).toBe('none');
  });

  it('treats exp_date null as an account that does not expire', () => {
    const reply = readPanelReply(exchange(XTREAM_LOGIN, userInfo({ ...ACTIVE, exp_date: null })));
    expect(reply?.layer).toBe('none');
    expect(reply?.expiresAt).toBeUndefined();
  });

  it('reads active_cons >= max_connections as too many connections', () => {
    const reply = readPanelReply(
      exchange(XTREAM_LOGIN, userInfo({ ...ACTIVE, active_cons: '2', max_connections: '2' })),
    );
    expect(reply).toMatchObject({
      panel: 'xtream',
      layer: 'account',
      evidence: ['active_cons 2 >= max_connections 2'],
      maxConnections: 2,
      activeConnections: 2,
    });
  });

  it('lists every account problem it finds', () => {
    const body = userInfo({
      ...ACTIVE,
      status: 'Expired',
      exp_date: '1704067200',
      active_cons: 3,
      max_connections: 1,
    });
    expect(readPanelReply(exchange(XTREAM_LOGIN, body))?.evidence).toEqual([
      'user_info.status=Expired',
      'exp_date 2024-01-01 is past',
      'active_cons 3 >= max_connections 1',
    ]);
  });

  it('says "none" with its reasons when the account is active with free connections', () => {
    const reply = readPanelReply(exchange(XTREAM_LOGIN, userInfo(ACTIVE)));
    expect(reply).toEqual({
      panel: 'xtream',
      layer: 'none',
      evidence: ['user_info.auth=1', 'user_info.status=Active', 'active_cons 0 < max_connections 2'],
      accountStatus: 'Active',
      expiresAt: 1893456000000,
      maxConnections: 2,
      activeConnections: 0,
    });
  });

  it('reads the reply wherever it comes from (panel_api.php, a proxy path)', () => {
    const reply = readPanelReply(exchange('https://proxy.example.net/api/login', '{"user_info":{"auth":0}}'));
    expect(reply?.layer).toBe('auth');
  });

  it('returns null when user_info says nothing', () => {
    expect(readPanelReply(exchange(XTREAM_LOGIN, '{"user_info":[]}'))).toBeNull();
    expect(readPanelReply(exchange(XTREAM_LOGIN, '{"user_info":{"username":"demo"}}'))).toBeNull();
    expect(readPanelReply(exchange(XTREAM_LOGIN, '[{"category_id":"1"}]'))).toBeNull();
  });
});

describe('readPanelReply — Stalker / Ministra', () => {
  const url = (query: string) => `${STALKER}?${query}&JsHttpRequest=1-xml`;

  it('reads get_profile status 1 as a blocked subscriber, with the operator message cleaned', () => {
    const body =
      '{"js":{"id":"17","status":1,"block_msg":"Votre abonnement est suspendu. <br>Contactez   le support."}}';
    const reply = readPanelReply(exchange(url('type=stb&action=get_profile'), body));
    expect(reply).toEqual({
      panel: 'stalker',
      layer: 'account',
      accountStatus: 'blocked',
      evidence: ['js.status=1', 'portal message "Votre abonnement est suspendu. Contactez le support."'],
    });
  });

  it('reads get_profile status 2 as "login and password required" and status 0 as working', () => {
    expect(readPanelReply(exchange(url('type=stb&action=get_profile'), '{"js":{"status":2}}'))?.layer).toBe(
      'auth',
    );
    const ok = readPanelReply(exchange(url('type=stb&action=get_profile'), '{"js":{"id":"5","status":0}}'));
    expect(ok).toEqual({
      panel: 'stalker',
      layer: 'none',
      accountStatus: 'active',
      evidence: ['js.status=0'],
    });
  });

  it('reads {"js":false} on do_auth and handshake as a refused login', () => {
    const reply = readPanelReply(exchange(url('type=stb&action=do_auth&login=a&password=b'), '{"js":false}'));
    expect(reply).toEqual({ panel: 'stalker', layer: 'auth', evidence: ['js=false on do_auth'] });
    expect(readPanelReply(exchange(url('type=stb&action=handshake'), '{"js":false}'))?.layer).toBe('auth');
    // The same reply to a catalogue call says nothing about the login.
    expect(readPanelReply(exchange(url('type=itv&action=get_genres'), '{"js":false}'))).toBeNull();
  });

  it.each([
    ['limit', 'account'],
    ['access_denied', 'account'],
    ['nothing_to_play', 'not-found'],
    ['link_fault', 'server'],
  ])('reads create_link error %s as layer %s', (error, layer) => {
    const reply = readPanelReply(
      exchange(url('type=itv&action=create_link'), `{"js":{"id":0,"cmd":"","error":"${error}"}}`),
    );
    expect(reply?.layer).toBe(layer);
    expect(reply?.evidence).toEqual([`js.error=${error}`]);
  });

  it('reads the bare-text refusals the portal client checks for', () => {
    const failed = readPanelReply(exchange(url('type=stb&action=get_profile'), 'Authorization failed.'));
    expect(failed).toEqual({
      panel: 'stalker',
      layer: 'auth',
      evidence: ['portal replied "Authorization failed."'],
    });
    expect(readPanelReply(exchange(url('type=itv&action=get_all_channels'), 'Access denied.'))?.layer).toBe(
      'account',
    );
  });

  it('reads operator texts that name the cause', () => {
    const mac = readPanelReply(
      exchange(url('type=stb&action=get_profile'), '{"js":{"msg":"MAC address is not registered"}}'),
    );
    expect(mac?.layer).toBe('auth');
    expect(mac?.evidence).toEqual(['portal message "MAC address is not registered"']);
    const expired = readPanelReply(
      exchange(url('type=stb&action=get_profile'), '{"js":{"error":"Subscription expired"}}'),
    );
    expect(expired).toMatchObject({ layer: 'account', accountStatus: 'expired' });
    const status = readPanelReply(
      exchange(url('type=stb&action=get_profile'), '{"js":{"status":1,"msg":"Too many devices"}}'),
    );
    expect(status?.evidence).toEqual(['js.status=1', 'portal message "Too many devices"']);
  });

  it("leaves an HTML page on a portal URL to the vendor tables (it is a proxy's or a WAF's page)", () => {
    const page = '<html><head><title>Access denied</title></head><body>Access denied</body></html>';
    expect(readPanelReply(exchange(url('type=stb&action=handshake'), page))).toBeNull();
    const waf = 'error code: 1020 Access denied';
    expect(readPanelReply(exchange(url('type=stb&action=handshake'), waf))).toBeNull();
  });

  it('caps long operator messages', () => {
    const body = JSON.stringify({ js: { status: 1, block_msg: `Blocked ${'x'.repeat(500)}` } });
    const evidence = readPanelReply(exchange(url('type=stb&action=get_profile'), body))?.evidence ?? [];
    expect(evidence[1]?.length).toBeLessThan(140);
  });

  it('returns null for a handshake that worked or a reply it cannot read', () => {
    expect(
      readPanelReply(exchange(url('type=stb&action=handshake'), '{"js":{"token":"ABC","random":"1"}}')),
    ).toBeNull();
    expect(
      readPanelReply(exchange(url('type=stb&action=handshake'), '{"js":{"error":"unknown_thing_42"}}')),
    ).toBeNull();
  });
});

describe('readPanelReply — tolerance', () => {
  it('returns null without a body, with an empty or oversized body', () => {
    expect(readPanelReply(exchange(XTREAM_LOGIN, undefined))).toBeNull();
    expect(readPanelReply(exchange(XTREAM_LOGIN, '   '))).toBeNull();
    const huge = `{"user_info":{"auth":0},"pad":"${'x'.repeat(300 * 1024)}"}`;
    expect(readPanelReply(exchange(XTREAM_LOGIN, huge))).toBeNull();
  });

  it('never throws, whatever the body and the exchange hold', () => {
    const bodies = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify({ user_info: value })),
      fc.jsonValue().map((value) => JSON.stringify({ js: value })),
    );
    fc.assert(
      fc.property(
        bodies,
        fc.constantFrom(XTREAM_LOGIN, `${STALKER}?type=stb&action=do_auth`, ''),
        (body, url) => {
          const reply = readPanelReply(exchange(url, body));
          if (reply !== null) expect(reply.evidence.length).toBeGreaterThan(0);
        },
      ),
    );
    expect(readPanelReply(null as unknown as Exchange)).toBeNull();
    expect(readPanelReply({ body: 42 } as unknown as Exchange)).toBeNull();
  });
});
