import { describe, expect, it } from 'vitest';
import { playlistHosts } from '../../../src/http/playlist-hosts.ts';

const XTREAM_PLAYLIST = `#EXTM3U url-tvg="http://epg.example.tv/xmltv.php?username=alice&password=s3cret" x-tvg-url="https://guide.example.org/a.xml,https://guide2.example.org/b.xml"
#EXTINF:-1 tvg-id="france2.fr" tvg-logo="https://logos.example.net/f2.png" group-title="FR",France 2
http://line.example.tv:8080/live/alice/s3cret/1001.ts
#EXTINF:-1 tvg-id="tf1.fr" tvg-logo="https://logos.example.net/tf1.png" group-title="FR",TF1
http://line.example.tv:8080/live/alice/s3cret/1002.ts
#EXTINF:-1,Backup
https://Backup.Example.tv./hls/index.m3u8
#EXTINF:-1,Multicast
udp://@239.0.0.1:1234
`;

describe('playlistHosts', () => {
  it('finds stream and EPG hosts, most used first, without ports', () => {
    const result = playlistHosts(XTREAM_PLAYLIST);
    expect(result.isM3u).toBe(true);
    expect(result.hosts.map((h) => h.host)).toEqual([
      'line.example.tv',
      'backup.example.tv',
      'epg.example.tv',
      'guide.example.org',
      'guide2.example.org',
    ]);
    expect(result.hosts[0]).toEqual({ host: 'line.example.tv', count: 2, uses: ['stream'] });
    expect(result.hosts.find((h) => h.host === 'epg.example.tv')?.uses).toEqual(['epg']);
  });

  it('never returns credentials or paths, and skips logos and non-web schemes', () => {
    const result = playlistHosts(XTREAM_PLAYLIST);
    const text = JSON.stringify(result);
    expect(text).not.toContain('s3cret');
    expect(text).not.toContain('alice');
    expect(text).not.toContain('logos.example.net');
    expect(result.skipped).toBe(1);
  });

  it('reads HLS key, media and map URIs, resolving relative ones against a base', () => {
    const media = `#EXTM3U
#EXT-X-KEY:METHOD=AES-128,URI="https://keys.example.tv/k?id=7",IV=0x1
#EXT-X-MAP:URI="init.mp4"
#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="a",NAME="fr",URI="https://audio.example.tv/fr.m3u8"
#EXT-X-KEY:METHOD=NONE
seg1.ts
`;
    const result = playlistHosts(media, 'https://cdn.example.tv/live/index.m3u8');
    expect(Object.fromEntries(result.hosts.map((h) => [h.host, h.uses]))).toEqual({
      'cdn.example.tv': ['stream'],
      'keys.example.tv': ['key'],
      'audio.example.tv': ['stream'],
    });
    expect(result.hosts.find((h) => h.host === 'cdn.example.tv')?.count).toBe(2);
  });

  it('reads a plain list of URLs (or one playlist URL) as well, with Windows line ends', () => {
    const result = playlistHosts(
      'http://panel.example.tv/get.php?username=a&password=b&type=m3u_plus\r\n\r\n',
    );
    expect(result.isM3u).toBe(false);
    expect(result.hosts).toEqual([{ host: 'panel.example.tv', count: 1, uses: ['stream'] }]);
  });

  it('counts relative lines without a base, and garbage, as skipped', () => {
    const result = playlistHosts('#EXTM3U\n#EXTINF:-1,a\nchannel1.ts\nnot a url at all\n');
    expect(result.hosts).toEqual([]);
    expect(result.skipped).toBe(2);
  });
});
