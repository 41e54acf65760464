/**
 * The player's view of the simulated service: where its hosts are and how to talk to them. Runs in the
 * browser. Hosts follow the page: on *.iptv.test (mapped by --host-resolver-rules) it uses *.iptv.test,
 * elsewhere *.localhost, which browsers resolve to loopback by themselves.
 */

export const USERNAME = 'demo';
export const PASSWORD = 's3cret-pass';

interface ScenarioSummary {
  id: string;
  label: { en: string; fr: string };
}

export interface SimStateReply {
  scenario: string;
  network: string;
  scenarios: ScenarioSummary[];
}

export interface StreamInfo {
  stream_id: number;
  name: string;
  epg_channel_id: string;
}

export interface Exchange {
  method: string;
  url: string;
  status: number;
  note?: string;
}

function serviceDomain(location: Location): string {
  const forced = new URLSearchParams(location.search).get('domain');
  if (forced) return forced;
  return location.hostname === 'iptv.test' || location.hostname.endsWith('.iptv.test')
    ? 'iptv.test'
    : 'localhost';
}

export function hostOrigin(location: Location, site: 'panel' | 'epg'): string {
  const port = location.port ? `:${location.port}` : '';
  return `http://${site}.${serviceDomain(location)}${port}`;
}

export async function control(path: string, params: Record<string, string> = {}): Promise<SimStateReply> {
  const query = new URLSearchParams(params).toString();
  const response = await fetch(`/__sim/${path}${query ? `?${query}` : ''}`, {
    method: Object.keys(params).length > 0 ? 'POST' : 'GET',
  });
  return (await response.json()) as SimStateReply;
}

/** A GET whose outcome is always reported, transport failures included (status 0). */
export async function getJson(url: string, onExchange: (e: Exchange) => void): Promise<unknown> {
  try {
    const response = await fetch(url);
    onExchange({ method: 'GET', url, status: response.status });
    if (!response.ok) return null;
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  } catch (error) {
    onExchange({ method: 'GET', url, status: 0, note: String(error) });
    return null;
  }
}

export async function getText(url: string, onExchange: (e: Exchange) => void): Promise<string | null> {
  try {
    const response = await fetch(url);
    onExchange({ method: 'GET', url, status: response.status });
    return response.ok ? await response.text() : null;
  } catch (error) {
    onExchange({ method: 'GET', url, status: 0, note: String(error) });
    return null;
  }
}

/** Now-playing titles by XMLTV channel id, read from the guide with DOMParser (no markup is injected). */
export function nowPlaying(xml: string, now: number): Map<string, string> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const titles = new Map<string, string>();
  const parse = (stamp: string | null): number => {
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(stamp ?? '');
    return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN;
  };
  for (const programme of Array.from(doc.getElementsByTagName('programme'))) {
    const start = parse(programme.getAttribute('start'));
    const stop = parse(programme.getAttribute('stop'));
    const channel = programme.getAttribute('channel');
    if (channel && start <= now && now < stop) {
      titles.set(channel, programme.getElementsByTagName('title')[0]?.textContent ?? '');
    }
  }
  return titles;
}
