import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseExchange } from '../../../../src/diagnosis/analyze.ts';
import {
  isPanelApiUrl,
  isReadableContentType,
  MAX_PANEL_BODY_CHARS,
  type PanelReplyReport,
  panelFields,
  panelFieldsOfText,
  panelReplyBody,
  readPanelReport,
} from '../../../../src/knowledge/panels/page-reply.ts';
import type { Exchange } from '../../../../src/types.ts';

const LOGIN = 'http://panel.example.tv:8080/player_api.php?username=alice&password=Sup3r-Secret';
const PORTAL =
  'http://stb.example.tv/stalker_portal/server/load.php?type=stb&action=get_profile&mac=00:1A:79:12:34:56';

/** A full Xtream login reply, as panels send it: credentials and all. */
function xtreamLogin(user: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    user_info: {
      username: 'alice',
      password: 'Sup3r-Secret',
      message: 'Welcome alice',
      auth: 1,
      status: 'Active',
      exp_date: '1893456000',
      is_trial: '0',
      active_cons: '0',
      created_at: '1600000000',
      max_connections: '2',
      allowed_output_formats: ['m3u8', 'ts'],
      ...user,
    },
    server_info: {
      url: 'panel.example.tv',
      port: '8080',
      timestamp_now: 1717236000,
      timezone: 'Europe/Paris',
    },
  };
}

describe('isPanelApiUrl — the role table decides', () => {
  it.each([
    [LOGIN, true],
    ['https://panel.example.tv/player_api.php?username=a&password=b&action=get_live_streams', true],
    ['https://panel.example.tv/player_api.php?username=a&password=b&action=202', true],
    ['http://panel.example.tv/panel_api.php?username=a&password=b', true],
    [PORTAL, true],
    ['http://stb.example.tv/portal.php?type=itv&action=create_link', true],
  ])('%s is a panel API', (url, expected) => {
    expect(isPanelApiUrl(url)).toBe(expected);
  });

  it.each([
    ['the M3U export', 'http://panel.example.tv/get.php?username=a&password=b&type=m3u_plus'],
    ['the XMLTV guide', 'http://panel.example.tv/xmltv.php?username=a&password=b'],
    ['a playback URL', 'http://panel.example.tv/live/a/b/101.m3u8'],
    ['a CDN playlist', 'http://cdn.example.tv/hls/101/index.m3u8'],
    ['a look-alike file', 'http://panel.example.tv/player_api.php.bak'],
    ['a relative URL', '/player_api.php?username=a'],
    ['another scheme', 'ftp://panel.example.tv/player_api.php'],
    ['an oversized URL', `http://panel.example.tv/player_api.php?${'x'.repeat(3000)}`],
  ])('%s is not', (_label, url) => {
    expect(isPanelApiUrl(url)).toBe(false);
  });
});

describe('isReadableContentType', () => {
  it('reads JSON, text and Stalker javascript, and replies that name no type', () => {
    for (const type of [
      null,
      '',
      'application/json',
      'application/json; charset=utf-8',
      'text/html',
      'text/javascript',
    ])
      expect(isReadableContentType(type)).toBe(true);
  });
  it('leaves media and binary replies alone', () => {
    for (const type of [
      'video/mp2t',
      'application/octet-stream',
      'image/png',
      'application/vnd.apple.mpegurl',
    ])
      expect(isReadableContentType(type)).toBe(false);
  });
});

describe('panelFields — only the fields that say whether the account may play', () => {
  it('keeps user_info auth/status/exp_date/connections/is_trial and server_info.timestamp_now, nothing else', () => {
    expect(panelFields(xtreamLogin({ status: 'Expired' }), LOGIN)).toEqual({
      user_info: {
        auth: 1,
        status: 'Expired',
        exp_date: '1893456000',
        is_trial: '0',
        active_cons: '0',
        max_connections: '2',
      },
      server_info: { timestamp_now: 1717236000 },
    });
  });

  it('keeps the bare refusal {"user_info":{"auth":0}} and a null exp_date (never expires)', () => {
    expect(panelFields({ user_info: { auth: 0 } }, LOGIN)).toEqual({ user_info: { auth: 0 } });
    expect(panelFields({ user_info: { auth: 1, exp_date: null } }, LOGIN)).toEqual({
      user_info: { auth: 1, exp_date: null },
    });
  });

  it('drops values of the wrong kind: a status that is a sentence, counters that are not numbers', () => {
    const fields = panelFields(
      xtreamLogin({
        status: 'Active; password=Sup3r-Secret',
        active_cons: 'alice',
        max_connections: { n: 1 },
      }),
      LOGIN,
    );
    expect(fields).toEqual({
      user_info: { auth: 1, exp_date: '1893456000', is_trial: '0' },
      server_info: { timestamp_now: 1717236000 },
    });
  });

  it('keeps Stalker js error, status, msg and block_msg; drops cmd, token, mac and login fields', () => {
    const reply = {
      js: {
        status: 1,
        block_msg: 'Subscription blocked.<br>Call your reseller',
        msg: '',
        mac: '00:1A:79:12:34:56',
        login: 'alice',
        password: 'Sup3r-Secret',
        token: 'A1B2C3D4E5F6A7B8C9D0',
        cmd: 'ffmpeg http://stream.example.tv/ch/101?token=A1B2C3D4E5F6A7B8C9D0',
      },
    };
    expect(panelFields(reply, PORTAL)).toEqual({
      js: { status: 1, block_msg: 'Subscription blocked. Call your reseller' },
    });
    expect(panelFields({ js: { error: 'limit', cmd: 'x' } }, PORTAL)).toEqual({ js: { error: 'limit' } });
    expect(panelFields({ js: false }, PORTAL)).toEqual({ js: false });
    expect(panelFields({ js: null }, PORTAL)).toEqual({ js: null });
  });

  it("scrubs the request's own credentials and MACs from operator texts", () => {
    const fields = panelFields(
      { js: { error: 'MAC 00:1A:79:12:34:56 of alice is not registered (password Sup3r-Secret)' } },
      `${PORTAL}&login=alice&password=Sup3r-Secret`,
    );
    const text = JSON.stringify(fields);
    expect(text).not.toContain('12:34:56');
    expect(text).not.toContain('Sup3r-Secret');
    expect(text).toContain('not registered');
  });

  it('says nothing for catalogues, unrelated JSON and empty user_info', () => {
    expect(panelFields([{ stream_id: 1 }], LOGIN)).toBeNull();
    expect(panelFields({ epg_listings: [] }, LOGIN)).toBeNull();
    expect(panelFields({ user_info: { username: 'alice', password: 'x' } }, LOGIN)).toBeNull();
    expect(panelFields({ js: { cmd: 'x' } }, PORTAL)).toBeNull();
    expect(panelFields('{"user_info":{"auth":0}}', LOGIN)).toBeNull();
  });
});

describe('panelFieldsOfText', () => {
  it('parses small JSON objects only', () => {
    expect(panelFieldsOfText(' {"user_info":{"auth":0}} ', LOGIN)).toEqual({ user_info: { auth: 0 } });
    expect(panelFieldsOfText('[{"user_info":{"auth":0}}]', LOGIN)).toBeNull();
    expect(panelFieldsOfText('<html>{"user_info":{"auth":0}}</html>', LOGIN)).toBeNull();
    expect(panelFieldsOfText('{"user_info":', LOGIN)).toBeNull();
    const padded = `{"user_info":{"auth":0},"pad":"${'x'.repeat(MAX_PANEL_BODY_CHARS)}"}`;
    expect(panelFieldsOfText(padded, LOGIN)).toBeNull();
  });
});

function report(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '0123456789abcdef01234567',
    url: LOGIN,
    method: 'GET',
    status: 200,
    startedAt: 1717236000000,
    durationMs: 42.4,
    via: 'fetch',
    fields: xtreamLogin({ status: 'Banned' }),
    ...overrides,
  };
}

describe('readPanelReport — a report is checked again on every side of a boundary', () => {
  it('redacts the URL and filters the fields again, whatever the sender did', () => {
    const read = readPanelReport(report());
    expect(read).not.toBeNull();
    expect(read?.url).toMatch(/\/player_api\.php\?/);
    expect(JSON.stringify(read)).not.toMatch(/alice|Sup3r-Secret/);
    expect(read?.fields).toEqual({
      user_info: {
        auth: 1,
        status: 'Banned',
        exp_date: '1893456000',
        is_trial: '0',
        active_cons: '0',
        max_connections: '2',
      },
      server_info: { timestamp_now: 1717236000 },
    });
    expect(read?.durationMs).toBe(42);
  });

  it('is idempotent: a report read twice is the same report', () => {
    const once = readPanelReport(report());
    expect(readPanelReport(once)).toEqual(once);
  });

  it.each([
    ['no id', { id: undefined }],
    ['an id with odd characters', { id: '../../etc/passwd' }],
    ['a URL that is no panel API', { url: 'http://cdn.example.tv/hls/1/index.m3u8' }],
    ['a status out of range', { status: 0 }],
    ['a fractional status', { status: 200.5 }],
    ['a method that is no token', { method: 'GET /x' }],
    ['no start time', { startedAt: Number.NaN }],
    ['an unknown transport', { via: 'websocket' }],
    ['fields that say nothing', { fields: { user_info: { username: 'alice' } } }],
  ])('rejects %s', (_label, overrides) => {
    expect(readPanelReport(report(overrides))).toBeNull();
  });

  it('rejects what is not an object', () => {
    for (const raw of [null, undefined, 'report', 42, []]) expect(readPanelReport(raw)).toBeNull();
  });
});

describe('the kept fields are enough for the engine', () => {
  function exchangeOf(read: PanelReplyReport): Exchange {
    return {
      url: read.url,
      method: read.method,
      status: read.status,
      startedAt: read.startedAt,
      requestHeaders: [],
      responseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
      mimeType: 'application/json',
      body: panelReplyBody(read),
    };
  }

  it.each([
    ['Expired', { status: 'Expired', exp_date: '1600000000' }, 'account'],
    ['Banned', { status: 'Banned' }, 'account'],
    ['full connections', { active_cons: '2', max_connections: '2' }, 'account'],
  ])('a 200 login reply that says %s is an account finding', (_label, user, layer) => {
    const read = readPanelReport(report({ fields: xtreamLogin(user) }));
    expect(read).not.toBeNull();
    const finding = diagnoseExchange(exchangeOf(read as PanelReplyReport), 0);
    expect(finding?.layer).toBe(layer);
    expect(finding?.status).toBe(200);
  });

  it('auth 0 is an auth finding; an active account is no finding at all', () => {
    const refused = readPanelReport(report({ fields: { user_info: { auth: 0 } } })) as PanelReplyReport;
    expect(diagnoseExchange(exchangeOf(refused), 0)?.layer).toBe('auth');
    const active = readPanelReport(report({ fields: xtreamLogin() })) as PanelReplyReport;
    expect(diagnoseExchange(exchangeOf(active), 0)).toBeNull();
  });
});

describe('no credential leaves, whatever the reply holds (property)', () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9]{8,16}$/).filter((s) => /\d/.test(s) && /[a-z]/i.test(s));

  it('planted usernames, passwords and tokens in any field never reach the kept fields or the report', () => {
    fc.assert(
      fc.property(secret, secret, secret, fc.string(), (user, pass, token, noise) => {
        const url = `http://panel.example.tv/player_api.php?username=${user}&password=${pass}`;
        const reply = {
          user_info: {
            username: user,
            password: pass,
            auth: 1,
            status: 'Active',
            message: `${noise} ${user} ${pass}`,
            exp_date: '1893456000',
            token,
          },
          server_info: { url: `${user}.example.tv`, timestamp_now: 1717236000, token },
          [user]: pass,
        };
        const fields = panelFields(reply, url);
        const read = readPanelReport(report({ url, fields }));
        const text = JSON.stringify([fields, read]);
        return !text.includes(user) && !text.includes(pass) && !text.includes(token);
      }),
      { numRuns: 200 },
    );
  });
});
