/**
 * Signed stream links carry their own expiry; a CDN refuses them once it is past. When the link the player
 * used was already dead at request time, the refusal is the service's token rule, not a ban.
 */
import type { Exchange } from '../../types.ts';

/**
 * Expiry parameters of common signing schemes, in seconds since epoch: nginx secure_link (`expires`, `e`),
 * CloudFront canned policy (`Expires`), Akamai token auth (`exp=` inside `hdnts` or `hdntl`, e.g.
 * hdntl=exp=1469242277~acl=…~hmac=… in https://github.com/chrippa/livestreamer/issues/1412, "once that time passes, the
 * URL … will return a 403 response" in https://github.com/chrippa/livestreamer/issues/1262), Wowza/Flussonic style
 * (`exp`, `validto`); Vimeo's progressive-download links, `token=<expiry>-0x<hmac>`: its API gives the same second as
 * the link's `link_expiration_time` (a video object in vimeo/vimeo-unity-sdk's VimeoVideoTest.cs: token=1538089139-0x…
 * beside "2018-09-27T22:58:59+00:00"), and such a link answered "410 Gone" months after it
 * (https://github.com/phusion/passenger/issues/2120). Akamai's token also rides as a path segment, as Vimeo's links on
 * Akamai carry it: vod-progressive.akamaized.net/exp=1624452918~acl=%2Fvimeo-prod-skyfire-std-us%2F…~hmac=…/…mp4,
 * refused "Access Denied" (https://github.com/safak/youtube/issues/127).
 */
const EXPIRY =
  /[?&](?:expires|exp|e|validto|valid_to)=(\d{9,11})(?:&|$)|[?&]hdnt[sl]=[^&?]*?exp(?:=|%3D)(\d{9,11})|[?&]token=(\d{10})-0x[0-9a-f]{8}|\/exp=(\d{9,11})~(?:acl|hmac|data)=/i;

/**
 * Vimeo's streaming links carry their expiry and signature as their first path segment,
 * skyfire.vimeocdn.com/1582488944-0x…/…/master.json, and answered "410 Gone" once it had passed
 * (https://github.com/ytdl-org/youtube-dl/issues/24133). The signature is read by its place, not its form (a copy with it
 * masked keeps the time); on that host only, as the link's own address (not inside another's query), and only a time
 * within a year before the request: ten digits there may be a clip's number (review).
 */
const SKYFIRE = /^https?:\/\/skyfire\.vimeocdn\.com\/(\d{10})-[\w.~%-]{6,200}\//i;
const SKYFIRE_LATEST = 366 * 24 * 3600;

export function expiredSignature(exchange: Exchange): string | null {
  if (exchange.status !== 403 && exchange.status !== 410 && exchange.status !== 401) return null;
  if (!exchange.startedAt) return null;
  const match = EXPIRY.exec(exchange.url);
  const skyfire = match ? null : SKYFIRE.exec(exchange.url);
  const seconds = Number(match?.[1] ?? match?.[2] ?? match?.[3] ?? match?.[4] ?? skyfire?.[1]);
  if (!seconds) return null;
  const lateBy = Math.round(exchange.startedAt / 1000 - seconds);
  if (lateBy <= 0 || (skyfire && lateBy > SKYFIRE_LATEST)) return null;
  return `signed link expired ${lateBy >= 120 ? `${Math.round(lateBy / 60)} min` : `${lateBy} s`} before the request`;
}
