/**
 * Display words for the three ways a verdict is framed: the name and advice of each layer, the name of each
 * scope, and what each of the guide's situations usually means with its advice. The one-sentence
 * answers are in src/knowledge/layers/words-verdict.ts; src/knowledge/layers/meaning.ts joins both.
 */

import type { Layer, Localized, Scope, Situation } from '../../types.ts';
import { type AdviceRef, type DontRef, localized as L } from '../guide/advice.ts';

export interface LayerText {
  name: Localized;
  next: readonly AdviceRef[];
  dont: readonly DontRef[];
}

export interface SituationText {
  /** What this situation usually means. */
  sentence: Localized;
  next: readonly AdviceRef[];
  dont: readonly DontRef[];
}

// Advice in the guide's order for each layer; "none" only points back at the other requests.
export const LAYER_TEXTS: Readonly<Record<Layer, LayerText>> = {
  waf: {
    name: L('CDN / web firewall', 'CDN / pare-feu web'),
    next: ['wifi-vs-mobile', 'hotspot', 'vpn', 'stop-and-wait'],
    dont: ['random-codes', 'reinstall-loop', 'retry-loop'],
  },
  geo: {
    name: L('Geographic restriction', 'Restriction géographique'),
    next: ['vpn', 'wifi-vs-mobile'],
    dont: ['random-codes'],
  },
  app: {
    name: L('Service rules', 'Règles du service'),
    next: ['stop-and-wait', 'clear-cache', 'update-app'],
    dont: ['retry-loop', 'reinstall-loop'],
  },
  account: {
    name: L('Account', 'Compte'),
    next: ['check-subscription', 'other-device', 'contact-support'],
    dont: ['random-codes', 'factory-reset'],
  },
  auth: {
    name: L('Sign-in', 'Identification'),
    next: ['check-login', 'check-subscription', 'check-clock'],
    dont: ['random-codes', 'retry-loop'],
  },
  'not-found': {
    name: L('Missing content', 'Contenu introuvable'),
    next: ['refresh-list', 'try-other-channel'],
    dont: ['reinstall-loop'],
  },
  'rate-limit': {
    name: L('Too many requests', 'Trop de requêtes'),
    next: ['stop-and-wait', 'close-other-streams'],
    dont: ['retry-loop'],
  },
  server: {
    name: L('Provider’s server', 'Serveur du fournisseur'),
    next: ['wait-for-server', 'try-other-channel'],
    dont: ['reinstall-loop', 'factory-reset'],
  },
  network: {
    name: L('Network', 'Réseau'),
    next: ['check-connection', 'wifi-vs-mobile', 'hotspot', 'dns', 'restart-router'],
    dont: ['reinstall-loop', 'factory-reset'],
  },
  device: {
    name: L('Device', 'Appareil'),
    next: ['check-clock', 'check-blockers', 'clear-cache', 'other-device'],
    dont: ['factory-reset', 'reinstall-loop'],
  },
  none: {
    name: L('No refusal', 'Aucun refus'),
    next: [
      L(
        'If playback still fails, look at the other requests of the report.',
        'Si la lecture échoue encore, regardez les autres requêtes du rapport.',
      ),
    ],
    dont: [],
  },
};

export const SCOPE_NAMES: Readonly<Record<Scope, Localized>> = {
  network: L('This network', 'Ce réseau'),
  account: L('The account', 'Le compte'),
  endpoint: L('One address', 'Une seule adresse'),
  device: L('This device', 'Cet appareil'),
  server: L('The provider', 'Le fournisseur'),
  unknown: L('Not settled yet', 'Pas encore établi'),
};

// The guide's scenarios A–D, its FAQ on a single channel, and its decision frame for "refused everywhere".
export const SITUATION_TEXTS: Readonly<Record<Situation, SituationText>> = {
  'one-network': {
    sentence: L(
      'Refused on one network and fine on another: nearly always a block on that network’s address. Leave the code alone.',
      'Refusé sur un réseau et accepté sur un autre : c’est presque toujours un blocage de l’adresse de ce réseau. Ne touchez pas au code.',
    ),
    next: ['hotspot', 'restart-router', 'dns'],
    dont: ['random-codes', 'reinstall-loop'],
  },
  'after-network-change': {
    sentence: L(
      'It worked before a new operator, router or VPN: go back to the plainest setup to see which change matters. If the error follows the VPN, the account is not the cause.',
      'Ça marchait avant un nouvel opérateur, une nouvelle box ou un VPN : revenez à la configuration la plus simple pour voir quel changement compte. Si l’erreur suit le VPN, le compte n’y est pour rien.',
    ),
    next: ['vpn', 'dns', 'hotspot'],
    dont: ['random-codes'],
  },
  'one-device': {
    sentence: L(
      'Refused on one device while another works: its clock, its app cache or its own network settings are the usual suspects.',
      'Refusé sur un appareil alors qu’un autre fonctionne : l’horloge, le cache de l’application ou ses réglages réseau sont les premiers suspects.',
    ),
    next: ['check-clock', 'clear-cache', 'check-device-network', 'update-app'],
    dont: ['reinstall-loop', 'factory-reset'],
  },
  sudden: {
    sentence: L(
      'It stopped overnight with nothing changed on your side: usually a protection reacting to your address, not an outage.',
      'Ça s’est arrêté du jour au lendemain sans rien changer de votre côté : en général une protection qui réagit à votre adresse, pas une panne.',
    ),
    next: ['wifi-vs-mobile', 'hotspot', 'stop-and-wait'],
    dont: ['retry-loop', 'reinstall-loop'],
  },
  'one-channel': {
    sentence: L(
      'Only one channel is refused: a rule on that particular stream (its server, region, rights or key), not the whole account.',
      'Une seule chaîne est refusée : une règle propre à ce flux (son serveur, sa région, ses droits ou sa clé), pas le compte entier.',
    ),
    next: ['try-other-channel', 'refresh-list', 'contact-support'],
    dont: ['random-codes', 'reinstall-loop'],
  },
  everywhere: {
    sentence: L(
      'Refused on every network and every device: an account or service restriction becomes the likely cause. Contact support with your proofs.',
      'Refusé sur tous les réseaux et tous les appareils : une restriction du compte ou du service devient la cause probable. Contactez le support avec vos preuves.',
    ),
    next: ['check-subscription', 'contact-support'],
    dont: ['random-codes', 'factory-reset'],
  },
};

// For a value outside `Situation` (data stored by another version): the proofs are always a safe answer.
export const OTHER_SITUATION_TEXT: SituationText = {
  sentence: L(
    'This situation is not one the guide describes: the proofs will show where the cause sits.',
    'Cette situation ne fait pas partie de celles du guide : les vérifications montreront où se trouve la cause.',
  ),
  next: ['wifi-vs-mobile', 'hotspot', 'vpn', 'dns', 'other-device'],
  dont: ['random-codes', 'reinstall-loop'],
};
