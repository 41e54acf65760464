/**
 * The words of the current verdict, EN and FR: headline per layer (who or what said no, never where — the
 * "where" line says that, so the two never contradict each other), where the cause sits, the one thing to do
 * now, the tests' sides. Reworded from the guide's decision frame (shared troubleshooting guide,
 * shared/seed): a refusal is not an outage, the network before the account, no retry loops. Steps are
 * worded for a computer with a browser: what it can do itself, and where another device is needed, say so.
 */
import type { Lang, Localized } from '../types.ts';
import { localized as L } from '../wording/localized.ts';
import type { VerdictWords } from './wording.ts';

type Table<K extends string> = Record<K, Localized>;

const HEADLINE = {
  waf: L(
    'Refused by the CDN’s firewall — this is not an outage.',
    'Refusé par le pare-feu du CDN — ce n’est pas une panne.',
  ),
  geo: L(
    'Refused because of where your connection seems to come from (country, operator or address range).',
    'Refusé à cause de la provenance apparente de votre connexion (pays, opérateur ou plage d’adresses).',
  ),
  app: L(
    'Refused by the service’s own rules (too many attempts, an unusual pace, a session it does not recognise).',
    'Refusé par les règles du service lui-même (trop de tentatives, un rythme inhabituel, une session qu’il ne reconnaît pas).',
  ),
  account: L(
    'Refused because of the account: expired, suspended or restricted.',
    'Refusé à cause du compte : expiré, suspendu ou restreint.',
  ),
  auth: L(
    'Not recognised: the login details or the session were wrong or out of date.',
    'Identifiants non reconnus : erronés, ou session expirée.',
  ),
  'not-found': L(
    'Nothing at this address any more: the link is out of date.',
    'Plus rien à cette adresse : le lien n’est plus à jour.',
  ),
  'rate-limit': L(
    'Too many requests in a short time: the service asks you to slow down.',
    'Trop de requêtes en peu de temps : le service demande de ralentir.',
  ),
  server: L(
    'The provider’s server is failing — you did nothing wrong.',
    'Le serveur du fournisseur est en panne — vous n’y êtes pour rien.',
  ),
  network: L(
    'The connection broke before the service could answer.',
    'La connexion a échoué avant que le service puisse répondre.',
  ),
  device: L(
    'Something on this device stopped the request: its clock, a blocker or a setting.',
    'Quelque chose sur cet appareil a bloqué la requête : son horloge, un bloqueur ou un réglage.',
  ),
  none: L('Nothing was refused here.', 'Rien n’a été refusé ici.'),
} satisfies Table<keyof VerdictWords['headline']>;

const HEADLINE_BY_VENDOR = {
  waf: L(
    'Refused by $1 firewall — this is not an outage.',
    'Refusé par le pare-feu $1 — ce n’est pas une panne.',
  ),
  geo: L(
    'Refused by $1 rule on where your connection comes from (country, operator or address range).',
    'Refusé par une règle $1 sur la provenance de votre connexion (pays, opérateur ou plage d’adresses).',
  ),
  'rate-limit': L(
    'Too many requests: $1 protection asks you to slow down.',
    'Trop de requêtes : la protection $1 demande de ralentir.',
  ),
};

// The tests' sides (src/proofs/sides.ts), said as what the tests found.
const SIDE = {
  network: L(
    'Your network is the cause, not your account.',
    'C’est votre réseau qui est en cause, pas votre compte.',
  ),
  account: L(
    'Refused on every network tried: the account or the service is the cause.',
    'Refusé sur tous les réseaux essayés : c’est le compte ou le service qui est en cause.',
  ),
  device: L(
    'This device is the cause: another one gets through.',
    'C’est cet appareil qui est en cause : un autre passe.',
  ),
  channel: L('Only this channel is refused.', 'Seule cette chaîne est refusée.'),
  'anti-abuse': L(
    'A temporary anti-abuse block, set off by repeated attempts.',
    'Un blocage anti-abus temporaire, déclenché par des tentatives répétées.',
  ),
  unknown: L('Not settled yet: no test has answered.', 'Pas encore établi : aucun test n’a répondu.'),
};

const SIDE_WHERE = {
  network: L(
    'The refusal follows this connection: its public address, a VPN or proxy, or its DNS. Leave your code alone.',
    'Le refus tient à cette connexion : son adresse publique, un VPN ou un proxy, ou son DNS. Ne touchez pas à votre code.',
  ),
  account: L(
    'The restriction sits with the subscription or the service, not with your connection.',
    'La restriction se situe du côté de l’abonnement ou du service, pas de votre connexion.',
  ),
  device: L(
    'Look at this device: its date and time, the app’s cache, a DNS or proxy set on it.',
    'Regardez cet appareil : sa date et son heure, le cache de l’application, un DNS ou un proxy réglé dessus.',
  ),
  channel: L(
    'A rule on that stream (its server, region or rights), not the whole account.',
    'Une règle sur ce flux (son serveur, sa région ou ses droits), pas tout le compte.',
  ),
  'anti-abuse': L(
    'It usually lifts by itself once the attempts stop.',
    'Il se lève en général de lui-même une fois les tentatives arrêtées.',
  ),
  unknown: L('Run the next test.', 'Faites le test suivant.'),
};

// Where the cause sits once a comparison proved it…
const WHERE = {
  network: L(
    'Where: your connection (address, box, DNS, VPN) — the same code works elsewhere.',
    'Où : votre connexion (adresse, box, DNS, VPN) — le même code fonctionne ailleurs.',
  ),
  account: L(
    'Where: the subscription — refused on several networks and devices.',
    'Où : l’abonnement — refusé sur plusieurs réseaux et appareils.',
  ),
  endpoint: L(
    'Where: this one address (a channel, a list or a server); the rest of the service answers.',
    'Où : cette seule adresse (une chaîne, une liste ou un serveur) ; le reste du service répond.',
  ),
  device: L(
    'Where: this device — other devices on the same network work.',
    'Où : cet appareil — les autres appareils du même réseau fonctionnent.',
  ),
  server: L(
    'Where: the provider’s servers, whatever network or device you use.',
    'Où : les serveurs du fournisseur, quels que soient votre réseau et votre appareil.',
  ),
  unknown: L('Where: not known yet — the tests will tell.', 'Où : pas encore connu — les tests le diront.'),
};

// …and as the usual side when none did: never claiming a test the person did not make.
const WHERE_LIKELY = {
  network: L(
    'Where: usually the network (address, box, DNS or VPN) — one try on another connection will tell.',
    'Où : en général, le réseau (adresse, box, DNS ou VPN) — un essai sur une autre connexion le confirmera.',
  ),
  account: L(
    'Where: most likely the subscription — check once from another network before contacting the provider.',
    'Où : sans doute l’abonnement — vérifiez une fois depuis un autre réseau avant de contacter le fournisseur.',
  ),
  endpoint: L(
    'Where: apparently this address only (a channel, a list or a server).',
    'Où : apparemment cette seule adresse (une chaîne, une liste ou un serveur).',
  ),
  device: L(
    'Where: most likely this device (its clock, a blocker, a setting).',
    'Où : sans doute cet appareil (son horloge, un bloqueur, un réglage).',
  ),
  server: L(
    'Where: the provider’s servers, not your side.',
    'Où : les serveurs du fournisseur, pas chez vous.',
  ),
  unknown: WHERE.unknown,
};

const DO_NOW = {
  nothing: L('Nothing to do: no request was refused.', 'Rien à faire : aucune requête n’a été refusée.'),
  'run-test': L(
    'Connect this computer to your phone’s hotspot and replay the channel once — “Diagnose” guides you.',
    'Connectez cet ordinateur au partage de connexion de votre téléphone et relancez la chaîne une fois — « Diagnostiquer » vous guide.',
  ),
  'fix-network': L(
    'Restart your box, turn off any VPN or private DNS, then try once.',
    'Redémarrez votre box, coupez tout VPN ou DNS privé, puis réessayez une fois.',
  ),
  'fix-device': L(
    'Set this device’s date and time to automatic and pause its blockers, then try once.',
    'Réglez la date et l’heure de cet appareil en automatique et mettez ses bloqueurs en pause, puis réessayez une fois.',
  ),
  renew: L(
    'Renew the subscription (expired on $1), or ask your seller.',
    'Renouvelez l’abonnement (expiré le $1), ou demandez à votre vendeur.',
  ),
  'free-connection': L(
    'Stop playback on another device: $1 of $2 connections are in use.',
    'Arrêtez la lecture sur un autre appareil : $1 connexions sur $2 sont utilisées.',
  ),
  'contact-provider': L(
    'Send the report to your provider (“Copy report”) and ask them to check the account.',
    'Envoyez le rapport à votre fournisseur (« Copier le rapport ») et demandez-lui de vérifier le compte.',
  ),
  'check-login': L(
    'Check the login details character by character, then try once.',
    'Vérifiez les identifiants caractère par caractère, puis réessayez une fois.',
  ),
  wait: L(
    'Stop retrying: wait 15 to 30 minutes, then try once.',
    'Arrêtez d’insister : attendez 15 à 30 minutes, puis réessayez une fois.',
  ),
  'try-later': L(
    'Wait a few minutes, then try once.',
    'Patientez quelques minutes, puis réessayez une fois.',
  ),
  'refresh-list': L(
    'Refresh the channel list, then try the channel again.',
    'Actualisez la liste des chaînes, puis relancez la chaîne.',
  ),
  'other-channel': L(
    'Try another channel to confirm only this one fails.',
    'Essayez une autre chaîne pour confirmer que seule celle-ci échoue.',
  ),
  'check-connection': L(
    'Check that other websites work on this connection, then restart your box.',
    'Vérifiez que d’autres sites fonctionnent sur cette connexion, puis redémarrez votre box.',
  ),
};

const TEST_NAMES = {
  'wifi-vs-mobile': L(
    'another connection (your phone’s hotspot)',
    'une autre connexion (le partage de connexion du téléphone)',
  ),
  hotspot: L('the phone hotspot', 'le partage de connexion du téléphone'),
  vpn: L('VPN off, then on', 'VPN coupé, puis activé'),
  dns: L('another DNS', 'un autre DNS'),
  'other-device': L('another device', 'un autre appareil'),
};

const REFERENCE = {
  ray: L('Ray ID', 'Ray ID'),
  request: L('Request ID', 'ID de requête'),
  reference: L('Reference', 'Référence'),
  incident: L('Incident ID', 'ID d’incident'),
  support: L('Support ID', 'ID de support'),
};

const OTHERS = {
  probably: L('Probably: $1', 'Probablement : $1'),
  expiredOn: L('Your subscription expired on $1.', 'Votre abonnement a expiré le $1.'),
  expired: L('Your subscription has expired.', 'Votre abonnement a expiré.'),
  wherePanel: L(
    'Where: the subscription — the provider’s panel says so itself.',
    'Où : l’abonnement — le panneau du fournisseur le dit lui-même.',
  ),
  renewNoDate: L(
    'Renew the subscription, or ask your seller.',
    'Renouvelez l’abonnement, ou demandez à votre vendeur.',
  ),
  connectionsFull: L(
    'All your connections are in use ($1 of $2): the panel refuses one more.',
    'Toutes vos connexions sont utilisées ($1 sur $2) : le panneau en refuse une de plus.',
  ),
  testsBoth: L('works on $1; refused on $2', 'ça fonctionne sur $1 ; refusé sur $2'),
  testsWorks: L('works on $1', 'ça fonctionne sur $1'),
  testsRefused: L('refused on $1', 'refusé sur $1'),
  nextTest: L('To settle it: try $1.', 'Pour trancher : essayez $1.'),
  answeredByService: L('the service', 'le service'),
  listAnd: L(' and ', ' et '),
};

function pick<K extends string>(table: Record<K, Localized>, lang: Lang): Record<K, string> {
  return Object.fromEntries(
    Object.entries<Localized>(table).map(([key, text]) => [key, text[lang]]),
  ) as Record<K, string>;
}

/** The verdict's words in one language: the text packs carry them, the report and the CLI ask for them. */
export function verdictWords(lang: Lang): VerdictWords {
  const others = pick(OTHERS, lang);
  return {
    ...others,
    headline: pick(HEADLINE, lang),
    headlineByVendor: pick(HEADLINE_BY_VENDOR, lang),
    side: pick(SIDE, lang),
    sideWhere: pick(SIDE_WHERE, lang),
    where: pick(WHERE, lang),
    whereLikely: pick(WHERE_LIKELY, lang),
    doNow: pick(DO_NOW, lang),
    testNames: pick(TEST_NAMES, lang),
    reference: pick(REFERENCE, lang),
  };
}
