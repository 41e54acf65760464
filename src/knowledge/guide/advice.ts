/**
 * Advice shared by every knowledge table: the five proofs, the don'ts, the common next steps and when to
 * contact support. The status, transport and layer tables point at these rows by id instead of repeating
 * the text, so a wording fixed here is fixed everywhere.
 *
 * The substance follows the project's French troubleshooting guide (reworded, never copied): prove
 * network against account before touching anything, and avoid the moves that make a temporary block worse.
 */

import type { Localized } from '../../types.ts';
import { localized } from '../../wording/localized.ts';

/** Re-exported: the tables and their tests have always imported it from here. */
import type { DontId, ProofId, StepId } from './ids.ts';

export type { DontId, ProofId, StepId } from './ids.ts';
export { localized };

const L = localized;

/** One of the guide's five proofs: change one thing, keep the rest, read what the result says. */
export interface Proof {
  id: ProofId;
  title: Localized;
  /** What to change. */
  change: Localized;
  /** Why this comparison isolates something. */
  why: Localized;
  /** How to read the result. */
  read: Localized;
}

/** In the guide's order: quickest and least intrusive first. */
export const PROOFS: readonly Proof[] = [
  {
    id: 'wifi-vs-mobile',
    title: L('Wi-Fi vs mobile data', 'Wi-Fi ou données mobiles'),
    change: L(
      'Try once on Wi-Fi and note the result, then turn Wi-Fi off and try again on 4G/5G.',
      'Essayez une fois en Wi-Fi et notez le résultat, puis coupez le Wi-Fi et réessayez en 4G/5G.',
    ),
    why: L(
      'It is the fastest way to change your public address and network path without changing anything else.',
      'C’est le moyen le plus rapide de changer d’adresse publique et de chemin réseau sans rien toucher d’autre.',
    ),
    read: L(
      'Fine on one, refused on the other: the refused network (its address or its DNS) is the cause, not your code. Refused on both: carry on with the other proofs.',
      'Ça passe d’un côté et pas de l’autre : c’est le réseau refusé (son adresse ou son DNS) qui est en cause, pas votre code. Refusé des deux côtés : passez aux autres vérifications.',
    ),
  },
  {
    id: 'hotspot',
    title: L('Phone hotspot', 'Partage de connexion'),
    change: L(
      'Share your phone’s mobile data, connect the TV, box or stick to it, and try again.',
      'Activez le partage de connexion du téléphone, connectez-y la TV, le boîtier ou la clé, puis réessayez.',
    ),
    why: L(
      'The very same device moves to another network, so only the network changes.',
      'Le même appareil passe sur un autre réseau : seul le réseau change.',
    ),
    read: L(
      'Works through the hotspot but not through the home router: your internet line (address, DNS, routing) is being filtered. Fails both ways: look at the account, the app or a wider rule.',
      'Ça marche via le partage mais pas via la box : c’est votre ligne (adresse, DNS, routage) qui est filtrée. Échec dans les deux cas : regardez plutôt le compte, l’application ou une règle plus large.',
    ),
  },
  {
    id: 'vpn',
    title: L('VPN off, then on', 'VPN coupé, puis activé'),
    change: L(
      'Turn off any VPN, and look for hidden ones: private DNS, security or antivirus apps, blockers, “secure browsing” options. Then compare with the VPN on.',
      'Coupez tout VPN et cherchez ceux qui ne disent pas leur nom : DNS privé, applications de sécurité ou antivirus, bloqueurs, options de « navigation sécurisée ». Comparez ensuite avec le VPN activé.',
    ),
    why: L(
      'VPN exit addresses are shared by many people and often belong to data-centre ranges that protection services refuse.',
      'Les adresses de sortie des VPN sont partagées par beaucoup d’utilisateurs et appartiennent souvent à des centres de données que les protections refusent.',
    ),
    read: L(
      'Refused only with the VPN on: the VPN’s address is blocked, which is very common. Refused only with it off: rarer, your own address is flagged and the VPN leaves through a clean one.',
      'Refusé seulement VPN activé : l’adresse du VPN est bloquée, c’est très courant. Refusé seulement VPN coupé : plus rare, votre propre adresse est signalée et le VPN sort par une adresse saine.',
    ),
  },
  {
    id: 'dns',
    title: L('Another DNS', 'Autre serveur DNS'),
    change: L(
      'Set a well-known public DNS (for example 1.1.1.1 or 8.8.8.8) on the device or on the router, then restart the device.',
      'Réglez un DNS public connu (par exemple 1.1.1.1 ou 8.8.8.8) sur l’appareil ou sur la box, puis redémarrez l’appareil.',
    ),
    why: L(
      'DNS decides which entrance of the service you reach; a filtering or stale DNS can lead you to one that refuses.',
      'Le DNS décide par quelle porte d’entrée du service vous passez ; un DNS filtrant ou mal à jour peut vous mener vers une porte qui refuse.',
    ),
    read: L(
      'The error goes away: your former DNS led to another entrance, or filtered. No change: DNS is not the cause.',
      'L’erreur disparaît : votre ancien DNS menait ailleurs ou filtrait. Aucun changement : le DNS n’y est pour rien.',
    ),
  },
  {
    id: 'other-device',
    title: L('Another device', 'Autre appareil'),
    change: L(
      'Try the same code on another device: a phone on mobile data, or a second device on the same Wi-Fi.',
      'Testez votre code sur un deuxième appareil : un téléphone en données mobiles, ou un autre équipement branché sur le même Wi-Fi.',
    ),
    why: L(
      'It tells a problem of this device apart from a problem of the account or of the network.',
      'Cela distingue un problème propre à cet appareil d’un problème de compte ou de réseau.',
    ),
    read: L(
      'Refused on one device only: look at that device (clock, cache, app, settings). Refused on several devices but on one network only: it is the network.',
      'Refusé sur un seul appareil : regardez cet appareil (horloge, cache, application, réglages). Refusé sur plusieurs appareils mais sur un seul réseau : c’est le réseau.',
    ),
  },
];

export interface Dont {
  id: DontId;
  text: Localized;
  why: Localized;
}

export const DONTS: readonly Dont[] = [
  {
    id: 'reinstall-loop',
    text: L('Don’t reinstall the app again and again.', 'Ne réinstallez pas l’application en boucle.'),
    why: L(
      'It changes neither your address nor the network path, and each new attempt can stretch a temporary block.',
      'Cela ne change ni votre adresse ni le chemin réseau, et chaque nouvelle tentative peut prolonger un blocage temporaire.',
    ),
  },
  {
    id: 'random-codes',
    text: L('Don’t try codes or accounts at random.', 'Ne changez pas de code ou de compte au hasard.'),
    why: L(
      'A refusal does not prove the code is wrong; swapping adds new failures, blurs the picture and loses the one thing that stayed constant.',
      'Un refus ne prouve pas que le code est faux ; en changer ajoute des échecs, brouille l’analyse et vous fait perdre le seul élément resté stable.',
    ),
  },
  {
    id: 'factory-reset',
    text: L('Don’t factory-reset the device without proof.', 'Ne réinitialisez pas l’appareil sans preuve.'),
    why: L(
      'It costs a lot of time and does nothing against the most frequent cause, a blocked address or a firewall rule.',
      'C’est long et cela ne règle pas la cause la plus fréquente : une adresse bloquée ou une règle de pare-feu.',
    ),
  },
  {
    id: 'retry-loop',
    text: L('Don’t hammer the retry button.', 'N’enchaînez pas les tentatives.'),
    why: L(
      'Bursts of attempts look like abuse to protection systems and can turn a short block into a long one.',
      'Des essais en rafale ressemblent à un abus pour les protections et peuvent transformer un blocage court en blocage long.',
    ),
  },
];

export const STEPS: Readonly<Record<StepId, Localized>> = {
  'stop-and-wait': L(
    'If you have already retried many times, stop for 15 to 30 minutes, then make one single test.',
    'Si vous avez déjà multiplié les essais, arrêtez-vous 15 à 30 minutes, puis faites un seul test.',
  ),
  'restart-router': L(
    'Restart your internet router: if your address is dynamic, you get a new one.',
    'Redémarrez la box : si votre adresse IP est dynamique, vous en obtenez une nouvelle.',
  ),
  'check-clock': L(
    'Set the date, time and time zone of the device to automatic.',
    'Réglez la date, l’heure et le fuseau horaire de l’appareil en automatique.',
  ),
  'clear-cache': L(
    'Clear the app’s cache or force it to stop; uninstalling is not needed.',
    'Videz le cache de l’application ou forcez son arrêt ; inutile de la désinstaller.',
  ),
  'check-subscription': L(
    'Check in your customer area, or with the seller, that the subscription is active and not expired.',
    'Vérifiez dans votre espace client, ou auprès du vendeur, que l’abonnement est actif et non expiré.',
  ),
  'check-login': L(
    'Check the login details character by character: capitals, spaces, and the server address.',
    'Vérifiez les identifiants caractère par caractère : majuscules, espaces et adresse du serveur.',
  ),
  'wait-for-server': L(
    'Wait a few minutes, then try once: the fault is on the provider’s side and usually clears without you.',
    'Patientez quelques minutes puis réessayez une fois : la panne est côté fournisseur et se résout en général sans vous.',
  ),
  'refresh-list': L(
    'Refresh the playlist or channel list so the app fetches current links.',
    'Actualisez la liste de lecture ou la liste des chaînes pour que l’application récupère des liens à jour.',
  ),
  'check-connection': L(
    'Check that other websites and apps work on this connection.',
    'Vérifiez que d’autres sites et applications fonctionnent sur cette connexion.',
  ),
  'check-blockers': L(
    'Pause ad blockers, privacy extensions and antivirus web protection for this service, then try again.',
    'Mettez en pause bloqueurs de publicité, extensions de confidentialité et protection web de l’antivirus pour ce service, puis réessayez.',
  ),
  'check-proxy': L(
    'Check the proxy settings of the device or browser: remove a proxy you do not need, or enter its own login.',
    'Vérifiez les réglages de proxy de l’appareil ou du navigateur : retirez un proxy inutile, ou saisissez ses propres identifiants.',
  ),
  'update-app': L(
    'Update the app, and the device’s system, to the latest version.',
    'Mettez à jour l’application, ainsi que le système de l’appareil.',
  ),
  'try-other-channel': L(
    'Try a few other channels: if only this one fails, the problem is limited to that stream.',
    'Essayez quelques autres chaînes : si celle-ci est la seule en échec, le problème se limite à ce flux.',
  ),
  'close-other-streams': L(
    'Close playback on your other devices: many subscriptions limit simultaneous connections.',
    'Arrêtez la lecture sur vos autres appareils : beaucoup d’abonnements limitent les connexions simultanées.',
  ),
  'check-device-network': L(
    'Check this device’s own network settings: a manual DNS or proxy set only on it.',
    'Vérifiez les réglages réseau propres à cet appareil : un DNS ou un proxy réglé à la main.',
  ),
  'contact-support': L(
    'If the proofs point to the account, contact support with your test results.',
    'Si les vérifications désignent le compte, contactez le support avec vos résultats de test.',
  ),
};

/** When to contact support, and what to give them so the answer is not a generic one. */
export const SUPPORT: { when: readonly Localized[]; give: readonly Localized[] } = {
  when: [
    L(
      'Refused on several networks (Wi-Fi, mobile data, hotspot) and on several devices.',
      'Refus sur plusieurs réseaux (Wi-Fi, données mobiles, partage de connexion) et sur plusieurs appareils.',
    ),
    L(
      'Still refused after 24 hours despite the hotspot, DNS and VPN-off tests.',
      'Refus qui dure depuis plus de 24 heures malgré les tests partage de connexion, DNS et VPN coupé.',
    ),
  ],
  give: [
    L(
      'The device: Fire TV Stick, Android TV, smart TV, phone…',
      'L’appareil : Fire TV Stick, Android TV, téléviseur connecté, téléphone…',
    ),
    L(
      'The network: home internet and its provider, or mobile data and its operator.',
      'Le réseau : box et fournisseur d’accès, ou données mobiles et opérateur.',
    ),
    L(
      'Your town and country, which matter for geographic rules.',
      'Votre ville et votre pays, utiles pour les règles géographiques.',
    ),
    L(
      'The exact time of each test, with the time zone.',
      'L’heure exacte de chaque test, avec le fuseau horaire.',
    ),
    L(
      'When it fails: at sign-in, when the channel list loads, or on some channels only.',
      'À quel moment ça échoue : à la connexion, au chargement des chaînes, ou sur certaines chaînes seulement.',
    ),
    L(
      'The result of each proof: Wi-Fi vs mobile data, hotspot, VPN off and on, another device.',
      'Le résultat de chaque vérification : Wi-Fi ou données mobiles, partage de connexion, VPN coupé puis activé, autre appareil.',
    ),
    L(
      'The report exported from this tool; passwords and tokens are removed from it.',
      'Le rapport exporté par cet outil ; mots de passe et jetons en sont retirés.',
    ),
  ],
};

/** A next step is either a shared row (by id) or a text specific to the table that cites it. */
export type AdviceRef = ProofId | StepId | Localized;
export type DontRef = DontId | Localized;

const proofById = new Map<ProofId, Proof>(PROOFS.map((proof) => [proof.id, proof]));
const dontById = new Map<DontId, Dont>(DONTS.map((dont) => [dont.id, dont]));

export function proof(id: ProofId): Proof {
  return proofById.get(id)!;
}

export function dont(id: DontId): Dont {
  return dontById.get(id)!;
}

function isProofId(id: string): id is ProofId {
  return proofById.has(id as ProofId);
}

/** French goes on in lower case after a colon; an acronym ("VPN", "DNS") keeps its capitals. */
function continueAfterColon(text: string): string {
  const [first = '', second = ''] = text;
  return second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}

/** The one-line form of a proof, as it appears in a list of next steps: "Title: what to change". */
function proofLine(row: Proof): Localized {
  return {
    en: `${row.title.en}: ${row.change.en}`,
    fr: `${row.title.fr}\u00a0: ${continueAfterColon(row.change.fr)}`,
  };
}

/** The one-line form of a don't, carrying its reason: a rule without the why is easy to ignore. */
function dontLine(row: Dont): Localized {
  return { en: `${row.text.en} ${row.why.en}`, fr: `${row.text.fr} ${row.why.fr}` };
}

// Built once: tables resolve their references at load time and share these objects.
const proofLines = new Map<ProofId, Localized>(PROOFS.map((row) => [row.id, proofLine(row)]));
const dontLines = new Map<DontId, Localized>(DONTS.map((row) => [row.id, dontLine(row)]));

export function adviceLine(ref: AdviceRef): Localized {
  if (typeof ref !== 'string') return ref;
  if (isProofId(ref)) return proofLines.get(ref)!;
  return STEPS[ref];
}

export function dontAdvice(ref: DontRef): Localized {
  return typeof ref === 'string' ? dontLines.get(ref)! : ref;
}
