/** The support report's own words, EN and FR, and the small helpers that word its facts. */

import type { ProofSide } from '../../proofs/sides.ts';
import { isDateTime, isoTime } from '../../time.ts';
import type { Lang, Localized, ReportEnvironment } from '../../types.ts';
import type { CurrentVerdict, DoNow } from '../../verdict/current.ts';
import { localized as L } from '../../wording/localized.ts';

export const reportWords = {
  title: L('IPTV access problem — report for support', 'Problème d’accès IPTV — rapport pour le support'),
  summaryRefused: L('Refused', 'Refus'),
  summaryTests: L('What the tests proved', 'Ce que les tests ont prouvé'),
  summaryAsk: L('What I ask of you', 'Ce que je vous demande'),
  noAnswer: L('no answer came back (connection failed)', 'aucune réponse (la connexion a échoué)'),
  by: L('by', 'par'),
  byService: L('by the service itself (no CDN named)', 'par le service lui-même (aucun CDN identifié)'),
  noReference: L('no reference id in the answer', 'pas d’identifiant de référence dans la réponse'),
  noTestsYet: L('no comparison test yet —', 'pas encore de test comparatif —'),
  verdict: L('Diagnosis', 'Diagnostic'),
  doNow: L('Advised next step', 'Étape conseillée'),
  carried: L('(HTTP success, but the panel refuses: $1)', '(succès HTTP, mais le panneau refuse : $1)'),
  confidence: L('Confidence', 'Degré de certitude'),
  context: L('Context', 'Contexte'),
  account: L('Account (user name, to fill in)', 'Compte (identifiant, à compléter)'),
  device: L('Device', 'Appareil'),
  unknownDevice: L('not specified', 'non précisé'),
  browser: L('Browser', 'Navigateur'),
  network: L('Network', 'Réseau'),
  unknownNetwork: L(
    'not named (say: home Wi-Fi, 4G/5G, hotspot…)',
    'non nommé (précisez : Wi-Fi de la box, 4G/5G, partage de connexion…)',
  ),
  location: L('Approximate location', 'Localisation approximative'),
  locationNote: L(
    '(CDN edge that answered, not my address)',
    '(point de présence du CDN qui a répondu, pas mon adresse)',
  ),
  firstFailure: L('First refusal', 'Premier refus'),
  lastFailure: L('Last refusal', 'Dernier refus'),
  reportTime: L('Report written', 'Rapport rédigé'),
  whatHappens: L('What happens', 'Ce qui se passe'),
  nothing: L('No refused request was captured.', 'Aucune requête refusée n’a été enregistrée.'),
  when: L('When', 'À quel moment'),
  codes: L('Codes received', 'Codes reçus'),
  vendor: L('Answered by', 'Réponse émise par'),
  vendorCodes: L('Error references', 'Références d’erreur'),
  proofs: L('Tests done', 'Tests effectués'),
  noProofs: L(
    'No comparison test recorded yet (Wi-Fi vs mobile data, hotspot, VPN off, DNS, other device).',
    'Aucun test comparatif enregistré pour l’instant (Wi-Fi ou données mobiles, partage de connexion, VPN coupé, DNS, autre appareil).',
  ),
  evidence: L('Evidence', 'Indices'),
  vpnOn: L('VPN on', 'VPN activé'),
  vpnOff: L('VPN off', 'VPN coupé'),
  toldByHand: L('told by the viewer', 'indiqué par l’utilisateur'),
  footer: L(
    'Passwords, tokens and my address were removed from this report. Written by IPTV Access Lens.',
    'Mots de passe, jetons et mon adresse ont été retirés de ce rapport. Rédigé par IPTV Access Lens.',
  ),
  roles: {
    auth: L('at login', 'à la connexion'),
    catalog: L('loading the channel list', 'au chargement de la liste des chaînes'),
    epg: L('loading the programme guide', 'au chargement du guide des programmes'),
    playlist: L('opening a channel (playlist)', 'à l’ouverture d’une chaîne (playlist)'),
    stream: L('while playing (video segments)', 'pendant la lecture (segments vidéo)'),
    key: L('fetching the decryption key', 'à la récupération de la clé de déchiffrement'),
    other: L('other requests', 'autres requêtes'),
  },
  steps: {
    'wifi-vs-mobile': L('Wi-Fi vs mobile data', 'Wi-Fi ou données mobiles'),
    hotspot: L('Phone hotspot', 'Partage de connexion du téléphone'),
    vpn: L('VPN / proxy off or on', 'VPN / proxy coupé ou activé'),
    dns: L('Other DNS', 'Autre DNS'),
    'other-device': L('Other device or browser', 'Autre appareil ou navigateur'),
  } as Record<string, Localized>,
  outcomes: {
    works: L('works', 'ça fonctionne'),
    'same-refusal': L('same refusal', 'même refus'),
    'different-error': L('a different error', 'une autre erreur'),
    'no-traffic': L('no traffic seen during the test', 'aucun trafic pendant le test'),
    skipped: L('skipped', 'non fait'),
    pending: L('in progress', 'en cours'),
  },
};

/**
 * The sides' names as the UI shows them (`_locales` side_*; test/unit/background/proofs/proof-worker.test.ts
 * keeps the two equal), for readers that do not load the UI's message tables.
 */
export const SIDE_NAMES: Readonly<Record<ProofSide, Localized>> = {
  network: L('Network side', 'Côté réseau'),
  account: L('Account or service side', 'Côté compte ou service'),
  device: L('This device', 'Cet appareil'),
  channel: L('One channel only', 'Une seule chaîne'),
  'anti-abuse': L('Temporary anti-abuse block', 'Blocage anti-abus temporaire'),
  unknown: L('Not settled yet', 'Pas encore établi'),
};

/** What the report asks of the provider, by the tests' side when they decided, else by what to do now. */
const ASK_BY_SIDE: Readonly<Record<ProofSide, Localized>> = {
  network: L(
    'please check whether your firewall or CDN refuses my connection’s address (reference above), and lift it.',
    'merci de vérifier si votre pare-feu ou votre CDN refuse l’adresse de ma connexion (référence ci-dessus), et de lever ce blocage.',
  ),
  account: L(
    'please check my account: status, expiry, allowed connections and package.',
    'merci de vérifier mon compte : statut, date d’expiration, connexions autorisées et bouquet.',
  ),
  device: L(
    'nothing for now: the tests point at my device, which I am checking first.',
    'rien pour l’instant : les tests désignent mon appareil, que je vérifie d’abord.',
  ),
  channel: L(
    'please check this channel’s stream (its server, region or rights).',
    'merci de vérifier le flux de cette chaîne (son serveur, sa région ou ses droits).',
  ),
  'anti-abuse': L(
    'please tell me whether a temporary anti-abuse block is on my address, and when it lifts.',
    'merci de me dire si un blocage anti-abus temporaire vise mon adresse, et quand il sera levé.',
  ),
  unknown: L(
    'please tell me who refused this request (reference above); I am running the comparison tests.',
    'merci de me dire qui a refusé cette requête (référence ci-dessus) ; je fais les tests comparatifs.',
  ),
};

const ASK_BY_ACTION: Partial<Readonly<Record<DoNow, Localized>>> = {
  renew: L(
    'please confirm my subscription’s expiry date and how to renew it.',
    'merci de me confirmer la date d’expiration de mon abonnement et comment le renouveler.',
  ),
  'free-connection': L(
    'please confirm how many connections my subscription allows, and which ones are in use.',
    'merci de me confirmer le nombre de connexions autorisées par mon abonnement, et celles en cours.',
  ),
  'contact-provider': ASK_BY_SIDE.account,
  'check-login': L(
    'please confirm that my login is valid and active (I will not send the password in this message).',
    'merci de me confirmer que mon identifiant est valide et actif (je n’envoie pas le mot de passe dans ce message).',
  ),
  'try-later': L(
    'please check your server: it answers with errors whatever network I use.',
    'merci de vérifier votre serveur : il répond par des erreurs quel que soit mon réseau.',
  ),
  'refresh-list': L(
    'please send an up-to-date channel list: this link no longer exists.',
    'merci de m’envoyer une liste de chaînes à jour : ce lien n’existe plus.',
  ),
  'check-connection': L(
    'please confirm that your server is reachable: the connection fails before any answer.',
    'merci de me confirmer que votre serveur est joignable : la connexion échoue avant toute réponse.',
  ),
  'other-channel': ASK_BY_SIDE.channel,
  wait: ASK_BY_SIDE['anti-abuse'],
  'fix-network': ASK_BY_SIDE.network,
  'fix-device': ASK_BY_SIDE.device,
};

export function askOf(verdict: CurrentVerdict, lang: Lang): string {
  if (
    verdict.source === 'proofs' &&
    verdict.side &&
    verdict.doNow !== 'renew' &&
    verdict.doNow !== 'free-connection'
  )
    return ASK_BY_SIDE[verdict.side][lang];
  return (ASK_BY_ACTION[verdict.doNow] ?? ASK_BY_SIDE.unknown)[lang];
}

/** "Chrome 131.0.6778.85", "Firefox 128.0": the product and its version, from the user agent. */
export function browserOf(environment: ReportEnvironment): string {
  const agent = environment.userAgent ?? '';
  const named = /(Firefox|Edg|OPR|Chrome|Chromium)\/([\d.]+)/.exec(agent);
  if (named) {
    const name = { Edg: 'Edge', OPR: 'Opera' }[named[1] as 'Edg' | 'OPR'] ?? named[1];
    return `${name} ${named[2]}`;
  }
  return environment.browser ? `${environment.browser} (${agent ? agent.slice(0, 120) : '—'})` : agent || '—';
}

function format(ms: number, lang: Lang, options: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', options).format(ms);
}

/** "03/12/2026 22:14:05 (Europe/Paris, UTC+1) — 21:14:05 UTC": the viewer's clock and the provider's logs. */
export function formatLocalAndUtc(ms: number, timeZone: string | undefined, lang: Lang): string {
  if (!isDateTime(ms) || ms <= 0) return '—';
  try {
    const local = format(ms, lang, { dateStyle: 'short', timeStyle: 'medium', timeZone });
    const offset = format(ms, 'en', { timeZone, timeZoneName: 'shortOffset' }).split(' ').at(-1);
    const utc = format(ms, lang, { dateStyle: 'short', timeStyle: 'medium', timeZone: 'UTC' });
    const zone = [timeZone, offset?.replace('GMT', 'UTC')].filter(Boolean).join(', ');
    return `${local} (${zone}) — ${utc} UTC`;
  } catch {
    return `${isoTime(ms)} (UTC)`;
  }
}
