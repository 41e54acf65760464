/**
 * Tiny but real MPEG-TS segments: a PAT, a PMT declaring one ADTS AAC stream, and PES packets of silent AAC
 * frames. hls.js demuxes them and a <video> element plays silence, so the `ok` scenario behaves like a real
 * live channel (playlist reloads, segment after segment) instead of stopping on a parsing error.
 * ISO/IEC 13818-1 gives the packet, PAT/PMT and PES layouts; ISO/IEC 13818-7 the ADTS header.
 */

export const TS_PACKET_SIZE = 188;
const PMT_PID = 0x1000;
const AUDIO_PID = 0x0101;
const SAMPLE_RATE = 48_000;
/** ADTS sampling_frequency_index of 48 kHz. */
const SAMPLE_RATE_INDEX = 3;
const SAMPLES_PER_FRAME = 1024;
/** A silent mono AAC-LC raw data block, the same bytes hls.js uses to fill audio gaps (AAC.getSilentFrame). */
const SILENT_MONO_AAC_FRAME = [0x00, 0xc8, 0x00, 0x80, 0x23, 0x80];
/** 96 frames of 1024 samples at 48 kHz: exactly 2.048 s per segment. */
const FRAMES_PER_SEGMENT = 96;
export const SEGMENT_SECONDS = (FRAMES_PER_SEGMENT * SAMPLES_PER_FRAME) / SAMPLE_RATE;
const PTS_CLOCK = 90_000;
const PTS_WRAP = 2 ** 33;
/** Integer ticks of the 90 kHz clock per segment, so timestamps stay exact for large sequence numbers. */
const PTS_PER_SEGMENT = (FRAMES_PER_SEGMENT * SAMPLES_PER_FRAME * PTS_CLOCK) / SAMPLE_RATE;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let crc = i << 24;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
    table[i] = crc >>> 0;
  }
  return table;
})();

/** CRC-32/MPEG-2 (no reflection, no final xor), which PSI sections end with. */
export function crc32Mpeg2(bytes: ArrayLike<number>): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    crc = ((crc << 8) ^ (CRC_TABLE[((crc >>> 24) ^ (bytes[i] ?? 0)) & 0xff] ?? 0)) >>> 0;
  }
  return crc >>> 0;
}

function withCrc(section: number[]): number[] {
  const crc = crc32Mpeg2(section);
  return [...section, (crc >>> 24) & 0xff, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
}

function patSection(): number[] {
  return withCrc([
    0x00,
    0xb0,
    0x0d,
    0x00,
    0x01,
    0xc1,
    0x00,
    0x00,
    0x00,
    0x01,
    0xe0 | (PMT_PID >> 8),
    PMT_PID & 0xff,
  ]);
}

function pmtSection(): number[] {
  return withCrc([
    0x02,
    0xb0,
    0x12,
    0x00,
    0x01,
    0xc1,
    0x00,
    0x00,
    0xe0 | (AUDIO_PID >> 8),
    AUDIO_PID & 0xff,
    0xf0,
    0x00,
    // stream_type 0x0F: ISO/IEC 13818-7 audio with ADTS transport syntax.
    0x0f,
    0xe0 | (AUDIO_PID >> 8),
    AUDIO_PID & 0xff,
    0xf0,
    0x00,
  ]);
}

function adtsFrame(): number[] {
  const length = 7 + SILENT_MONO_AAC_FRAME.length;
  const profile = 1; // AAC-LC is object type 2, written as type minus one.
  const channels = 1;
  return [
    0xff,
    0xf1,
    (profile << 6) | (SAMPLE_RATE_INDEX << 2) | (channels >> 2),
    ((channels & 3) << 6) | ((length >> 11) & 3),
    (length >> 3) & 0xff,
    ((length & 7) << 5) | 0x1f,
    0xfc,
    ...SILENT_MONO_AAC_FRAME,
  ];
}

function ptsBytes(pts: number): number[] {
  const high = Math.floor(pts / 2 ** 30) & 0x07;
  const low30 = pts % 2 ** 30;
  return [
    0x21 | (high << 1),
    (low30 >>> 22) & 0xff,
    ((low30 >>> 14) & 0xfe) | 1,
    (low30 >>> 7) & 0xff,
    ((low30 << 1) & 0xfe) | 1,
  ];
}

function pesPacket(pts: number): number[] {
  const payload: number[] = [];
  for (let i = 0; i < FRAMES_PER_SEGMENT; i++) payload.push(...adtsFrame());
  const header = [0x80, 0x80, 0x05, ...ptsBytes(pts)];
  const length = header.length + payload.length;
  return [0x00, 0x00, 0x01, 0xc0, (length >> 8) & 0xff, length & 0xff, ...header, ...payload];
}

/** Splits one payload unit into 188-byte packets, stuffing the last one through its adaptation field. */
function packetize(pid: number, unit: number[], psi: boolean): number[][] {
  const data = psi ? [0x00, ...unit] : unit;
  const packets: number[][] = [];
  let offset = 0;
  let counter = 0;
  while (offset < data.length) {
    const first = offset === 0;
    const remaining = data.length - offset;
    const header = [0x47, ((first ? 1 : 0) << 6) | ((pid >> 8) & 0x1f), pid & 0xff];
    if (psi || remaining >= 184) {
      const chunk = data.slice(offset, offset + 184);
      while (chunk.length < 184) chunk.push(0xff);
      packets.push([...header, 0x10 | counter, ...chunk]);
      offset += 184;
    } else {
      const stuffing = 184 - remaining;
      const adaptation =
        stuffing === 1 ? [0x00] : [stuffing - 1, 0x00, ...new Array<number>(stuffing - 2).fill(0xff)];
      packets.push([...header, 0x30 | counter, ...adaptation, ...data.slice(offset)]);
      offset = data.length;
    }
    counter = (counter + 1) & 0x0f;
  }
  return packets;
}

/** One segment of silent audio whose timestamps continue from the previous sequence number. */
export function mpegTsSegment(sequence: number): Uint8Array {
  const pts = (sequence * PTS_PER_SEGMENT + 10 * PTS_CLOCK) % PTS_WRAP;
  const packets = [
    ...packetize(0, patSection(), true),
    ...packetize(PMT_PID, pmtSection(), true),
    ...packetize(AUDIO_PID, pesPacket(pts), false),
  ];
  return Uint8Array.from(packets.flat());
}
