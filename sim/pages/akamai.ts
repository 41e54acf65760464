/**
 * Akamai's edge denial: 403 from `server: AkamaiGHost`, an "Access Denied" page whose URL and
 * "Reference #18.…" are written with HTML character references, followed by an errors.edgesuite.net link.
 * Shape taken from published responses and Akamai's community post "Why is Akamai blocking me?".
 */
import { akamaiReference } from '../prng.ts';
import { httpDate, type PageContext, type SimResponse } from '../response.ts';

/** Akamai writes ':' '/' '.' '-' and the like as numeric character references on this page. */
function akamaiEncode(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function akamaiAccessDenied(ctx: PageContext): SimResponse {
  const reference = akamaiReference(ctx.prng, ctx.now);
  const body = `<HTML><HEAD>
<TITLE>Access Denied</TITLE>
</HEAD><BODY>
<H1>Access Denied</H1>
 
You don't have permission to access "${akamaiEncode(ctx.url)}" on this server.<P>
Reference&#32;&#35;${akamaiEncode(reference)}
<P>${akamaiEncode(`https://errors.edgesuite.net/${reference}`)}</P>
</BODY>
</HTML>
`;
  return {
    status: 403,
    headers: {
      server: 'AkamaiGHost',
      'mime-version': '1.0',
      'content-type': 'text/html',
      expires: httpDate(ctx.now),
      'cache-control': 'max-age=0, no-cache, no-store',
      pragma: 'no-cache',
      date: httpDate(ctx.now),
    },
    body,
  };
}
