import { getHeader } from '../../http/headers.ts';
import type { EdgeLocation, Header } from '../../types.ts';

/** What a header says about the POP: the code as sent, and the IATA/metro code to look up when there is one. */
interface PopReading {
  pop: string;
  code?: string;
  /** Country when the vendor names the POP by country rather than by airport. */
  country?: string;
}

interface EdgeReader {
  vendor: string;
  header: string;
  read(value: string): PopReading | null;
}

/**
 * bunny.net names POPs "<region><n>" (Server: BunnyCDN-DE1-1086). Only the region codes that are plainly
 * ISO countries are mapped; two-letter US city codes (LA, NY, MI…) would be mistaken for countries.
 */
const BUNNY_COUNTRIES: Readonly<Record<string, string>> = {
  DE: 'DE',
  FR: 'FR',
  UK: 'GB',
  NL: 'NL',
  ES: 'ES',
  IT: 'IT',
  PL: 'PL',
  CZ: 'CZ',
  AT: 'AT',
  CH: 'CH',
  PT: 'PT',
  RO: 'RO',
  BG: 'BG',
  HU: 'HU',
  DK: 'DK',
  NO: 'NO',
  FI: 'FI',
  TR: 'TR',
  IL: 'IL',
  ZA: 'ZA',
  BR: 'BR',
  JP: 'JP',
  SG: 'SG',
  HK: 'HK',
  AU: 'AU',
};

/** Only what vendors document publicly; Akamai and Azure Front Door do not expose their POP in clear text. */
const EDGE_READERS: readonly EdgeReader[] = [
  {
    // "<16 hex>-<IATA>": https://developers.cloudflare.com/fundamentals/reference/cloudflare-ray-id/
    vendor: 'cloudflare',
    header: 'cf-ray',
    read: (value) => {
      const code = /^[0-9a-f]+-([a-z]{3})$/i.exec(value.trim())?.[1]?.toUpperCase();
      return code ? { pop: code, code } : null;
    },
  },
  {
    // "FRA56-P1", "CDG50-C1": IATA code, site number, suffix. The edge location field of
    // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html
    vendor: 'cloudfront',
    header: 'x-amz-cf-pop',
    read: (value) => {
      const pop = value.trim();
      const code = /^([a-z]{3})\d+(?:-[a-z0-9]+)?$/i.exec(pop)?.[1]?.toUpperCase();
      return code ? { pop, code } : null;
    },
  },
  {
    // "cache-{dc}{node}-{DC}", one entry per node; each node appends itself as the response travels back, so
    // the last entry is the delivery node nearest the viewer (the others are shields).
    // https://www.fastly.com/documentation/reference/http/http-headers/X-Served-By/
    vendor: 'fastly',
    header: 'x-served-by',
    read: (value) => {
      const last = value.split(',').at(-1)?.trim() ?? '';
      const code = /^cache-[a-z0-9-]+-([a-z]{3})$/i.exec(last)?.[1]?.toUpperCase();
      return code ? { pop: code, code } : null;
    },
  },
  {
    // "cdg1::iad1::…": the regions the request hit, the edge first. https://vercel.com/docs/headers/request-headers
    vendor: 'vercel',
    header: 'x-vercel-id',
    read: (value) => {
      const region = /^([a-z]{3})\d+::/i.exec(value.trim())?.[1];
      return region ? { pop: value.trim().split('::')[0] ?? region, code: region.toUpperCase() } : null;
    },
  },
  {
    // "Server: BunnyCDN-{PoP Code}-{Server-ID}": https://docs.bunny.net/cdn/troubleshooting/run-traceroute
    vendor: 'bunny',
    header: 'server',
    read: (value) => {
      const found = /^BunnyCDN-([A-Z]+)(\d*)-\d+$/i.exec(value.trim());
      const region = found?.[1]?.toUpperCase();
      if (!found || !region) return null;
      const country = BUNNY_COUNTRIES[region];
      return { pop: `${region}${found[2] ?? ''}`, ...(country ? { country } : {}) };
    },
  },
];

/**
 * The POP that answered, when a CDN says it in a header. The city is not looked up here: the worker reads
 * this on every refused request and a 300-row airport table would ride along; readers that show a place
 * call `edgePlace` (src/knowledge/edges/pop-codes.ts).
 */
export function edgeLocation(headers: readonly Header[]): EdgeLocation | null {
  for (const reader of EDGE_READERS) {
    const value = getHeader(headers, reader.header);
    if (value === undefined) continue;
    const reading = reader.read(value);
    if (!reading) continue;
    const location: EdgeLocation = {
      vendor: reader.vendor,
      pop: reading.pop,
      evidence: `${reader.header}: ${value.trim()}`.slice(0, 120),
    };
    if (reading.code) location.code = reading.code;
    if (reading.country) location.country = reading.country;
    return location;
  }
  return null;
}
