import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLE_PATTERNS } from '../../../../src/knowledge/endpoints/patterns.ts';
import { endpointRole, matchRolePattern } from '../../../../src/knowledge/endpoints/roles.ts';
import type { PanelKind, Role } from '../../../../src/types.ts';

interface Case {
  url: string;
  mime?: string;
  role: Role;
  panel?: PanelKind;
  action?: string;
  evidence?: string;
}

/** One or more examples per row of ROLE_PATTERNS, in table order; the last test proves the coverage. */
const CASES: Case[] = [
  // A custom panel's login API: generic, so it ranks after every IPTV-specific row.
  {
    url: 'https://api.tvbox.example/api/v1/login',
    role: 'auth',
    action: 'login',
    evidence: 'login endpoint',
  },
  { url: 'https://tv.example/oauth/token', role: 'auth', action: 'login', evidence: 'login endpoint' },
  // Xtream Codes
  {
    url: 'http://panel.example.com:8080/player_api.php?username=alice&password=s3cret',
    role: 'auth',
    panel: 'xtream',
    action: 'login',
    evidence: 'player_api.php',
  },
  {
    url: 'http://panel.example.com/player_api.php?username=alice&password=s3cret&action=get_live_streams&category_id=3',
    role: 'catalog',
    panel: 'xtream',
    action: 'get_live_streams',
    evidence: 'player_api.php action=get_live_streams',
  },
  {
    url: 'http://panel.example.com/player_api.php?action=GET_VOD_INFO&vod_id=9&username=a&password=b',
    role: 'catalog',
    action: 'get_vod_info',
  },
  // Numeric alias of the panel code: 202 is get_live_streams.
  {
    url: 'http://panel.example.com/player_api.php?username=a&password=b&action=202',
    role: 'catalog',
    action: 'get_live_streams',
    evidence: 'player_api.php action=get_live_streams',
  },
  {
    url: 'http://panel.example.com/player_api.php?username=a&password=b&action=get_short_epg&stream_id=1042&limit=4',
    role: 'epg',
    panel: 'xtream',
    action: 'get_short_epg',
    evidence: 'player_api.php action=get_short_epg',
  },
  {
    url: 'http://panel.example.com/player_api.php?username=a&password=b&action=get_simple_data_table&stream_id=7',
    role: 'epg',
    action: 'get_simple_data_table',
  },
  {
    url: 'http://panel.example.com/player_api.php?username=a&password=b&action=get_everything',
    role: 'other',
    panel: 'xtream',
    evidence: 'player_api.php (unknown action)',
  },
  {
    url: 'http://panel.example.com/panel_api.php?username=a&password=b',
    role: 'auth',
    panel: 'xtream',
    action: 'login',
  },
  {
    url: 'http://panel.example.com/get.php?username=a&password=b&type=m3u_plus&output=ts',
    role: 'playlist',
    panel: 'xtream',
    action: 'm3u',
    evidence: 'get.php',
  },
  {
    url: 'http://panel.example.com/xmltv.php?username=a&password=b',
    role: 'epg',
    panel: 'xtream',
    action: 'xmltv',
  },
  {
    url: 'http://panel.example.com:8080/live/alice/s3cret/1042.m3u8',
    role: 'playlist',
    panel: 'xtream',
    action: 'media',
  },
  {
    url: 'http://panel.example.com:8080/timeshift/alice/s3cret/60/2024-06-01:20-00/1042.m3u8',
    role: 'playlist',
    panel: 'xtream',
  },
  { url: 'http://panel.example.com:8080/live/alice/s3cret/1042.ts', role: 'stream', panel: 'xtream' },
  { url: 'http://panel.example.com:8080/live/alice/s3cret/1042', role: 'stream', panel: 'xtream' },
  { url: 'http://panel.example.com/movie/alice/s3cret/5521.mkv', role: 'stream', panel: 'xtream' },
  { url: 'http://panel.example.com/series/alice/s3cret/88120.mp4', role: 'stream', panel: 'xtream' },
  {
    url: 'http://panel.example.com/alice/s3cret/1042.m3u8',
    role: 'playlist',
    panel: 'xtream',
    action: 'media',
  },
  { url: 'http://panel.example.com/alice/s3cret/1042.ts', role: 'stream', panel: 'xtream', action: 'stream' },

  // Stalker / Ministra
  {
    url: 'http://stb.example.org/stalker_portal/server/load.php?type=stb&action=handshake&token=&JsHttpRequest=1-xml',
    role: 'auth',
    panel: 'stalker',
    action: 'handshake',
    evidence: 'Stalker portal type=stb action=handshake',
  },
  {
    url: 'http://stb.example.org/portal.php?type=stb&action=get_profile&hd=1&sn=0123',
    role: 'auth',
    panel: 'stalker',
    action: 'get_profile',
  },
  {
    url: 'http://stb.example.org/stalker_portal/server/load.php?type=stb&action=do_auth&login=a&password=b',
    role: 'auth',
    action: 'do_auth',
  },
  {
    url: 'http://stb.example.org/stalker_portal/server/load.php?type=account_info&action=get_main_info',
    role: 'auth',
    panel: 'stalker',
  },
  {
    url: 'http://stb.example.org/stalker_portal/server/load.php?type=itv&action=create_link&cmd=ffrt%20http://x/ch/1',
    role: 'stream',
    panel: 'stalker',
    action: 'create_link',
    evidence: 'Stalker portal type=itv action=create_link',
  },
  { url: 'http://stb.example.org/portal.php?type=vod&action=create_link&cmd=abc', role: 'stream' },
  {
    url: 'http://stb.example.org/portal.php?type=itv&action=get_short_epg&ch_id=10',
    role: 'epg',
    panel: 'stalker',
    action: 'get_short_epg',
  },
  {
    url: 'http://stb.example.org/portal.php?type=epg&action=get_week',
    role: 'epg',
    evidence: 'Stalker portal type=epg',
  },
  {
    url: 'http://stb.example.org/portal.php?type=itv&action=get_all_channels&JsHttpRequest=1-xml',
    role: 'catalog',
    panel: 'stalker',
    action: 'get_all_channels',
  },
  {
    url: 'http://stb.example.org/portal.php?type=itv&action=get_genres',
    role: 'catalog',
    action: 'get_genres',
  },
  {
    url: 'http://stb.example.org/portal.php?type=watchdog&action=get_events',
    role: 'other',
    panel: 'stalker',
  },

  // DRM licences
  { url: 'https://pr.example.com/playready/rightsmanager.asmx?cfg=x', role: 'key', panel: 'drm' },
  { url: 'https://license.widevine.com/getlicense/acme', role: 'key', panel: 'drm' },
  { url: 'https://drm.example.com/widevine/license', role: 'key', panel: 'drm' },
  { url: 'https://proxy.uat.example.com/proxy?provider=widevine_test', role: 'key', panel: 'drm' },
  { url: 'https://drm.example.com/fps/ckc', role: 'key', panel: 'drm', evidence: 'FairPlay licence' },
  { url: 'https://drm.example.com/api/license?token=abc', role: 'key', panel: 'drm' },

  // HLS (RFC 8216)
  { url: 'https://cdn.example.com/keys/enc.key', role: 'key', panel: 'hls', action: 'key' },
  { url: 'https://cdn.example.com/hls/key/1042?sess=9', role: 'key', panel: 'hls' },
  { url: 'https://cdn.example.com/ch1/master.m3u8', role: 'playlist', panel: 'hls', action: 'master' },
  { url: 'https://cdn.example.com/ch1/index.m3u8?token=x', role: 'playlist', action: 'master' },
  { url: 'https://cdn.example.com/app/ch1/playlist.m3u8', role: 'playlist', action: 'master' },
  { url: 'https://cdn.example.com/app/ch1/chunklist_w1224365963.m3u8', role: 'playlist', action: 'media' },
  {
    url: 'https://cdn.example.com/ch1/tracks-v1a1/mono.m3u8',
    role: 'playlist',
    panel: 'hls',
    action: 'media',
  },
  { url: 'https://cdn.example.com/gear1/prog_index.m3u8', role: 'playlist', action: 'media' },
  {
    url: 'https://cdn.example.com/hls/101.m3u8',
    role: 'playlist',
    panel: 'hls',
    evidence: 'HLS playlist (.m3u8)',
  },
  { url: 'https://lists.example.com/fr.m3u', role: 'playlist', action: 'm3u' },

  // DASH
  { url: 'https://cdn.example.com/ch1/manifest.mpd', role: 'playlist', panel: 'dash', action: 'manifest' },
  { url: 'https://cdn.example.com/ch1/init-stream0.m4s', role: 'stream', panel: 'dash', action: 'init' },

  // Segments
  {
    url: 'https://cdn.example.com/hls/1042/segment_00017.ts',
    role: 'stream',
    panel: 'hls',
    action: 'segment',
    evidence: 'MPEG-TS segment (.ts)',
  },
  { url: 'https://cdn.example.com/audio/seg12.aac', role: 'stream', panel: 'hls', action: 'segment' },
  { url: 'https://cdn.example.com/ch1/chunk-stream0-00042.m4s', role: 'stream', action: 'segment' },
  { url: 'http://restream.example.com/tf1/mpegts', role: 'stream', action: 'mpegts' },

  // MIME-type fallbacks
  {
    url: 'https://cdn.example.com/play?id=1042',
    mime: 'application/vnd.apple.mpegurl',
    role: 'playlist',
    panel: 'hls',
    evidence: 'HLS playlist MIME type application/vnd.apple.mpegurl',
  },
  {
    url: 'https://cdn.example.com/play?id=1',
    mime: 'Application/X-MpegURL; charset=utf-8',
    role: 'playlist',
  },
  { url: 'https://cdn.example.com/play?id=1', mime: 'application/dash+xml', role: 'playlist', panel: 'dash' },
  { url: 'https://cdn.example.com/seg?id=1', mime: 'video/MP2T', role: 'stream', action: 'segment' },
  { url: 'https://cdn.example.com/seg?id=1', mime: 'video/iso.segment', role: 'stream' },

  // Anything else
  {
    url: 'https://www.example.com/about',
    mime: 'text/html',
    role: 'other',
    evidence: 'no known IPTV endpoint pattern',
  },
  { url: 'https://www.example.com/api/v1/123', role: 'other' },
];

describe('endpointRole', () => {
  it.each(CASES)('$url → $role', (expected) => {
    const match = endpointRole(expected.url, expected.mime);
    expect(match.role).toBe(expected.role);
    if (expected.panel) expect(match.panel).toBe(expected.panel);
    if (expected.action) expect(match.action).toBe(expected.action);
    if (expected.evidence) expect(match.evidence).toBe(expected.evidence);
  });

  it('tells a master playlist from a media playlist only when the URL says it', () => {
    expect(endpointRole('https://cdn.example.com/a/master_720.m3u8').action).toBe('master');
    expect(endpointRole('https://cdn.example.com/a/chunks.m3u8').action).toBe('media');
    expect(endpointRole('https://cdn.example.com/a/stream-1.m3u8').action).toBeUndefined();
  });

  it('prefers the URL over the MIME type', () => {
    const match = endpointRole('http://panel.example.com/player_api.php?username=a&password=b', 'video/mp2t');
    expect(match.role).toBe('auth');
  });

  it('accepts URLs without a scheme, with fragments, with broken escapes', () => {
    expect(endpointRole('/player_api.php?username=a&password=b&action=get_series').role).toBe('catalog');
    expect(endpointRole('panel.example.com/get.php?username=a&password=%zz').role).toBe('playlist');
    expect(endpointRole('https://cdn.example.com/x/master.m3u8#t=10').action).toBe('master');
    expect(endpointRole('https://user:pw@cdn.example.com/x/a.ts').role).toBe('stream');
  });

  it('answers "other" for empty or non-string input instead of throwing', () => {
    expect(endpointRole('').role).toBe('other');
    expect(endpointRole(undefined as unknown as string).role).toBe('other');
    expect(endpointRole(42 as unknown as string, 42 as unknown as string).role).toBe('other');
  });

  it('never puts the credentials of a URL into the evidence', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{6,16}$/);
    fc.assert(
      fc.property(secret, secret, fc.integer({ min: 1, max: 99999 }), (user, pass, id) => {
        const urls = [
          `http://panel.example.com/live/${user}/${pass}/${id}.ts`,
          `http://panel.example.com/${user}/${pass}/${id}.m3u8`,
          `http://panel.example.com/player_api.php?username=${user}&password=${pass}&action=get_live_streams`,
          `http://panel.example.com/get.php?username=${user}&password=${pass}&type=m3u`,
          `http://stb.example.org/portal.php?type=stb&action=do_auth&login=${user}&password=${pass}`,
          `https://${user}:${pass}@cdn.example.com/live/${id}/index.m3u8`,
        ];
        for (const url of urls) {
          const { evidence } = endpointRole(url);
          expect(evidence).not.toContain(user);
          expect(evidence).not.toContain(pass);
        }
      }),
    );
  });

  it('never puts a free query value into the evidence, only allow-listed actions', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z_]{3,20}$/), (action) => {
        const { evidence } = endpointRole(
          `http://p.example.com/player_api.php?username=u&password=p&action=${action}`,
        );
        if (evidence.includes('action=')) expect(evidence).toBe(`player_api.php action=${action}`);
        else expect(evidence).toBe('player_api.php (unknown action)');
      }),
    );
  });

  it('reaches every row of the table with at least one example', () => {
    const reached = new Set(CASES.map((example) => matchRolePattern(example.url, example.mime)?.row));
    const unreached = ROLE_PATTERNS.filter((row) => !reached.has(row)).map((row) => row.label);
    expect(unreached).toEqual([]);
  });
});
