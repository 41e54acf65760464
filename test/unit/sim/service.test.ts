/**
 * The simulated service outside of failures: Xtream replies per account state, signed HLS with real
 * MPEG-TS packets, the control endpoint, host dispatch, determinism, bounds and loopback-only binding.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { simRequest, walkPlayer } from '../../../sim/client.ts';
import { crc32Mpeg2, TS_PACKET_SIZE } from '../../../sim/mpegts.ts';
import { type Simulator, startSimulator } from '../../../sim/server.ts';
import { LOG_LIMIT } from '../../../sim/state.ts';

let sim: Simulator;
const login = (password = 's3cret-pass') =>
  simRequest(`${sim.urls.panel}/player_api.php?username=demo&password=${password}`).then(
    (r) =>
      JSON.parse(r.body.toString()) as {
        user_info: Record<string, unknown>;
        server_info?: Record<string, unknown>;
      },
  );

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 3 });
});
afterAll(async () => {
  await sim.close();
});

describe('Xtream panel', () => {
  it('logs the demo account in with the fields Xtream clients read', async () => {
    sim.setScenario('ok');
    const reply = await login();
    expect(reply.user_info).toMatchObject({ username: 'demo', auth: 1, status: 'Active', active_cons: '0' });
    expect(Number(reply.user_info.exp_date)).toBeGreaterThan(Date.now() / 1000);
    expect(reply.server_info).toMatchObject({
      url: 'panel.iptv.test',
      port: String(sim.port),
      server_protocol: 'http',
    });
  });

  it('answers a wrong password with auth 0 and refuses its stream with 401, whatever the scenario', async () => {
    sim.setScenario('ok');
    expect(await login('wrong')).toEqual({ user_info: { auth: 0 } });
    const live = await simRequest(`${sim.urls.panel}/live/demo/wrong/101.m3u8`);
    expect(live.status).toBe(401);
  });

  it.each([
    ['account-auth0', { auth: 0 }],
    ['account-expired', { auth: 1, status: 'Expired' }],
    ['account-banned', { auth: 1, status: 'Banned' }],
    ['too-many-connections', { auth: 1, status: 'Active', active_cons: '2', max_connections: '2' }],
  ] as const)('%s: player_api says so in user_info', async (id, fields) => {
    sim.setScenario(id);
    const reply = await login();
    expect(reply.user_info).toMatchObject(fields);
    if (id === 'account-expired') expect(Number(reply.user_info.exp_date)).toBeLessThan(Date.now() / 1000);
  });

  it('lists categories, streams, a short EPG in base64 and an m3u_plus playlist', async () => {
    sim.setScenario('ok');
    const api = `${sim.urls.panel}/player_api.php?username=demo&password=s3cret-pass`;
    const categories = JSON.parse((await simRequest(`${api}&action=get_live_categories`)).body.toString());
    expect(categories[0]).toMatchObject({ category_id: '1' });
    const streams = JSON.parse(
      (await simRequest(`${api}&action=get_live_streams&category_id=2`)).body.toString(),
    );
    expect(streams.map((s: { stream_id: number }) => s.stream_id)).toEqual([103, 104]);
    const epg = JSON.parse(
      (await simRequest(`${api}&action=get_short_epg&stream_id=101&limit=2`)).body.toString(),
    );
    expect(epg.epg_listings).toHaveLength(2);
    expect(Buffer.from(epg.epg_listings[0].title, 'base64').toString()).toContain('Démo Info');
    const m3u = (
      await simRequest(`${sim.urls.panel}/get.php?username=demo&password=s3cret-pass&type=m3u_plus`)
    ).body.toString();
    expect(m3u.startsWith('#EXTM3U\n')).toBe(true);
    expect(m3u).toContain(`tvg-id="demo-info.fr"`);
    expect(m3u).toContain(`${sim.urls.panel}/live/demo/s3cret-pass/101.m3u8`);
  });

  it('serves XMLTV on the panel and on the EPG host', async () => {
    for (const url of [
      `${sim.urls.panel}/xmltv.php?username=demo&password=s3cret-pass`,
      `${sim.urls.epg}/xmltv.php`,
    ]) {
      const r = await simRequest(url);
      expect(r.status).toBe(200);
      expect(r.body.toString()).toMatch(
        /<programme start="\d{14} \+0000" stop="\d{14} \+0000" channel="demo-info.fr">/,
      );
    }
  });
});

describe('stream CDN', () => {
  it('hands out a live playlist of signed segments that are real MPEG-TS', async () => {
    sim.setScenario('ok');
    const steps = await walkPlayer({ panel: sim.urls.panel, epg: sim.urls.epg }, 101);
    const playlist = steps.find((s) => s.endpoint === 'hls-playlist');
    const text = playlist?.body.toString() ?? '';
    expect(text).toMatch(/^#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:\d+\n/);
    expect(text.match(/#EXTINF:2\.048,/g)).toHaveLength(6);
    expect(text).toMatch(/\n\d+\.ts\?token=[0-9a-f]{32}&expires=\d+\n/);
    const segment = steps.at(-1);
    expect(segment?.headers['content-type']).toBe('video/mp2t');
    const bytes = segment?.body ?? Buffer.alloc(0);
    expect(bytes.length % TS_PACKET_SIZE).toBe(0);
    for (let offset = 0; offset < bytes.length; offset += TS_PACKET_SIZE) expect(bytes[offset]).toBe(0x47);
    // The PAT section (after the 4-byte header and the pointer field) checks out against its own CRC.
    const pat = bytes.subarray(5, 5 + 3 + 13);
    expect(crc32Mpeg2(pat)).toBe(0);
  });

  it('refuses a tampered token and a past expiry with 403', async () => {
    sim.setScenario('ok');
    const steps = await walkPlayer({ panel: sim.urls.panel, epg: sim.urls.epg }, 101);
    const url = new URL(steps.find((s) => s.endpoint === 'hls-playlist')?.url ?? '');
    const tampered = new URL(url);
    tampered.searchParams.set('token', '0'.repeat(32));
    expect((await simRequest(tampered.href)).status).toBe(403);
    const stale = new URL(url);
    stale.searchParams.set('expires', '1000');
    expect((await simRequest(stale.href)).body.toString()).toContain('invalid token');
  });
});

describe('control, hosts and bounds', () => {
  it('rejects an unknown scenario with 400 and lists the known ones', async () => {
    const r = await simRequest(`${sim.urls.control}/scenario?id=nope`, { method: 'POST' });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body.toString()).known).toContain('cloudflare-firewall');
  });

  it('switches scenario by GET or POST from any host and reports it in /__sim/state', async () => {
    await simRequest(`${sim.urls.cdn}/__sim/scenario?id=gone-410`);
    expect(sim.current().scenario).toBe('gone-410');
    await simRequest(`${sim.urls.control}/scenario?id=ok`, { method: 'POST' });
    const state = JSON.parse((await simRequest(`${sim.urls.control}/state`)).body.toString());
    expect(state.scenario).toBe('ok');
    expect(state.scenarios).toHaveLength(sim.scenarios.length);
  });

  it('answers 421 to a host it does not serve', async () => {
    expect((await simRequest(`http://evil.example:${sim.port}/`)).status).toBe(421);
  });

  it('serves the player on 127.0.0.1, on player.iptv.test and on *.localhost names', async () => {
    for (const url of [`${sim.baseUrl}/`, sim.urls.player]) {
      const page = await simRequest(url);
      expect(page.status).toBe(200);
      expect(page.body.toString()).toContain('<script type="module" src="/player.js">');
    }
    const local = await simRequest(`http://panel.localhost:${sim.port}/live/demo/s3cret-pass/101.m3u8`);
    expect(local.headers.location).toMatch(
      new RegExp(`^http://cdn\\.localhost:${sim.port}/hls/101/index\\.m3u8\\?`),
    );
  });

  it('bundles the player script with hls.js', async () => {
    const script = await simRequest(`${sim.baseUrl}/player.js`, { timeoutMs: 30_000 });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.body.toString()).toContain('/__sim/');
    expect(script.body.length).toBeGreaterThan(100_000);
  }, 30_000);

  it('keeps at most LOG_LIMIT requests and masks passwords in the log', async () => {
    for (let i = 0; i < LOG_LIMIT + 20; i++)
      await simRequest(`${sim.urls.epg}/xmltv.php?username=demo&password=s3cret-pass`);
    const log = sim.log();
    expect(log).toHaveLength(LOG_LIMIT);
    expect(log.at(-1)?.path).toBe('/xmltv.php?username=demo&password=***');
  });

  it('is deterministic: the same seed gives the same ray ids, another seed others', async () => {
    const rays = async (seed: number) => {
      const other = await startSimulator({ port: 0, seed });
      other.setScenario('cloudflare-firewall');
      const out: string[] = [];
      for (let i = 0; i < 3; i++) {
        const steps = await walkPlayer({ panel: other.urls.panel, epg: other.urls.epg }, 101);
        out.push(String(steps.at(-1)?.headers['cf-ray']));
      }
      await other.close();
      return out;
    };
    const first = await rays(42);
    expect(await rays(42)).toEqual(first);
    expect(await rays(43)).not.toEqual(first);
    expect(new Set(first).size).toBe(3);
  });

  it('refuses to bind anywhere but loopback', async () => {
    await expect(startSimulator({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
    await expect(startSimulator({ host: '192.168.1.10' })).rejects.toThrow(/loopback/);
  });

  it('closes without waiting for a hanging request, and cuts it', async () => {
    // The hang would last an hour: close() returning at all shows it does not wait for it.
    const other = await startSimulator({ port: 0, hangMs: 3_600_000 });
    other.setScenario('hang');
    let cut = false;
    const steps = walkPlayer({ panel: other.urls.panel, epg: other.urls.epg }, 101, 3_600_000).then((all) => {
      cut = true;
      return all;
    });
    // Wait for the event itself: the simulator has taken the request that hangs.
    await vi.waitUntil(() => other.log().some((entry) => entry.outcome === 'hang'), {
      timeout: 60_000,
      interval: 20,
    });
    await other.close();
    expect((await steps).at(-1)?.status).toBe(0);
    expect(cut).toBe(true);
  });
});
