/**
 * `npx tsx sim/check/main.ts [--port=N]`: start the check lab and print what to point `iptv-lens check` or
 * the Test page at. Ctrl-C stops it.
 */
import { DEFAULT_BURST, startCheckLab } from './lab.ts';
import { STALKER_MACS } from './stalker.ts';
import { XTREAM_ACCOUNTS } from './xtream.ts';

const portArg = process.argv.find((arg) => arg.startsWith('--port='))?.slice('--port='.length);
const lab = await startCheckLab({ port: Number(portArg ?? process.env.LAB_PORT ?? 8790) });
const xtream = lab.origin('xtream');
console.log(
  [
    `IPTV check lab on 127.0.0.1:${lab.port} (names *.lab.localhost resolve to loopback)`,
    '',
    `  playlist   ${lab.playlistUrl}`,
    `  big list   ${lab.origin('tv')}/big.m3u?channels=1000&hosts=20`,
    `  xtream     --xtream ${xtream} --user good-5d0 --pass ${XTREAM_ACCOUNTS['good-5d0']?.password}   (also: full-7c1, exp-4b2)`,
    `  stalker    --stalker ${lab.origin('stalker')}/c/ --mac ${STALKER_MACS.works}   (blocked: ${STALKER_MACS.blocked}, limit: ${STALKER_MACS.limit})`,
    '',
    `  anti-abuse rule: more than ${DEFAULT_BURST.max} requests in ${DEFAULT_BURST.windowMs} ms to one host → 429, then escalating 403s`,
    '',
    `  node dist/cli/iptv-lens.mjs check ${lab.playlistUrl}`,
    '',
    'Ctrl-C stops.',
  ].join('\n'),
);
const stop = async () => {
  await lab.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
