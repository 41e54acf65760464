/** The EPG host (epg.iptv.test): the XMLTV guide, as providers often serve it from a separate server. */
import { xmltvGuide } from './catalog.ts';
import { nginxHeaders } from './pages/origin.ts';
import type { Route } from './routes.ts';

export function routeGuide(url: URL): Route | null {
  if (url.pathname !== '/xmltv.php' && url.pathname !== '/epg.xml') return null;
  return {
    endpoint: 'guide',
    streamId: null,
    handle: (ctx) => ({
      status: 200,
      headers: nginxHeaders(ctx.page, 'application/xml'),
      body: xmltvGuide(ctx.page.now),
    }),
  };
}
