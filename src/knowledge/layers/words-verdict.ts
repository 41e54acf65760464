/**
 * The short sentences that answer a verdict: one per layer (who said no), one per scope (where the cause
 * sits), and the name of each of the guide's situations, for the pages' text packs and the layer meanings
 * (src/knowledge/layers/meaning.ts); the one verdict's headline has its own words (src/verdict/words.ts). The
 * worker never loads them. Wording follows the guide (the shared troubleshooting guide, shared/seed): edge
 * protection first, the account last, a refusal is never presented as an outage. Everything longer (names,
 * advice) is display text: src/knowledge/layers/words.ts.
 */

import type { Layer, Localized, Scope, Situation } from '../../types.ts';
import { localized as L } from '../../wording/localized.ts';

// Each layer's sentence restates what the guide says about that kind of refusal.
const LAYER_SENTENCES: Readonly<Record<Layer, Localized>> = {
  waf: L(
    'Refused by the CDN’s firewall — this is not an outage.',
    'Refusé par le pare-feu du réseau de diffusion (CDN) — ce n’est pas une panne.',
  ),
  geo: L(
    'Refused because of where your connection seems to come from (country, operator or address range).',
    'Refusé à cause de l’origine apparente de votre connexion (pays, opérateur ou plage d’adresses).',
  ),
  app: L(
    'Refused by the service’s own rules: too many attempts, an odd pace, or a session or device it does not recognise.',
    'Refusé par les règles propres au service : trop de tentatives, un rythme inhabituel, ou une session ou un appareil qu’il ne reconnaît pas.',
  ),
  account: L(
    'Refused because of the account itself: expired, suspended or restricted.',
    'Refusé à cause du compte lui-même : expiré, suspendu ou restreint.',
  ),
  auth: L(
    'Not recognised: the login details or the session token were missing, wrong or expired.',
    'Non reconnu : les identifiants ou le jeton de session manquaient, étaient faux ou avaient expiré.',
  ),
  'not-found': L(
    'Nothing exists (any more) at this address: the link is dead or out of date.',
    'Il n’y a (plus) rien à cette adresse : le lien est mort ou périmé.',
  ),
  'rate-limit': L(
    'Too many requests in a short time: the service asks you to slow down.',
    'Trop de requêtes en peu de temps : le service vous demande de ralentir.',
  ),
  server: L(
    'The provider’s server failed to answer properly: the fault is on their side, not yours.',
    'Le serveur du fournisseur n’a pas répondu correctement : la panne est de son côté, pas du vôtre.',
  ),
  network: L(
    'The connection failed before any answer came back: the trouble is on the path between you and the service.',
    'La connexion a échoué avant toute réponse : le souci se situe sur le chemin entre vous et le service.',
  ),
  device: L(
    'Something on this device stopped the request: its clock, a blocker, or its settings.',
    'Quelque chose sur cet appareil a bloqué la requête : son horloge, un bloqueur ou ses réglages.',
  ),
  none: L(
    'Nobody refused this request: it succeeded, or the player itself cancelled it.',
    'Personne n’a refusé cette requête : elle a abouti, ou le lecteur l’a lui-même annulée.',
  ),
};

// The guide's proofs decide the scope: what changed between a refused and an accepted attempt.
const SCOPE_SENTENCES: Readonly<Record<Scope, Localized>> = {
  network: L(
    'The problem follows this network: the same code works elsewhere, so look at the connection (address, router, DNS, VPN), not the account.',
    'Le problème suit ce réseau : le même code fonctionne ailleurs, il faut donc regarder la connexion (adresse, box, DNS, VPN) et non le compte.',
  ),
  account: L(
    'The problem follows the account: refused on several networks and devices, so the restriction sits on the subscription side.',
    'Le problème suit le compte : refusé sur plusieurs réseaux et appareils, la restriction se trouve du côté de l’abonnement.',
  ),
  endpoint: L(
    'The problem is limited to one address (a channel, a list or a server); the rest of the service answers.',
    'Le problème se limite à une adresse (une chaîne, une liste ou un serveur) ; le reste du service répond.',
  ),
  device: L(
    'The problem follows this device: other devices on the same network work.',
    'Le problème suit cet appareil : les autres appareils du même réseau fonctionnent.',
  ),
  server: L(
    'The problem is on the provider’s side: its servers fail whatever network or device you use.',
    'Le problème est du côté du fournisseur : ses serveurs échouent quels que soient votre réseau et votre appareil.',
  ),
  unknown: L(
    'There are not enough comparisons yet to say where the cause sits: the proofs will tell.',
    'Il n’y a pas encore assez de comparaisons pour situer la cause : les vérifications le diront.',
  ),
};

// The same sides when no comparison proved them yet: what is most likely, and the proof that would settle it.
// A summary must never claim a test the viewer did not make.
const LIKELY_SCOPE_SENTENCES: Readonly<Record<Scope, Localized>> = {
  network: L(
    'This kind of refusal usually follows the network (your address, router, DNS or VPN); trying once on mobile data or a hotspot will tell.',
    'Ce type de refus suit d’habitude le réseau (votre adresse, la box, le DNS ou le VPN) ; un essai en données mobiles ou en partage de connexion le dira.',
  ),
  account: L(
    'This points at the account (subscription) side; check once from another network to be sure before contacting the provider.',
    'Cela désigne plutôt le compte (l’abonnement) ; vérifiez une fois depuis un autre réseau avant de contacter le fournisseur.',
  ),
  endpoint: L(
    'This looks limited to this address (a channel, a list or a server); try another channel to compare.',
    'Cela semble limité à cette adresse (une chaîne, une liste ou un serveur) ; essayez une autre chaîne pour comparer.',
  ),
  device: L(
    'This points at this device (its clock, a blocker, its settings); trying from another device will tell.',
    'Cela désigne plutôt cet appareil (son horloge, un bloqueur, ses réglages) ; un essai depuis un autre appareil le dira.',
  ),
  server: L(
    'This points at the provider’s servers, not at your side.',
    'Cela désigne les serveurs du fournisseur, pas votre côté.',
  ),
  unknown: SCOPE_SENTENCES.unknown,
};

// The guide's scenarios A–D, its FAQ on a single channel, and its decision frame for "refused everywhere".
const SITUATION_NAMES: Readonly<Record<Situation, Localized>> = {
  'one-network': L('Only on one network', 'Sur un seul réseau'),
  'after-network-change': L('Since a network change', 'Depuis un changement de réseau'),
  'one-device': L('Only on one device', 'Sur un seul appareil'),
  sudden: L('Suddenly, with no change', 'Soudainement, sans changement'),
  'one-channel': L('Only on one channel', 'Sur une seule chaîne'),
  everywhere: L('Everywhere', 'Partout'),
};

/** For a value outside `Situation` (data stored by another version). */
export const OTHER_SITUATION_NAME: Localized = L('Another situation', 'Autre situation');

const has = (table: object, key: string): boolean => Object.hasOwn(table, key);

/** Never throws: a layer unknown at run time (old stored data) reads as "no refusal". */
export function layerSentence(layer: Layer): Localized {
  return has(LAYER_SENTENCES, layer) ? LAYER_SENTENCES[layer] : LAYER_SENTENCES.none;
}

/** Never throws: an unknown scope reads as "not settled yet". */
export function scopeSentence(scope: Scope): Localized {
  return has(SCOPE_SENTENCES, scope) ? SCOPE_SENTENCES[scope] : SCOPE_SENTENCES.unknown;
}

/** The scope sentence as a likelihood, for a verdict whose side no comparison proved. */
export function likelyScopeSentence(scope: Scope): Localized {
  return has(LIKELY_SCOPE_SENTENCES, scope) ? LIKELY_SCOPE_SENTENCES[scope] : SCOPE_SENTENCES.unknown;
}

export function situationName(situation: Situation): Localized {
  return has(SITUATION_NAMES, situation) ? SITUATION_NAMES[situation] : OTHER_SITUATION_NAME;
}
