/** Media sniffing: each container's signature, and what a non-media body is said to be. */
import { describe, expect, it } from 'vitest';
import { FMP4_INIT } from '../../../sim/check/streams.ts';
import { mpegTsSegment } from '../../../sim/mpegts.ts';
import { bodyLooksLike, documentKind, mediaKind } from '../../../src/check/media-bytes.ts';

const text = (value: string) => new TextEncoder().encode(value);

describe('mediaKind', () => {
  it('recognises MPEG-TS, also cut in the middle of a packet', () => {
    const segment = mpegTsSegment(42);
    expect(mediaKind(segment)).toBe('mpeg-ts');
    expect(mediaKind(segment.subarray(100))).toBe('mpeg-ts');
  });

  it('recognises M2TS (192-byte packets behind a 4-byte timecode)', () => {
    const bytes = new Uint8Array(192 * 4);
    for (let packet = 0; packet < 4; packet++) bytes[packet * 192 + 4] = 0x47;
    expect(mediaKind(bytes)).toBe('mpeg-ts');
  });

  it('does not take a lone "G" or unaligned 0x47 bytes for MPEG-TS', () => {
    expect(mediaKind(text('G'))).toBeNull();
    const bytes = new Uint8Array(188 * 3).fill(0x20);
    bytes[0] = 0x47;
    bytes[189] = 0x47;
    expect(mediaKind(bytes)).toBeNull();
  });

  it('recognises ISO BMFF starts: an init segment and a media fragment', () => {
    expect(mediaKind(FMP4_INIT)).toBe('mp4');
    const moof = new Uint8Array([
      0,
      0,
      0,
      16,
      ...'moof'.split('').map((c) => c.charCodeAt(0)),
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(mediaKind(moof)).toBe('fmp4');
  });

  it('recognises ADTS audio, ID3-tagged packed audio, WebM and FLV', () => {
    expect(mediaKind(new Uint8Array([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]))).toBe('adts');
    expect(mediaKind(text('ID3\u0004\u0000\u0000'))).toBe('id3');
    expect(mediaKind(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2]))).toBe('webm');
    expect(mediaKind(new Uint8Array([0x46, 0x4c, 0x56, 0x01, 5]))).toBe('flv');
  });

  it('says what a body that is not media looks like', () => {
    for (const [body, looks] of [
      ['<!DOCTYPE html><html><body>Welcome</body></html>', 'an HTML page'],
      ['{"error":"expired"}', 'a JSON document'],
      ['#EXTM3U\n#EXTINF:-1,A\nhttp://a/b', 'a playlist'],
      ['Forbidden: link expired\n', 'plain text'],
      ['', 'an empty body'],
    ] as const) {
      expect(mediaKind(text(body))).toBeNull();
      expect(bodyLooksLike(text(body))).toBe(looks);
    }
  });
});

describe('documentKind', () => {
  it('tells an HLS playlist from an IPTV channel list and a DASH manifest', () => {
    expect(documentKind('#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nseg.ts')).toBe('hls');
    expect(documentKind('\ufeff#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1\nlow.m3u8')).toBe('hls');
    expect(documentKind('#EXTM3U\n#EXTINF:-1 tvg-id="a",A\nhttp://h/a.ts')).toBe('m3u');
    expect(documentKind('<?xml version="1.0"?>\n<MPD xmlns="urn:mpeg:dash:schema:mpd:2011">')).toBe('dash');
    expect(documentKind('<html>')).toBeNull();
  });
});
