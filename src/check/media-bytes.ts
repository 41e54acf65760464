/**
 * Are these first bytes media? A channel that answers 200 with an HTML page, a JSON error or an empty body
 * does not play, whatever its status says; no decoder is needed to tell, only each container's signature:
 *
 * - MPEG-TS: 188-byte packets, each starting with the sync byte 0x47 (ISO/IEC 13818-1 §2.4.3.2); M2TS
 *   (Blu-ray, some IPTV encoders) prefixes each packet with a 4-byte timecode, so 192-byte strides.
 * - ISO BMFF (MP4, fMP4/CMAF segments): a box header, 32-bit size then a four-character type
 *   (ISO/IEC 14496-12 §4.2); a stream starts with ftyp, styp, moof, sidx, emsg, moov or free.
 * - ADTS AAC: the 12-bit syncword 0xFFF then layer 00 (ISO/IEC 13818-7 §6.2); HLS packed audio.
 * - ID3v2: "ID3" (id3.org ID3v2.4 §3.1); RFC 8216 §3.4 has packed-audio segments start with an ID3 PRIV tag.
 * - WebM/Matroska: the EBML magic 1A 45 DF A3 (RFC 8794 §8.1); FLV: "FLV" then version 1 (Adobe FLV spec E.2).
 */
import type { MediaKind } from './types.ts';

const TS_SYNC = 0x47;
const BMFF_FIRST_BOXES: ReadonlySet<string> = new Set([
  'ftyp',
  'styp',
  'moof',
  'sidx',
  'emsg',
  'moov',
  'free',
  'prft',
]);

/** Packets that must line up before a stream counts as MPEG-TS (fewer when the sample is short). */
const TS_PACKETS = 4;

function tsAligned(bytes: Uint8Array, stride: number, offset: number): boolean {
  const packets = Math.min(TS_PACKETS, Math.floor((bytes.length - offset) / stride) + 1);
  if (packets < 1 || bytes.length - offset < 1) return false;
  // A sample shorter than one packet proves nothing: a lone 0x47 is an ASCII "G".
  if (bytes.length - offset < stride) return false;
  for (let packet = 0; packet < packets; packet++) {
    const at = offset + packet * stride;
    if (at >= bytes.length) break;
    if (bytes[at] !== TS_SYNC) return false;
  }
  return true;
}

function isMpegTs(bytes: Uint8Array): boolean {
  // A live stream may be cut mid-packet by the server: look for the alignment in the first packet.
  for (let offset = 0; offset < 188 && offset < bytes.length; offset++) {
    if (bytes[offset] === TS_SYNC && tsAligned(bytes, 188, offset)) return true;
  }
  return bytes.length >= 196 && bytes[4] === TS_SYNC && tsAligned(bytes, 192, 4);
}

function fourCc(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0);
}

function bmffKind(bytes: Uint8Array): MediaKind | null {
  if (bytes.length < 8) return null;
  const size =
    (((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)) >>> 0;
  const type = fourCc(bytes, 4);
  // size 1 means a 64-bit size follows; 0 means "to the end of the file" (§4.2).
  if (size !== 0 && size !== 1 && size < 8) return null;
  if (!BMFF_FIRST_BOXES.has(type)) return null;
  // A file or an init segment starts with ftyp/moov; a fragment of a live stream with styp/moof/sidx.
  return type === 'ftyp' || type === 'moov' || type === 'free' ? 'mp4' : 'fmp4';
}

function isAdts(bytes: Uint8Array): boolean {
  return bytes.length >= 7 && bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xf6) === 0xf0;
}

export function mediaKind(bytes: Uint8Array): MediaKind | null {
  if (bytes.length === 0) return null;
  if (isMpegTs(bytes)) return 'mpeg-ts';
  const box = bmffKind(bytes);
  if (box) return box;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) return 'id3';
  if (isAdts(bytes)) return 'adts';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm';
  if (bytes[0] === 0x46 && bytes[1] === 0x4c && bytes[2] === 0x56 && bytes[3] === 0x01) return 'flv';
  return null;
}

/** What a non-media body looks like, in a few words for the detail line. */
export function bodyLooksLike(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'an empty body';
  const head = latin1(bytes.subarray(0, 256)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head'))
    return 'an HTML page';
  if (head.startsWith('<?xml') || head.startsWith('<')) return 'an XML or HTML document';
  if (head.startsWith('{') || head.startsWith('[')) return 'a JSON document';
  if (head.startsWith('#extm3u')) return 'a playlist';
  const printable = [...bytes.subarray(0, 64)].every(
    (byte) => byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127),
  );
  return printable ? 'plain text' : 'unknown binary data';
}

/** Bytes as text without a decoder that could throw: playlists and manifests are ASCII or UTF-8. */
function latin1(bytes: Uint8Array): string {
  const chars: string[] = [];
  for (const byte of bytes) chars.push(String.fromCharCode(byte));
  return chars.join('');
}

/** UTF-8 text of a playlist, manifest or panel reply; invalid sequences become U+FFFD, never an exception. */
export function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export type DocumentKind = 'hls' | 'dash' | 'm3u' | null;

/** A playlist or manifest, whatever the URL's extension claimed. */
export function documentKind(text: string): DocumentKind {
  const head = text.replace(/^\ufeff/, '').trimStart();
  if (head.startsWith('#EXTM3U'))
    return /#EXT-X-(?:TARGETDURATION|STREAM-INF|MEDIA-SEQUENCE|VERSION|MAP|INDEPENDENT|PLAYLIST-TYPE|ENDLIST|MEDIA:)/.test(
      head.slice(0, 65_536),
    )
      ? 'hls'
      : 'm3u';
  const start = head.slice(0, 1024);
  if (/<MPD[\s>]/.test(start)) return 'dash';
  return null;
}
