/**
 * Plain words for the three ways a verdict is framed: which layer said no, where the cause sits (scope), and
 * which of the guide's typical situations the viewer is in. Layer order and wording follow the guide:
 * edge protection first, the account last; a refusal is never presented as an outage.
 */
import { type AdviceRef, adviceLine, type DontRef, dontAdvice, localized as L } from './advice.ts';
import type { Layer, Localized, Scope, Situation } from './types.ts';

export interface LayerInfo {
  layer: Layer;
  name: Localized;
  /** One sentence a viewer understands, e.g. "Refused by the CDN's firewall — this is not an outage." */
  sentence: Localized;
  nextSteps: Localized[];
  dont: Localized[];
}

export interface ScopeInfo {
  scope: Scope;
  name: Localized;
  sentence: Localized;
}

export interface SituationInfo {
  situation: Situation;
  name: Localized;
  /** What this situation usually means. */
  sentence: Localized;
  nextSteps: Localized[];
  dont: Localized[];
}

interface LayerRow {
  name: Localized;
  sentence: Localized;
  next: AdviceRef[];
  dont: DontRef[];
}

// Each layer's sentence restates what the guide says about that kind of refusal (see /work/shared/seed).
const LAYER_ROWS: Record<Layer, LayerRow> = {
  waf: {
    name: L('CDN / web firewall', 'CDN / pare-feu web'),
    sentence: L(
      'Refused by the CDN’s firewall — this is not an outage.',
      'Refusé par le pare-feu du réseau de diffusion (CDN) — ce n’est pas une panne.',
    ),
    next: ['wifi-vs-mobile', 'hotspot', 'vpn', 'stop-and-wait'],
    dont: ['random-codes', 'reinstall-loop', 'retry-loop'],
  },
  geo: {
    name: L('Geographic restriction', 'Restriction géographique'),
    sentence: L(
      'Refused because of where your connection seems to come from (country, operator or address range).',
      'Refusé à cause de l’origine apparente de votre connexion (pays, opérateur ou plage d’adresses).',
    ),
    next: ['vpn', 'wifi-vs-mobile'],
    dont: ['random-codes'],
  },
  app: {
    name: L('Service rules', 'Règles du service'),
    sentence: L(
      'Refused by the service’s own rules: too many attempts, an odd pace, or a session or device it does not recognise.',
      'Refusé par les règles propres au service : trop de tentatives, un rythme inhabituel, ou une session ou un appareil qu’il ne reconnaît pas.',
    ),
    next: ['stop-and-wait', 'clear-cache', 'update-app'],
    dont: ['retry-loop', 'reinstall-loop'],
  },
  account: {
    name: L('Account', 'Compte'),
    sentence: L(
      'Refused because of the account itself: expired, suspended or restricted.',
      'Refusé à cause du compte lui-même : expiré, suspendu ou restreint.',
    ),
    next: ['check-subscription', 'other-device', 'contact-support'],
    dont: ['random-codes', 'factory-reset'],
  },
  auth: {
    name: L('Sign-in', 'Identification'),
    sentence: L(
      'Not recognised: the login details or the session token were missing, wrong or expired.',
      'Non reconnu : les identifiants ou le jeton de session manquaient, étaient faux ou avaient expiré.',
    ),
    next: ['check-login', 'check-subscription', 'check-clock'],
    dont: ['random-codes', 'retry-loop'],
  },
  'not-found': {
    name: L('Missing content', 'Contenu introuvable'),
    sentence: L(
      'Nothing exists (any more) at this address: the link is dead or out of date.',
      'Il n’y a (plus) rien à cette adresse : le lien est mort ou périmé.',
    ),
    next: ['refresh-list', 'try-other-channel'],
    dont: ['reinstall-loop'],
  },
  'rate-limit': {
    name: L('Too many requests', 'Trop de requêtes'),
    sentence: L(
      'Too many requests in a short time: the service asks you to slow down.',
      'Trop de requêtes en peu de temps : le service vous demande de ralentir.',
    ),
    next: ['stop-and-wait', 'close-other-streams'],
    dont: ['retry-loop'],
  },
  server: {
    name: L('Provider’s server', 'Serveur du fournisseur'),
    sentence: L(
      'The provider’s server failed to answer properly: the fault is on their side, not yours.',
      'Le serveur du fournisseur n’a pas répondu correctement : la panne est de son côté, pas du vôtre.',
    ),
    next: ['wait-for-server', 'try-other-channel'],
    dont: ['reinstall-loop', 'factory-reset'],
  },
  network: {
    name: L('Network', 'Réseau'),
    sentence: L(
      'The connection failed before any answer came back: the trouble is on the path between you and the service.',
      'La connexion a échoué avant toute réponse : le souci se situe sur le chemin entre vous et le service.',
    ),
    next: ['check-connection', 'wifi-vs-mobile', 'hotspot', 'dns', 'restart-router'],
    dont: ['reinstall-loop', 'factory-reset'],
  },
  device: {
    name: L('Device', 'Appareil'),
    sentence: L(
      'Something on this device stopped the request: its clock, a blocker, or its settings.',
      'Quelque chose sur cet appareil a bloqué la requête : son horloge, un bloqueur ou ses réglages.',
    ),
    next: ['check-clock', 'check-blockers', 'clear-cache', 'other-device'],
    dont: ['factory-reset', 'reinstall-loop'],
  },
  none: {
    name: L('No refusal', 'Aucun refus'),
    sentence: L(
      'Nobody refused this request: it succeeded, or the player itself cancelled it.',
      'Personne n’a refusé cette requête : elle a abouti, ou le lecteur l’a lui-même annulée.',
    ),
    next: [
      L(
        'If playback still fails, look at the other requests of the report.',
        'Si la lecture échoue encore, regardez les autres requêtes du rapport.',
      ),
    ],
    dont: [],
  },
};

const SCOPE_ROWS: Record<Scope, Omit<ScopeInfo, 'scope'>> = {
  network: {
    name: L('This network', 'Ce réseau'),
    sentence: L(
      'The problem follows this network: the same code works elsewhere, so look at the connection (address, router, DNS, VPN), not the account.',
      'Le problème suit ce réseau : le même code fonctionne ailleurs, il faut donc regarder la connexion (adresse, box, DNS, VPN) et non le compte.',
    ),
  },
  account: {
    name: L('The account', 'Le compte'),
    sentence: L(
      'The problem follows the account: refused on several networks and devices, so the restriction sits on the subscription side.',
      'Le problème suit le compte : refusé sur plusieurs réseaux et appareils, la restriction se trouve du côté de l’abonnement.',
    ),
  },
  endpoint: {
    name: L('One address', 'Une seule adresse'),
    sentence: L(
      'The problem is limited to one address (a channel, a list or a server); the rest of the service answers.',
      'Le problème se limite à une adresse (une chaîne, une liste ou un serveur) ; le reste du service répond.',
    ),
  },
  device: {
    name: L('This device', 'Cet appareil'),
    sentence: L(
      'The problem follows this device: other devices on the same network work.',
      'Le problème suit cet appareil : les autres appareils du même réseau fonctionnent.',
    ),
  },
  server: {
    name: L('The provider', 'Le fournisseur'),
    sentence: L(
      'The problem is on the provider’s side: its servers fail whatever network or device you use.',
      'Le problème est du côté du fournisseur : ses serveurs échouent quels que soient votre réseau et votre appareil.',
    ),
  },
  unknown: {
    name: L('Not settled yet', 'Pas encore établi'),
    sentence: L(
      'There are not enough comparisons yet to say where the cause sits: the proofs will tell.',
      'Il n’y a pas encore assez de comparaisons pour situer la cause : les vérifications le diront.',
    ),
  },
};

interface SituationRow {
  name: Localized;
  sentence: Localized;
  next: AdviceRef[];
  dont: DontRef[];
}

// The guide's scenarios A–D, its FAQ on a single channel, and its decision frame for "refused everywhere".
const SITUATION_ROWS: Record<Situation, SituationRow> = {
  'one-network': {
    name: L('Only on one network', 'Sur un seul réseau'),
    sentence: L(
      'Refused on one network and fine on another: nearly always a block on that network’s address. Leave the code alone.',
      'Refusé sur un réseau et accepté sur un autre : c’est presque toujours un blocage de l’adresse de ce réseau. Ne touchez pas au code.',
    ),
    next: ['hotspot', 'restart-router', 'dns'],
    dont: ['random-codes', 'reinstall-loop'],
  },
  'after-network-change': {
    name: L('Since a network change', 'Depuis un changement de réseau'),
    sentence: L(
      'It worked before a new operator, router or VPN: go back to the plainest setup to see which change matters. If the error follows the VPN, the account is not the cause.',
      'Ça marchait avant un nouvel opérateur, une nouvelle box ou un VPN : revenez à la configuration la plus simple pour voir quel changement compte. Si l’erreur suit le VPN, le compte n’y est pour rien.',
    ),
    next: ['vpn', 'dns', 'hotspot'],
    dont: ['random-codes'],
  },
  'one-device': {
    name: L('Only on one device', 'Sur un seul appareil'),
    sentence: L(
      'Refused on one device while another works: its clock, its app cache or its own network settings are the usual suspects.',
      'Refusé sur un appareil alors qu’un autre fonctionne : l’horloge, le cache de l’application ou ses réglages réseau sont les premiers suspects.',
    ),
    next: ['check-clock', 'clear-cache', 'check-device-network', 'update-app'],
    dont: ['reinstall-loop', 'factory-reset'],
  },
  sudden: {
    name: L('Suddenly, with no change', 'Soudainement, sans changement'),
    sentence: L(
      'It stopped overnight with nothing changed on your side: usually a protection reacting to your address, not an outage.',
      'Ça s’est arrêté du jour au lendemain sans rien changer de votre côté : en général une protection qui réagit à votre adresse, pas une panne.',
    ),
    next: ['wifi-vs-mobile', 'hotspot', 'stop-and-wait'],
    dont: ['retry-loop', 'reinstall-loop'],
  },
  'one-channel': {
    name: L('Only on one channel', 'Sur une seule chaîne'),
    sentence: L(
      'Only one channel is refused: a rule on that particular stream (its server, region, rights or key), not the whole account.',
      'Une seule chaîne est refusée : une règle propre à ce flux (son serveur, sa région, ses droits ou sa clé), pas le compte entier.',
    ),
    next: ['try-other-channel', 'refresh-list', 'contact-support'],
    dont: ['random-codes', 'reinstall-loop'],
  },
  everywhere: {
    name: L('Everywhere', 'Partout'),
    sentence: L(
      'Refused on every network and every device: an account or service restriction becomes the likely cause. Contact support with your proofs.',
      'Refusé sur tous les réseaux et tous les appareils : une restriction du compte ou du service devient la cause probable. Contactez le support avec vos preuves.',
    ),
    next: ['check-subscription', 'contact-support'],
    dont: ['random-codes', 'factory-reset'],
  },
};

function freezeAll<T extends object>(info: T): T {
  for (const value of Object.values(info)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(info);
}

// Resolved once so every caller shares the same objects; frozen because they are shared.
const layerInfos = new Map<Layer, LayerInfo>(
  (Object.keys(LAYER_ROWS) as Layer[]).map((layer) => {
    const row = LAYER_ROWS[layer];
    return [
      layer,
      freezeAll({
        layer,
        name: row.name,
        sentence: row.sentence,
        nextSteps: row.next.map(adviceLine),
        dont: row.dont.map(dontAdvice),
      }),
    ];
  }),
);

function resolveSituation(situation: Situation, row: SituationRow): SituationInfo {
  return freezeAll({
    situation,
    name: row.name,
    sentence: row.sentence,
    nextSteps: row.next.map(adviceLine),
    dont: row.dont.map(dontAdvice),
  });
}

const situationInfos = new Map<Situation, SituationInfo>(
  (Object.keys(SITUATION_ROWS) as Situation[]).map((situation) => [
    situation,
    resolveSituation(situation, SITUATION_ROWS[situation]),
  ]),
);

const scopeInfos = new Map<Scope, ScopeInfo>(
  (Object.keys(SCOPE_ROWS) as Scope[]).map((scope) => [
    scope,
    Object.freeze({ scope, ...SCOPE_ROWS[scope] }),
  ]),
);

/** Never throws: a layer unknown at run time (old stored data) reads as "no refusal". */
export function layerInfo(layer: Layer): LayerInfo {
  return layerInfos.get(layer) ?? layerInfos.get('none')!;
}

export function scopeInfo(scope: Scope): ScopeInfo {
  return scopeInfos.get(scope) ?? scopeInfos.get('unknown')!;
}

// For a value outside `Situation` (data stored by another version): the proofs are always a safe answer.
const otherSituation: SituationRow = {
  name: L('Another situation', 'Autre situation'),
  sentence: L(
    'This situation is not one the guide describes: the proofs will show where the cause sits.',
    'Cette situation ne fait pas partie de celles du guide : les vérifications montreront où se trouve la cause.',
  ),
  next: ['wifi-vs-mobile', 'hotspot', 'vpn', 'dns', 'other-device'],
  dont: ['random-codes', 'reinstall-loop'],
};

/** Never throws: an unknown value gets a neutral row that points to the proofs. */
export function situationInfo(situation: Situation): SituationInfo {
  return situationInfos.get(situation) ?? resolveSituation(situation, otherSituation);
}
