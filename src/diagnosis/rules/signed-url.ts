/**
 * Signed stream links carry their own expiry; a CDN refuses them once it is past. When the link the player
 * used was already dead at request time, the refusal is the service's token rule, not a ban.
 */
import type { Exchange } from '../../types.ts';

/**
 * Expiry parameters of common signing schemes, in seconds since epoch: nginx secure_link (`expires`, `e`),
 * CloudFront canned policy (`Expires`), Akamai token auth (`exp=` inside `hdnts`), Wowza/Flussonic style
 * (`exp`, `validto`); Vimeo's progressive-download links, `token=<expiry>-0x<hmac>`: its API gives the same second as
 * the link's `link_expiration_time` (a video object in vimeo/vimeo-unity-sdk's VimeoVideoTest.cs: token=1538089139-0x…
 * beside "2018-09-27T22:58:59+00:00"), and such a link answered "410 Gone" months after it
 * (https://github.com/phusion/passenger/issues/2120). Its streaming links carry the same pair as their first path
 * segment, skyfire.vimeocdn.com/1582488944-0x…/…/master.json, and answered "410 Gone" once it had passed
 * (https://github.com/ytdl-org/youtube-dl/issues/24133). There the signature is read by its place, not its form: a copy
 * with it masked keeps the time.
 */
const EXPIRY =
  /[?&](?:expires|exp|e|validto|valid_to)=(\d{9,11})(?:&|$)|[?&]hdnts=[^&?]*?exp(?:=|%3D)(\d{9,11})|[?&]token=(\d{10})-0x[0-9a-f]{8}|\.vimeocdn\.com\/(\d{10})-[\w.~%-]{6,200}\//i;

export function expiredSignature(exchange: Exchange): string | null {
  if (exchange.status !== 403 && exchange.status !== 410 && exchange.status !== 401) return null;
  const match = EXPIRY.exec(exchange.url);
  const seconds = Number(match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4]);
  if (!seconds || !exchange.startedAt) return null;
  const lateBy = Math.round(exchange.startedAt / 1000 - seconds);
  if (lateBy <= 0) return null;
  return `signed link expired ${lateBy >= 120 ? `${Math.round(lateBy / 60)} min` : `${lateBy} s`} before the request`;
}
