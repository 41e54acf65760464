/**
 * The check lab's Stalker / Ministra portal (stalker.lab.localhost, at /portal.php and
 * /stalker_portal/server/load.php). Replies are wrapped in {"js": …} as the portal's JsHttpRequest backend
 * does (iptvhakr/stalker_portal: server/lib/stb.class.php handshake/getProfile, accountinfo.class.php
 * getMainInfo, itv.class.php createLink). MAC rules: one box works, one is blocked by the operator, one is at
 * its connection limit (create_link answers error "limit"), any other MAC is not registered.
 */
import type { PageContext, SimResponse } from '../response.ts';
import type { LabLinks } from './channels.ts';
import { headers } from './streams.ts';

export const STALKER_MACS = {
  works: '00:1A:79:00:00:01',
  blocked: '00:1A:79:00:00:02',
  limit: '00:1A:79:00:00:03',
} as const;

const CHANNELS = [
  { id: '301', name: 'Lab Portal 1', cmd: 'ffrt http://localhost/ch/301', tv_genre_id: '10' },
  { id: '302', name: 'Lab Portal 2', cmd: 'ffrt http://localhost/ch/302', tv_genre_id: '10' },
  { id: '303', name: 'Lab Portal 3', cmd: 'ffrt http://localhost/ch/303', tv_genre_id: '11' },
];

/** Tokens handed out, by MAC: a call without the right Bearer token is refused. */
const tokens = new Map<string, string>();

function reply(js: unknown, ctx: PageContext): SimResponse {
  return {
    status: 200,
    headers: headers('text/javascript; charset=utf-8', ctx.now),
    body: JSON.stringify({ js }),
  };
}

function cookieMac(cookie: string): string | null {
  const match = /(?:^|;\s*)mac=([^;]+)/.exec(cookie);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]).toUpperCase();
  } catch {
    return null;
  }
}

export function stalkerRoute(
  url: URL,
  request: { cookie: string; authorization: string },
  ctx: PageContext,
  links: LabLinks,
): SimResponse | null {
  if (url.pathname !== '/portal.php' && url.pathname !== '/stalker_portal/server/load.php') return null;
  const q = url.searchParams;
  const mac = cookieMac(request.cookie);
  const action = q.get('action');
  if (!mac) return { status: 200, headers: headers('text/plain', ctx.now), body: 'Authorization failed.' };
  if (action === 'handshake') {
    const token = `T${ctx.prng.hex(16).toUpperCase()}`;
    tokens.set(mac, token);
    return reply({ token }, ctx);
  }
  if (request.authorization !== `Bearer ${tokens.get(mac) ?? '-'}`)
    return { status: 200, headers: headers('text/plain', ctx.now), body: 'Authorization failed.' };
  const known = Object.values(STALKER_MACS).includes(mac as (typeof STALKER_MACS)[keyof typeof STALKER_MACS]);
  switch (action) {
    case 'get_profile':
      if (!known)
        return reply(
          { status: 1, block_msg: 'Please contact your provider<br>to register this device!' },
          ctx,
        );
      if (mac === STALKER_MACS.blocked)
        return reply({ status: 1, block_msg: 'Your subscription is blocked. Call the provider.' }, ctx);
      return reply({ status: 0, id: '17', name: 'lab box', mac, play_token: ctx.prng.hex(8) }, ctx);
    case 'get_main_info':
      return reply(
        {
          mac,
          phone: '+33 1 00 00 00 00',
          fname: 'Lab Viewer',
          ls: '1001',
          end_date: new Date(ctx.now + 60 * 86_400_000).toISOString().slice(0, 19).replace('T', ' '),
        },
        ctx,
      );
    case 'get_genres':
      return reply(
        [
          { id: '10', title: 'Lab Genre A' },
          { id: '11', title: 'Lab Genre B' },
        ],
        ctx,
      );
    case 'get_all_channels':
      return reply({ total_items: CHANNELS.length, data: CHANNELS }, ctx);
    case 'create_link': {
      if (!known || mac === STALKER_MACS.blocked)
        return { status: 200, headers: headers('text/plain', ctx.now), body: 'Access denied.' };
      const id = /\/ch\/(\d+)/.exec(q.get('cmd') ?? '')?.[1];
      if (!id) return reply({ id: '', cmd: '', error: 'nothing_to_play' }, ctx);
      if (mac === STALKER_MACS.limit) return reply({ id, cmd: '', error: 'limit' }, ctx);
      return reply(
        { id, cmd: `ffmpeg ${links.origin('tv')}/live/${id}.ts?play_token=${ctx.prng.hex(10)}`, error: '' },
        ctx,
      );
    }
    default:
      return reply([], ctx);
  }
}
