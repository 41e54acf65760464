import type { VendorRow } from '../schema.ts';

/**
 * Generic server software. These rows only say which program wrote the answer, most often the service's own
 * server: they never outrank a real CDN or firewall and never claim a block.
 */
export const GENERIC_ROWS: readonly VendorRow[] = [
  {
    id: 'varnish',
    name: 'Varnish cache',
    kind: 'origin',
    markers: [
      // X-Varnish, Via … varnish (Wappalyzer "Varnish").
      { on: 'header', key: 'x-varnish', weight: 0.5 },
      { on: 'header', key: 'via', value: /varnish/i, weight: 0.4 },
      // Default synthetic error page: "Error 503 Backend fetch failed … Guru Meditation".
      // https://varnish-cache.org/docs/trunk/users-guide/vcl-built-in-subs.html
      { on: 'body', key: 'Guru Meditation', weight: 0.6, own: true },
    ],
    statusRules: [
      {
        statuses: [502, 503, 504],
        action: 'origin-error',
        when: 'own-page',
      },
    ],
  },
  {
    id: 'envoy',
    name: 'Envoy proxy',
    kind: 'origin',
    markers: [
      // Its Server header, "envoy" by default (server_name, https://www.envoyproxy.io/docs/envoy/latest/api-v3/extensions/filters/network/http_connection_manager/v3/http_connection_manager.proto),
      // "istio-envoy" in Istio's sidecars and gateways: the service's own proxy answered, e.g. Istio's "Origin
      // authentication failed." behind Google's load balancer (https://github.com/istio/istio/issues/22610).
      { on: 'header', key: 'server', value: /^(?:istio-)?envoy$/i, weight: 0.2 },
      // Its own answer when it could not reach the service behind it, "upstream connect error or disconnect/reset before
      // headers. reset reason: connection failure" (a 503 with "server: envoy", https://github.com/istio/istio/issues/20475).
      {
        on: 'body-match',
        key: 'upstream failure',
        value: /^\s*upstream connect error or disconnect\/reset before headers\./,
        weight: 0.9,
        own: true,
        statuses: [502, 503, 504],
      },
    ],
  },
  {
    id: 'nginx',
    name: 'nginx',
    kind: 'origin',
    markers: [
      // Server token and the default error page footer: https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens
      { on: 'header', key: 'server', value: /^(?:nginx|openresty)\b/i, weight: 0.2 },
      { on: 'body', key: '<center>nginx', weight: 0.3, own: true },
    ],
  },
  {
    id: 'litespeed',
    name: 'LiteSpeed Web Server',
    kind: 'origin',
    markers: [
      // Server: LiteSpeed (wafw00f takes it on a 403 as a firewall; here it names the software only), and the
      // stock error page's footer and link, on every LiteSpeed error page, not only its blocks —
      // EnableSecurity/wafw00f@acf61041a632df15b9c65c3133c6c76bc8540ac5:wafw00f/plugins/litespeed.py
      { on: 'header', key: 'server', value: /^LiteSpeed\b/i, weight: 0.2 },
      {
        on: 'body-match',
        key: 'litespeed-error-page',
        value: /Proudly powered by LiteSpeed Web Server|www\.litespeedtech\.com\/error-page/i,
        weight: 0.3,
        own: true,
      },
    ],
  },
];
