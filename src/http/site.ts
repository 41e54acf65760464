/** Which site a host belongs to: the redirect readings ask whether two hosts are one site's. */

/** Second-level labels under which sites register (example.co.uk): the site is the last three labels there. */
const SHARED_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ne', 'or', 'go']);

/** The site a host belongs to, roughly its registrable name: accounts.tv.example and www.tv.example share one. */
export function siteOf(host: string): string {
  const bare = host.replace(/:\d+$/, '').toLowerCase();
  if (/^[\d.]+$/.test(bare) || bare.includes('[')) return bare;
  const labels = bare.split('.');
  const keep =
    labels.length >= 3 && (labels.at(-1)?.length ?? 0) === 2 && SHARED_SECOND_LEVEL.has(labels.at(-2) ?? '')
      ? 3
      : 2;
  return labels.slice(-keep).join('.');
}
