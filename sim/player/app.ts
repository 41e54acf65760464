/**
 * The simulated provider's web player: log in through player_api.php, list channels with what is on now,
 * play a channel with hls.js, and let a tester switch scenario and network. Everything shown is text
 * (textContent), never markup from the service. `body[data-status]` tells tests and screenshots where it is.
 */
import Hls from 'hls.js';
import {
  control,
  type Exchange,
  getJson,
  getText,
  hostOrigin,
  nowPlaying,
  PASSWORD,
  type SimStateReply,
  type StreamInfo,
  USERNAME,
} from './service.ts';

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing from the player page`);
  return element as T;
};

const lang: 'en' | 'fr' = navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
const params = new URLSearchParams(location.search);
const panel = hostOrigin(location, 'panel');
const epg = hostOrigin(location, 'epg');
const credentials = `username=${USERNAME}&password=${encodeURIComponent(PASSWORD)}`;
const LOG_LINES = 60;
let hls: Hls | null = null;

function setStatus(kind: 'loading' | 'playing' | 'error' | 'idle', message: string): void {
  document.body.dataset.status = kind;
  $('status').textContent = message;
}

function logExchange(exchange: Exchange): void {
  const item = document.createElement('li');
  const where = new URL(exchange.url, location.href);
  const shown = `${where.host}${where.pathname}`.replace(`/${encodeURIComponent(PASSWORD)}/`, '/***/');
  const result =
    exchange.status === 0 ? `failed${exchange.note ? ` (${exchange.note})` : ''}` : String(exchange.status);
  item.textContent = `${exchange.method} ${shown} → ${result}`;
  if (exchange.status === 0 || exchange.status >= 400) item.className = 'bad';
  const log = $('log');
  log.prepend(item);
  while (log.children.length > LOG_LINES) log.lastElementChild?.remove();
}

function showState(state: SimStateReply): void {
  const select = $<HTMLSelectElement>('scenario');
  select.replaceChildren(
    ...state.scenarios.map((s) => {
      const option = document.createElement('option');
      option.value = s.id;
      option.textContent = `${s.id} — ${s.label[lang]}`;
      return option;
    }),
  );
  select.value = state.scenario;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="network"]')) {
    radio.checked = radio.value === state.network;
  }
}

function play(stream: StreamInfo): void {
  hls?.destroy();
  const video = $<HTMLVideoElement>('video');
  $('now-playing').textContent = stream.name;
  setStatus('loading', `Opening ${stream.name}…`);
  const source = `${panel}/live/${USERNAME}/${encodeURIComponent(PASSWORD)}/${stream.stream_id}.m3u8`;
  if (!Hls.isSupported()) {
    setStatus('error', 'This browser cannot play HLS through Media Source Extensions.');
    return;
  }
  const player = new Hls({ liveSyncDurationCount: 2 });
  hls = player;
  player.on(Hls.Events.MANIFEST_LOADED, (_event, data) => {
    logExchange({ method: 'GET', url: data.url, status: 200 });
  });
  player.on(Hls.Events.FRAG_LOADED, (_event, data) => {
    logExchange({ method: 'GET', url: data.frag.url, status: 200 });
    setStatus('playing', `Playing ${stream.name}`);
  });
  player.on(Hls.Events.ERROR, (_event, data) => {
    // After the panel's redirect the refusal comes from the CDN: the XHR's responseURL says which host.
    const finalUrl = data.networkDetails instanceof XMLHttpRequest ? data.networkDetails.responseURL : '';
    const url = finalUrl || data.response?.url || data.context?.url || data.frag?.url || data.url || source;
    if (data.response || data.details.endsWith('Error') || data.details.endsWith('TimeOut')) {
      logExchange({ method: 'GET', url, status: data.response?.code ?? 0, note: data.details });
    }
    if (data.fatal) {
      const code = data.response?.code;
      setStatus('error', `${stream.name}: ${data.details}${code ? ` (HTTP ${code})` : ''}`);
      player.destroy();
      if (hls === player) hls = null;
    }
  });
  player.loadSource(source);
  player.attachMedia(video);
  video.muted = true;
  video.play().catch(() => undefined);
}

/** Channels from get.php's #EXTM3U, for when player_api gave no line-up (as apps fall back to). */
async function streamsFromM3u(): Promise<StreamInfo[] | null> {
  const m3u = await getText(`${panel}/get.php?${credentials}&type=m3u_plus&output=m3u8`, logExchange);
  if (!m3u) return null;
  const streams: StreamInfo[] = [];
  const lines = m3u.split('\n');
  lines.forEach((line, index) => {
    const info = /^#EXTINF:[^,]*tvg-id="([^"]*)"[^,]*,(.*)$/.exec(line);
    const id = /\/(\d+)\.m3u8$/.exec(lines[index + 1] ?? '');
    if (info && id)
      streams.push({ stream_id: Number(id[1]), name: info[2] ?? '', epg_channel_id: info[1] ?? '' });
  });
  return streams.length > 0 ? streams : null;
}

function renderChannels(streams: StreamInfo[], titles: Map<string, string>): void {
  $('channels').replaceChildren(
    ...streams.map((stream) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = stream.name;
      const now = document.createElement('small');
      now.textContent = titles.get(stream.epg_channel_id) ?? '';
      button.append(now);
      button.addEventListener('click', () => play(stream));
      item.append(button);
      return item;
    }),
  );
}

/**
 * Logs in, loads the line-up and the guide, then plays. Like real apps it does not stop at a refused
 * login: it falls back to the M3U, then to the channel it remembers, so refusals further down show too.
 */
async function connect(): Promise<void> {
  hls?.destroy();
  hls = null;
  setStatus('loading', 'Logging in…');
  const login = (await getJson(`${panel}/player_api.php?${credentials}`, logExchange)) as {
    user_info?: { auth?: number; status?: string; active_cons?: string; max_connections?: string };
  } | null;
  const user = login?.user_info;
  let note: string;
  if (!user) note = 'The panel did not answer the login';
  else if (user.auth !== 1) note = 'The panel rejected the credentials (auth: 0)';
  else
    note = `Logged in: account ${user.status ?? '?'}, connections ${user.active_cons ?? '?'}/${user.max_connections ?? '?'}`;
  const catalog = await getJson(
    `${panel}/player_api.php?${credentials}&action=get_live_streams`,
    logExchange,
  );
  const remembered = Number(params.get('channel')) || 101;
  const streams = (Array.isArray(catalog) ? (catalog as StreamInfo[]) : null) ??
    (await streamsFromM3u()) ?? [
      { stream_id: remembered, name: `Channel ${remembered}`, epg_channel_id: '' },
    ];
  const guide = await getText(`${epg}/xmltv.php?${credentials}`, logExchange);
  renderChannels(streams, guide ? nowPlaying(guide, Date.now()) : new Map<string, string>());
  setStatus(user?.auth === 1 ? 'idle' : 'error', `${note}.`);
  const first = streams.find((s) => s.stream_id === remembered) ?? streams[0];
  if (first && params.get('autoplay') !== '0') play(first);
}

async function start(): Promise<void> {
  showState(await control('state'));
  $<HTMLSelectElement>('scenario').addEventListener('change', async (event) => {
    showState(await control('scenario', { id: (event.target as HTMLSelectElement).value }));
    await connect();
  });
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="network"]')) {
    radio.addEventListener('change', async () => {
      showState(await control('network', { label: radio.value }));
      await connect();
    });
  }
  $('reconnect').addEventListener('click', () => void connect());
  await connect();
}

start().catch((error: unknown) => setStatus('error', `Player failed to start: ${String(error)}`));
