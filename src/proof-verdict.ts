/**
 * The proofs' decision read together with the engine's verdict: which side the problem is on (network,
 * account, device, one channel, temporary anti-abuse) and which of the guide's typical situations this is.
 * The proofs outrank the engine (they changed one thing on purpose); the engine's situation says *how*
 * it happened (a retry burst, an edge change, one channel only) and fills in when no proof has answered.
 */
import { type AdviceRef, adviceLine, localized as L } from './advice.ts';
import type { ProofStepId } from './messages.ts';
import type { ProofDecision, ProofDecisionKey } from './proofs.ts';
import type { Localized, Situation, Verdict } from './types.ts';

export type ProofSide = 'network' | 'account' | 'device' | 'channel' | 'anti-abuse' | 'unknown';

export interface ProofVerdict {
  side: ProofSide;
  /** The guide's situation: one network, after a network change, one device, sudden (or one channel, everywhere). */
  situation?: Situation;
  /** Never stronger than the proofs: "probable" with one proof, or when only the engine's reading speaks. */
  strength: ProofDecision['strength'];
  /** The test that would settle it, when one would. */
  nextStep?: ProofStepId;
  decision: ProofDecisionKey;
  /** True when the side comes from the engine's reading of the traffic, no proof step having answered. */
  fromEngine: boolean;
  evidence: string[];
}

/** The guide's four typical situations (its scenarios A to D), in its order. */
export const TYPICAL_SITUATIONS: readonly Situation[] = [
  'one-network',
  'after-network-change',
  'one-device',
  'sudden',
];

interface Combination {
  decision: ProofDecisionKey;
  /** The engine's situation; '*' matches any, including none. */
  engine: Situation | '*';
  side: ProofSide;
  situation?: Situation;
}

/** First match wins. Each row restates a line of the guide's decision frame (see /work/shared/seed). */
const COMBINATIONS: readonly Combination[] = [
  // Scenario B: the error follows the VPN (or the resolver), so it is that address, not the account.
  { decision: 'vpn-ip', engine: '*', side: 'network', situation: 'after-network-change' },
  { decision: 'dns-route', engine: '*', side: 'network', situation: 'after-network-change' },
  // Scenario D: sudden, and it follows the network: a protection reacting to the retries, not an outage.
  { decision: 'network-side', engine: 'sudden', side: 'anti-abuse', situation: 'sudden' },
  // The engine saw the edge or server address change at the first failure: DNS/routing, scenario B.
  {
    decision: 'network-side',
    engine: 'after-network-change',
    side: 'network',
    situation: 'after-network-change',
  },
  // Scenario A: refused on one network, fine on another.
  { decision: 'network-side', engine: '*', side: 'network', situation: 'one-network' },
  // Scenario C: one device (a TV stick) refused while another passes.
  { decision: 'device-side', engine: '*', side: 'device', situation: 'one-device' },
  // FAQ 8: refused on every network but only this channel: that stream's rule or its source.
  { decision: 'account-side', engine: 'one-channel', side: 'channel', situation: 'one-channel' },
  // Refused everywhere right after a retry burst: a temporary block; wait before blaming the account.
  { decision: 'account-side', engine: 'sudden', side: 'anti-abuse', situation: 'sudden' },
  // Decision frame: several networks (and devices) refused, steadily: the account or the service.
  { decision: 'account-side', engine: '*', side: 'account', situation: 'everywhere' },
  // No proof has answered yet: the engine's own comparison of the traffic is all there is.
  { decision: 'not-proven', engine: 'one-channel', side: 'channel', situation: 'one-channel' },
  { decision: 'not-proven', engine: 'sudden', side: 'anti-abuse', situation: 'sudden' },
  { decision: 'not-proven', engine: 'one-network', side: 'network', situation: 'one-network' },
  {
    decision: 'not-proven',
    engine: 'after-network-change',
    side: 'network',
    situation: 'after-network-change',
  },
  { decision: 'not-proven', engine: 'one-device', side: 'device', situation: 'one-device' },
  { decision: 'not-proven', engine: 'everywhere', side: 'account', situation: 'everywhere' },
  { decision: 'not-proven', engine: '*', side: 'unknown' },
];

export function proofVerdict(
  decision: ProofDecision,
  engine?: Pick<Verdict, 'situation'> | null,
): ProofVerdict {
  const seen = engine?.situation;
  const row =
    COMBINATIONS.find(
      (candidate) =>
        candidate.decision === decision.key && (candidate.engine === '*' || candidate.engine === seen),
    ) ?? COMBINATIONS[COMBINATIONS.length - 1]!;
  const fromEngine = decision.key === 'not-proven' && row.side !== 'unknown';
  const verdict: ProofVerdict = {
    side: row.side,
    strength: fromEngine ? 'probable' : decision.strength,
    decision: decision.key,
    fromEngine,
    evidence: fromEngine && seen ? [...decision.evidence, `engine: ${seen}`] : decision.evidence,
  };
  if (row.situation) verdict.situation = row.situation;
  if (decision.nextStep) verdict.nextStep = decision.nextStep;
  return verdict;
}

export interface SideInfo {
  side: ProofSide;
  name: Localized;
  sentence: Localized;
  nextSteps: Localized[];
}

interface SideRow {
  name: Localized;
  sentence: Localized;
  next: AdviceRef[];
}

// What each side means and what to do, reworded from the guide's decision frame and scenarios A to D.
const SIDE_ROWS: Record<ProofSide, SideRow> = {
  network: {
    name: L('Network side', 'Côté réseau'),
    sentence: L(
      'The refusal follows the connection, not the account: the public address of that network, a VPN or proxy, or a DNS that leads to another entrance of the service. Leave your code alone.',
      'Le refus suit la connexion, pas le compte : l’adresse publique de ce réseau, un VPN ou un proxy, ou un DNS qui mène vers une autre porte d’entrée du service. Ne touchez pas à votre code.',
    ),
    next: ['restart-router', 'dns', 'vpn'],
  },
  account: {
    name: L('Account or service side', 'Côté compte ou service'),
    sentence: L(
      'Refused on every network tried: the restriction sits with the subscription or the service, not with your connection. Contact the provider and send them this report.',
      'Refusé sur chaque réseau essayé : la restriction vient de l’abonnement ou du service, pas de votre connexion. Contactez le fournisseur et envoyez-lui ce rapport.',
    ),
    next: ['check-subscription', 'contact-support'],
  },
  device: {
    name: L('This device', 'Cet appareil'),
    sentence: L(
      'Another device gets through where this one is refused: look at this device — its date and time, the app’s cache, a DNS or proxy set on it.',
      'Un autre appareil passe là où celui-ci est refusé : regardez cet appareil — sa date et son heure, le cache de l’application, un DNS ou un proxy réglé dessus.',
    ),
    next: ['check-clock', 'clear-cache', 'check-device-network', 'update-app'],
  },
  channel: {
    name: L('One channel only', 'Une seule chaîne'),
    sentence: L(
      'Only this channel is refused, wherever you try: a rule on that stream (its server, region, rights or key) or its source, not the whole account.',
      'Seule cette chaîne est refusée, où que vous essayiez : une règle propre à ce flux (serveur, région, droits ou clé) ou sa source, pas le compte entier.',
    ),
    next: ['try-other-channel', 'refresh-list', 'contact-support'],
  },
  'anti-abuse': {
    name: L('Temporary anti-abuse block', 'Blocage anti-abus temporaire'),
    sentence: L(
      'The refusals came with a burst of retries: a protection is reacting to the repeated attempts. It usually lifts by itself once they stop.',
      'Les refus sont arrivés avec une rafale de tentatives : une protection réagit aux essais répétés. En général, elle se lève d’elle-même quand ils cessent.',
    ),
    next: [
      'stop-and-wait',
      L(
        'Still refused a day later, with the tests done: contact the provider.',
        'Toujours refusé le lendemain, tests faits : contactez le fournisseur.',
      ),
    ],
  },
  unknown: {
    name: L('Not settled yet', 'Pas encore établi'),
    sentence: L(
      'No test has given an answer yet: run the next one.',
      'Aucun test n’a encore donné de réponse : faites le suivant.',
    ),
    next: [],
  },
};

const sideInfos = new Map<ProofSide, SideInfo>(
  (Object.keys(SIDE_ROWS) as ProofSide[]).map((side) => {
    const row = SIDE_ROWS[side];
    return [side, { side, name: row.name, sentence: row.sentence, nextSteps: row.next.map(adviceLine) }];
  }),
);

export function sideInfo(side: ProofSide): SideInfo {
  return sideInfos.get(side) ?? sideInfos.get('unknown')!;
}

/** The report's words for the proofs' conclusion. */
export const proofReportWords = {
  conclusion: L('What the tests show', 'Ce que montrent les tests'),
  probably: L('probably', 'probablement'),
  nextProof: L('Next test that would settle it', 'Prochain test qui trancherait'),
  vpnOn: L('VPN on', 'VPN activé'),
  vpnOff: L('VPN off', 'VPN coupé'),
};
