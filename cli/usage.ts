export const USAGE = `iptv-lens — why was this IPTV request refused?

Usage:
  iptv-lens analyze FILE.har [MORE.har…] [--json] [--lang en|fr] [--no-color]
  iptv-lens report FILE.har [MORE.har…] [--lang en|fr] [--markdown]
  iptv-lens redact IN.har -o OUT.har
  iptv-lens explain 403|net::ERR_CONNECTION_RESET|cloudflare-1020 [--lang en|fr]
  iptv-lens check (PLAYLIST.m3u | URL | - | --xtream URL --user U --pass P | --stalker URL --mac MAC)
                  [--json] [--lang en|fr] [--sample N] [--concurrency N] [--per-host-delay MS]
                  [--timeout MS] [--user-agent UA] [--har OUT.har] [--out-m3u WORKING.m3u]
  iptv-lens --help | --version

analyze   Reads HAR 1.2 files (Chrome/Firefox DevTools exports or this extension's exports) and says
          which layer refused (CDN/WAF, geo, app rule, account, auth, …), where the cause sits
          (network, account, endpoint, device, server) and the evidence. --json prints one object:
          {"verdict":{…},"findings":[…]}.
report    The ready-to-paste support report built from the same analysis.
redact    Writes a copy with credentials removed (Xtream paths, passwords, tokens, MACs, cookies,
          Authorization, echoed bodies).
explain   What a status code, a transport error or a vendor error means, and what to do.
check     Tests your own service from this network, gently (one request at a time per server, a pause
          between requests, hosts that push back are left alone): each channel's playlist, segment or
          first bytes, who refused and why (the same engine as analyze), and the proofs it runs itself
          (another user agent, with or without referrer). Defaults: --concurrency 4,
          --per-host-delay 500, --timeout 10000. --json prints one object:
          {"summary":{…},"account":…,"channels":[…]}. Credentials are redacted in every output.

Exit status: 0 when the command ran (whatever it found), 2 on bad usage or unreadable input.`;
