/** IPTV playlists: attributes, the header directives players honour, and hostile lines. */
import { describe, expect, it } from 'vitest';
import { PlaylistError, parseExtInf, parseIptvPlaylist } from '../../../src/check/playlist.ts';

describe('parseExtInf', () => {
  it('keeps commas inside quoted attributes and in the name', () => {
    const parsed = parseExtInf(
      '-1 tvg-id="a.fr" tvg-logo="http://l/a,b.png" group-title="News, FR",Chan A, the one',
    );
    expect(parsed.attributes).toEqual({
      'tvg-id': 'a.fr',
      'tvg-logo': 'http://l/a,b.png',
      'group-title': 'News, FR',
    });
    expect(parsed.name).toBe('Chan A, the one');
  });

  it('reads a bare duration and name', () => {
    expect(parseExtInf('-1,Just a name')).toEqual({ attributes: {}, name: 'Just a name' });
    expect(parseExtInf('10.5 tvg-id=x,Name')).toEqual({ attributes: { 'tvg-id': 'x' }, name: 'Name' });
  });

  it('never lets an attribute named __proto__ change an object', () => {
    const parsed = parseExtInf('-1 __proto__="x" tvg-id="y",N');
    expect(Object.getPrototypeOf(parsed.attributes)).toBe(Object.prototype);
    expect(parsed.attributes['tvg-id']).toBe('y');
  });
});

describe('parseIptvPlaylist', () => {
  const list = [
    '#EXTM3U url-tvg="http://e/x.xml"',
    '#EXTINF:-1 tvg-id="a.fr" group-title="News, FR",Chan A',
    '#EXTVLCOPT:http-user-agent=Foo/1.0',
    '#EXTVLCOPT:http-referrer=http://ref.example/',
    'http://h.example/a.m3u8',
    '#EXTINF:-1,Chan B',
    '#EXTGRP:Sports',
    '#EXTHTTP:{"User-Agent":"Bar/2","cookie":"x=1"}',
    'http://h.example/b.ts|User-Agent=Pipe%2F1&Referer=http%3A%2F%2Fp.example%2F',
    '#EXTINF:-1,Chan C',
    '#KODIPROP:inputstream.adaptive.stream_headers=User-Agent=Kodi%2F20&Referer=http%3A%2F%2Fk.example%2F',
    'relative/c.ts',
    '#EXTINF:-1,Multicast',
    'udp://@239.0.0.1:1234',
    '#EXTINF:-1,Nested headers',
    '#EXTHTTP:{"headers":{"Referer":"http://n.example/"}}',
    'http://h.example/d.ts',
  ].join('\n');

  it('gives each channel its name, group and the headers its player would send', () => {
    const parsed = parseIptvPlaylist(list, 'http://base.example/lists/all.m3u');
    const byName = new Map(parsed.channels.map((channel) => [channel.name, channel]));
    expect(byName.get('Chan A')).toMatchObject({
      group: 'News, FR',
      url: 'http://h.example/a.m3u8',
      tvgId: 'a.fr',
      headers: { 'User-Agent': 'Foo/1.0', Referer: 'http://ref.example/' },
    });
    // The URL's own suffix is the strongest, then #EXTHTTP; the cookie rides along.
    expect(byName.get('Chan B')).toMatchObject({
      group: 'Sports',
      url: 'http://h.example/b.ts',
      headers: { 'User-Agent': 'Pipe/1', Referer: 'http://p.example/', Cookie: 'x=1' },
    });
    expect(byName.get('Chan C')).toMatchObject({
      url: 'http://base.example/lists/relative/c.ts',
      headers: { 'User-Agent': 'Kodi/20', Referer: 'http://k.example/' },
    });
    expect(byName.get('Nested headers')?.headers).toEqual({ Referer: 'http://n.example/' });
    expect(byName.has('Multicast')).toBe(false);
    expect(parsed.skipped).toBe(1);
  });

  it('refuses connection headers and line breaks a hostile list could slip in', () => {
    const parsed = parseIptvPlaylist(
      [
        '#EXTM3U',
        '#EXTINF:-1,X',
        '#EXTHTTP:{"Host":"evil.example","X-Ok":"a\\r\\nInjected: 1","Transfer-Encoding":"chunked"}',
        'http://h.example/x.ts',
      ].join('\n'),
    );
    expect(parsed.channels[0]?.headers).toEqual({ 'X-Ok': 'aInjected: 1' });
  });

  it('warns once about an #EXTHTTP line that is not JSON and keeps the channel', () => {
    const parsed = parseIptvPlaylist(
      ['#EXTM3U', '#EXTINF:-1,X', '#EXTHTTP:{not json', 'http://h.example/x.ts'].join('\n'),
    );
    expect(parsed.channels).toHaveLength(1);
    expect(parsed.warnings).toEqual(['an #EXTHTTP line is not valid JSON: ignored']);
  });

  it('refuses text that is not an M3U', () => {
    expect(() => parseIptvPlaylist('<html>not a list</html>')).toThrow(PlaylistError);
  });
});
