/**
 * Evidence lines in French: every sentence the engine writes on our two case corpora is worded, quoted
 * markers pass through, no row is shadowed by an earlier one, and no row drops a value it matched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/diagnosis/analyze.ts';
import { parseHar } from '../../../src/outputs/har/read.ts';
import { EVIDENCE_WORDINGS, evidenceIn, FRENCH_EVIDENCE } from '../../../src/wording/evidence.ts';
import { evidenceWorder } from '../../../src/wording/evidence-match.ts';
import { textPack } from '../../../src/wording/pack.ts';

const fr = evidenceWorder(FRENCH_EVIDENCE);

/** Lines that quote what was received (a header, a body excerpt, a panel field): language-neutral. */
const QUOTED = /^(body: "|[a-z0-9_-]+: |user_info\.|active_cons |js\.)/i;

function corpusEvidence(): string[] {
  const lines = new Set<string>();
  for (const dir of ['test/fixtures/cases', 'test/fixtures/cases-independent', 'test/fixtures/real']) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.har'))) {
      const analysis = analyze(parseHar(readFileSync(join(dir, file), 'utf8')));
      for (const line of analysis.verdict.evidence) lines.add(line);
      for (const finding of analysis.findings) {
        for (const line of finding.evidence) lines.add(line);
        for (const line of finding.panelReply?.evidence ?? []) lines.add(line);
      }
    }
  }
  return [...lines];
}

const SAMPLE: Readonly<Record<string, string[]>> = {
  n: ['403', '12', '7'],
  role: ['stream', 'auth'],
  label: ['HLS master playlist', 'login endpoint'],
  layer: ['waf', 'geo'],
  scope: ['network', 'device'],
  text: ['Alpha', 'Bravo', 'Charlie'],
};

function sampleLine(en: string): string {
  const used = new Map<string, number>();
  return en.replace(/\{([a-z]+)\}/g, (_, slot: string) => {
    const index = used.get(slot) ?? 0;
    used.set(slot, index + 1);
    return SAMPLE[slot]?.[index] ?? slot;
  });
}

describe('evidence in French', () => {
  it('words every sentence the engine writes on the three corpora; only quoted markers stay as written', () => {
    const lines = corpusEvidence();
    expect(lines.length).toBeGreaterThan(200);
    const left = lines.filter((line) => fr(line) === line && !QUOTED.test(line));
    expect(left).toEqual([]);
    // And nothing English is left inside a worded line, outside what it quotes ("…", file and API names).
    const english =
      /\b(the|from|by|of|is|with|fails|works|worked|changed|behind|ahead|endpoint|playlist|login|known|pattern|strongest|tried|every|only|request|one|URL)\b/;
    const halfEnglish = lines
      .filter((line) => !QUOTED.test(line))
      // A header's name before its quoted value is an identifier too (x-served-by: "…").
      .map((line) =>
        fr(line)
          .replace(/"[^"]*"/g, '""')
          .replace(/[\w.-]+: ""/g, '""')
          // A host name is an identifier too, whatever its words (esi.tech.ccp.is).
          .replace(/\b[\w-]+(?:\.[\w-]+)+\b/g, 'host'),
      )
      .filter((worded) => english.test(worded));
    expect(halfEnglish).toEqual([]);
    // And the quoted markers really are left alone (a marker followed by the engine's "→ probably…" reading
    // is a sentence: its marker part is kept as the first slot).
    for (const line of lines.filter((candidate) => QUOTED.test(candidate))) {
      if (line.includes(' → ')) expect(fr(line).startsWith(line.split(' → ')[0] ?? '')).toBe(true);
      else expect(fr(line)).toBe(line);
    }
  });

  it('keeps every value a row matched, in order, and words the ids it quotes', () => {
    expect(fr('HTTP 403 on stream endpoint (Xtream playback URL)')).toBe(
      'HTTP 403 sur un point d’accès de flux (adresse de lecture Xtream)',
    );
    expect(fr('fails on network "Wi-Fi box", works on "4G" (same auth endpoint)')).toBe(
      'échoue sur le réseau "Wi-Fi box", fonctionne sur "4G" (même point d’accès de connexion)',
    );
    expect(fr('status 403 usually means: waf')).toBe(
      'le code 403 signifie le plus souvent : pare-feu du CDN',
    );
    expect(fr('status 401 usually means: auth')).toBe(
      'le code 401 signifie le plus souvent : identification',
    );
    expect(fr('HTTP 401 on auth endpoint (login endpoint)')).toBe(
      'HTTP 401 sur un point d’accès de connexion (page de connexion)',
    );
    // An id outside the tables (or a prototype key) stays as written.
    expect(fr('status 403 usually means: constructor')).toBe(
      'le code 403 signifie le plus souvent : constructor',
    );
    expect(fr('2 failures of a kind that sits on the device side')).toBe(
      '2 échecs d’un type qui se situe du côté appareil',
    );
    expect(fr('1 failure of a kind that sits on the device side')).toBe(
      'un échec d’un type qui se situe du côté appareil',
    );
  });

  it('words a vendor note inside the "HTTP n:" line that carries it', () => {
    expect(
      fr('HTTP 406: 406 from Fastly: the default response of its Next-Gen WAF when it blocks a request'),
    ).toBe(
      'HTTP 406 : 406 de Fastly : la réponse par défaut de son pare-feu Next-Gen WAF quand il bloque une requête',
    );
    // An unknown note keeps its words; the frame is still French.
    expect(fr('HTTP 418: a teapot said so')).toBe('HTTP 418 : a teapot said so');
  });

  it('words endpoint labels with their query values, skew directions, "50+" counts and filler words', () => {
    expect(fr('HTTP 401 on auth endpoint (Stalker portal type=stb action=handshake)')).toBe(
      'HTTP 401 sur un point d’accès de connexion (portail Stalker type=stb action=handshake)',
    );
    expect(fr('HTTP 404 on other endpoint (no known IPTV endpoint pattern)')).toBe(
      'HTTP 404 sur un point d’accès d’un autre type (aucun modèle d’adresse IPTV connu)',
    );
    expect(fr('clock skew server behind by 6.0 h between this device and the server (Date header)')).toBe(
      'décalage d’horloge : le serveur retarde de 6.0 h sur cet appareil (en-tête Date)',
    );
    expect(
      fr(
        'only /live/REDACTED_USER/REDACTED_PASS/1.ts fails on h.tv; 50+ other stream requests on the same host worked',
      ),
    ).toBe(
      'seul /live/REDACTED_USER/REDACTED_PASS/1.ts échoue sur h.tv ; 50+ autres requêtes de flux sur le même hôte ont abouti',
    );
    expect(fr('fails on every network tried (one) and every device (one)')).toBe(
      'échoue sur tous les réseaux essayés (un seul) et tous les appareils (un seul)',
    );
    expect(fr('waf is the strongest of 3 competing explanations')).toBe(
      'l’explication « pare-feu du CDN » est la plus solide des 3 possibles',
    );
    // A label the viewer typed is never reworded, even when it reads like one of ours.
    expect(fr('fails on device "one", works on "login endpoint" on the same network')).toBe(
      'échoue sur l’appareil "one", fonctionne sur "login endpoint" sur le même réseau',
    );
  });

  it('leaves unknown lines, hostile values and regex characters alone', () => {
    expect(fr('something new the engine said')).toBe('something new the engine said');
    expect(fr('edge $1 (.*) [x]')).toBe('point de présence du CDN : $1 (.*) [x]');
    const long = `transport failure: ${'a'.repeat(280)}`;
    expect(fr(long)).toBe(`échec de transport : ${'a'.repeat(280)}`);
    expect(fr('x'.repeat(20_000))).toBe('x'.repeat(20_000));
    // Repeated separators make lazy slots backtrack: a long line is left as written, a short one stays quick.
    const storm = `${'a changed from b to c '.repeat(1_000)}at the first failure (DNS or routing sends you elsewhere)`;
    expect(fr(storm)).toBe(storm);
    const near = `CDN edge changed from ${'x to '.repeat(40)}y at the first failure (DNS or routing sends you elsewhere)`;
    expect(near.length).toBeLessThanOrEqual(300);
    // Short enough to be worded; how long the worst case takes is a bench figure (npm run bench).
    expect(fr(near)).not.toBe(near);
  });

  it('no row is shadowed by an earlier one, and no row loses a slot', () => {
    for (const row of EVIDENCE_WORDINGS) {
      const slots = (text: string) => (text.match(/\{[a-z]+\}/g) ?? []).sort();
      expect(slots(row.fr), row.en).toEqual(slots(row.en));
      const line = sampleLine(row.en);
      const one = evidenceWorder({ rows: [row], terms: FRENCH_EVIDENCE.terms });
      expect(one(line), row.en).not.toBe(line);
      // The whole table words the sample as this row alone does: no earlier row caught it.
      expect(fr(line), row.en).toBe(one(line));
    }
  });

  it('English readers get the lines as written; the French pack carries the same table', () => {
    expect(evidenceIn('status 403 usually means: waf', 'en')).toBe('status 403 usually means: waf');
    expect(evidenceIn('status 403 usually means: waf', 'fr')).toBe(fr('status 403 usually means: waf'));
    expect(textPack('en', {}).evidence).toBeNull();
    expect(textPack('fr', {}).evidence?.rows).toEqual(EVIDENCE_WORDINGS);
  });
});
