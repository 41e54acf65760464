/**
 * The engine writes its evidence lines in terse English: support staff and panel developers read them, and
 * they travel as they are in HAR files (`_diagnosis.evidence`), where one language keeps them greppable.
 * The viewer reading the popup, the CLI or the report in French gets them worded in French from this
 * table: one row per sentence template the engine writes (src/rules/*, src/diagnosis/diagnose.ts, the vendor
 * tables' notes, src/knowledge/panels/replies.ts). What a line quotes — header values, body excerpts, error numbers,
 * hosts, labels the viewer typed — passes through unchanged. A line no row knows stays in English; a test
 * runs both case corpora and fails on any sentence left that way.
 *
 * Placeholders in `en`: {n} a number ("50+" too), {role} an endpoint kind, {layer} a layer id, {scope} a
 * scope id, {label} an endpoint label of src/knowledge/endpoints/patterns.ts (with its query values), {text} anything
 * (matched as little as possible); a {text} that is exactly a filler word (`one`) is worded too. The French side uses the same names; {role}, {layer},
 * {scope} and {label} are replaced by their French words. Rows are tried in order: specific before generic.
 * The matching is src/wording/evidence-match.ts; the pages get these rows in the French text pack.
 */

import type { Lang, Layer, Role, Scope } from '../types.ts';
import { type EvidenceWording, evidenceWorder } from './evidence-match.ts';

export type { EvidenceWording } from './evidence-match.ts';

export const EVIDENCE_WORDINGS: readonly EvidenceWording[] = [
  // src/diagnosis/diagnose.ts: the status and the endpoint, then the status-only guess.
  { en: 'HTTP {n} on {role} endpoint ({label})', fr: 'HTTP {n} sur un point d’accès {role} ({label})' },
  {
    en: "HTTP {n} but the panel's reply refuses ({label})",
    fr: 'HTTP {n}, mais la réponse du panneau est un refus ({label})',
  },
  { en: 'status {n} usually means: {layer}', fr: 'le code {n} signifie le plus souvent : {layer}' },
  // src/diagnosis/word-lean.ts: what an unmarked refusal's words lean to.
  {
    en: 'no marker names who refused; its words ({text}) lean towards {layer}: a guess from words, learned from captures others published',
    fr: 'aucune trace ne dit qui a refusé ; ses mots ({text}) penchent vers : {layer} — une supposition tirée des mots, apprise sur des captures publiées par d’autres',
  },
  {
    en: '403 with no CDN/WAF marker: probably a rule of the service',
    fr: '403 sans trace de CDN ni de pare-feu : sans doute une règle du service',
  },
  {
    en: '403 from the panel itself, no CDN marker: an application rule',
    fr: '403 renvoyé par le panneau lui-même, sans CDN : une règle de l’application',
  },
  {
    en: '403 with {text} in front and no origin marker',
    fr: '403 avec {text} en frontal et aucune trace du serveur d’origine',
  },
  {
    en: '403 from {text}, which runs the service itself: one of its rules',
    fr: '403 renvoyé par {text}, qui fait tourner le service lui-même : une de ses règles',
  },
  { en: 'transport failure: no response (status 0)', fr: 'échec de transport : aucune réponse (statut 0)' },
  { en: 'transport failure: {text}', fr: 'échec de transport : {text}' },
  { en: 'edge {text}', fr: 'point de présence du CDN : {text}' },
  {
    en: 'the certificate was issued by {text}: an antivirus on this device inspects secure connections',
    fr: 'le certificat a été émis par {text} : un antivirus de cet appareil inspecte les connexions sécurisées',
  },
  {
    en: "certificate date rejected ({text}): the device's date and time are probably wrong",
    fr: 'date du certificat refusée ({text}) : la date et l’heure de l’appareil sont sans doute fausses',
  },
  {
    en: 'no signature in the URL: the request was signed with the caller’s own key',
    fr: 'aucune signature dans l’adresse : la requête était signée avec la clé de l’appelant lui-même',
  },
  { en: 'signed link expired {n} min before the request', fr: 'lien signé expiré {n} min avant la requête' },
  { en: 'signed link expired {n} s before the request', fr: 'lien signé expiré {n} s avant la requête' },
  {
    en: "the link carries a token ({text}): the service's token rule refused it",
    fr: 'le lien porte un jeton ({text}) : c’est la règle de jeton du service qui l’a refusé',
  },
  {
    en: 'nginx-style 404 page on the panel API: XC_VM disguises a refused login (or line) this way',
    fr: 'page 404 façon nginx sur l’API du panneau : XC_VM déguise ainsi une connexion (ou une ligne) refusée',
  },
  // src/diagnosis/stated-cause.ts: a cause the response states in its own words (quoted as received).
  { en: 'the response states it: {text}', fr: 'la réponse le dit elle-même : {text}' },
  { en: 'the page states it: {text}', fr: 'la page le dit elle-même : {text}' },
  {
    en: 'the request carried an API key (x-api-key): the gateway answers a key it refuses so, and a firewall rule alike',
    fr: 'la requête portait une clé d’API (x-api-key) : la passerelle répond ainsi à une clé qu’elle refuse, et de même à une règle de pare-feu',
  },
  {
    en: 'the page embeds a CAPTCHA ({text}): a bot check stands between this device and the service',
    fr: 'la page contient un CAPTCHA ({text}) : un contrôle anti-robots se tient entre cet appareil et le service',
  },
  {
    en: "the page is only a script that sets a cookie and reloads it: a bot check's challenge",
    fr: 'la page n’est qu’un script qui pose un cookie et se recharge : le défi d’un contrôle anti-robots',
  },
  {
    en: "the internet provider's name service answered with its own search page ({text}): the service's name did not resolve on this network",
    fr: 'le service de noms du fournisseur d’accès a répondu par sa propre page de recherche ({text}) : le nom du service ne se résout pas sur ce réseau',
  },
  {
    en: "redirected to a Wi-Fi hotspot's login page ({text}): sign in to the hotspot, then try again",
    fr: 'redirigé vers la page de connexion d’un hotspot Wi-Fi ({text}) : connectez-vous au hotspot, puis réessayez',
  },
  {
    en: "redirected to the host's own error page for a removed file ({text}): the file is no longer there",
    fr: 'redirigé vers la page d’erreur de l’hébergeur pour un fichier supprimé ({text}) : le fichier n’y est plus',
  },
  {
    en: "redirected to the service's own sign-in page ({text}): it wants you signed in first",
    fr: 'redirigé vers la page de connexion du service lui-même ({text}) : il veut que vous soyez connecté d’abord',
  },
  {
    en: 'redirected to a block notice ({text}): the network this device is on blocks this address',
    fr: 'redirigé vers un avis de blocage ({text}) : le réseau de cet appareil bloque cette adresse',
  },
  {
    en: 'redirected to a private address ({text}): a box between this device and the service answered (a captive portal, a filter)',
    fr: 'redirigé vers une adresse privée ({text}) : un boîtier entre cet appareil et le service a répondu (un portail captif, un filtre)',
  },
  // src/knowledge/vendors/resolve.ts and the vendor tables: who answered, and what their own page or code says.
  { en: '{text} error code {text}', fr: 'code d’erreur {text} : {text}' },
  { en: 'also seen: {text}', fr: 'également vu : {text}' },
  {
    en: "{text} → probably the origin's own {n}, relayed by {text}",
    fr: '{text} → sans doute le {n} du serveur d’origine, relayé par {text}',
  },
  { en: 'HTTP {n} from {text} itself', fr: 'HTTP {n} renvoyé par {text} lui-même' },
  { en: 'HTTP {n}: {text}', fr: 'HTTP {n} : {text}', inner: true },
  // The vendor rows' notes on a status of their own (src/knowledge/vendors/rows/firewall-products.ts).
  {
    en: 'status {n} is the status {text} answers blocked requests with',
    fr: 'le code {n} est celui que {text} renvoie aux requêtes bloquées',
  },
  {
    en: "Kasada's 429 is a proof-of-work challenge, not a real rate limit",
    fr: 'le 429 de Kasada est un défi de calcul, pas une vraie limite de débit',
  },
  {
    en: "Cloudflare's own status code: the origin server failed, not your connection",
    fr: 'code propre à Cloudflare : c’est le serveur d’origine qui a échoué, pas votre connexion',
  },
  {
    en: 'its own server stamp on the refusal: the hosting’s CDN answered itself',
    fr: 'son propre tampon de serveur sur le refus : le CDN de l’hébergeur a répondu lui-même',
  },
  {
    en: 'no cf-cache-status: Cloudflare probably answered itself',
    fr: 'pas de cf-cache-status : Cloudflare a sans doute répondu lui-même',
  },
  {
    en: 'no cf-cache-status, so a Cloudflare rate-limiting rule answered',
    fr: 'pas de cf-cache-status : c’est une règle de limitation de débit de Cloudflare qui a répondu',
  },
  {
    en: '406 from Fastly: the default response of its Next-Gen WAF when it blocks a request',
    fr: '406 de Fastly : la réponse par défaut de son pare-feu Next-Gen WAF quand il bloque une requête',
  },
  // src/diagnosis/rules/dns-block.ts
  {
    en: '{text} resolved to {text}: bunny.net answers 127.0.0.1 for a country it blocks (DNS-level geo blocking)',
    fr: '{text} pointe vers {text} : bunny.net répond 127.0.0.1 pour un pays qu’il bloque (blocage géographique par le DNS)',
  },
  // src/knowledge/panels/replies.ts: what the panel's own reply says.
  { en: 'exp_date {text} is past', fr: 'exp_date {text} est dépassée' },
  { en: 'portal message {text}', fr: 'message du portail : {text}' },
  { en: 'portal replied {text}', fr: 'réponse du portail : {text}' },
  { en: 'js={text} on {text}', fr: 'js={text} sur {text}' },
  // src/rules/*: what the comparison of several requests shows.
  {
    en: "root cause: the panel's own reply on {role} explains the failures that follow",
    fr: 'cause première : la réponse du panneau sur le point d’accès {role} explique les échecs qui suivent',
  },
  {
    en: 'root cause: the login request failed first; later refusals follow from it',
    fr: 'cause première : la connexion a échoué d’abord ; les refus suivants en découlent',
  },
  {
    en: 'root cause: the request was sent to sign in first; the bare refusals after it follow from that',
    fr: 'cause première : la demande a d’abord été renvoyée vers une connexion ; les simples refus qui suivent en découlent',
  },
  {
    en: '1 failure of a kind that sits on the {scope} side',
    fr: 'un échec d’un type qui se situe du côté {scope}',
  },
  {
    en: '{n} failures of a kind that sits on the {scope} side',
    fr: '{n} échecs d’un type qui se situe du côté {scope}',
  },
  {
    en: 'the comparison, not the status code, names the layer: {layer}',
    fr: 'c’est la comparaison, et non le code, qui désigne la couche : {layer}',
  },
  {
    en: '{layer} is the strongest of {n} competing explanations',
    fr: 'l’explication « {layer} » est la plus solide des {n} possibles',
  },
  {
    en: '{n} refusals within {n} s after successful requests',
    fr: '{n} refus en {n} s après des requêtes réussies',
  },
  { en: '{n} refusals within {n} s', fr: '{n} refus en {n} s' },
  { en: 'the same URL was retried {n} times', fr: 'la même adresse a été redemandée {n} fois' },
  {
    en: 'the only failure is a server error (5xx) on {text}',
    fr: 'le seul échec est une erreur serveur (5xx) sur {text}',
  },
  {
    en: '{n} of {n} failures are server errors (5xx) on {text}',
    fr: '{n} échecs sur {n} sont des erreurs serveur (5xx) sur {text}',
  },
  // src/diagnosis/clock.ts formatSkew: "server ahead by 1.6 h", "server behind by 12 min".
  {
    en: 'clock skew server ahead by {text} between this device and the server (Date header)',
    fr: 'décalage d’horloge : le serveur avance de {text} sur cet appareil (en-tête Date)',
  },
  {
    en: 'clock skew server behind by {text} between this device and the server (Date header)',
    fr: 'décalage d’horloge : le serveur retarde de {text} sur cet appareil (en-tête Date)',
  },
  {
    en: 'device clock is off: server ahead by {text} (signed links and logins fail when the clock is wrong)',
    fr: 'l’horloge de l’appareil est décalée : le serveur avance de {text} (liens signés et connexions échouent quand l’heure est fausse)',
  },
  {
    en: 'device clock is off: server behind by {text} (signed links and logins fail when the clock is wrong)',
    fr: 'l’horloge de l’appareil est décalée : le serveur retarde de {text} (liens signés et connexions échouent quand l’heure est fausse)',
  },
  {
    en: 'clock skew {text} between this device and the server (Date header)',
    fr: 'décalage d’horloge {text} entre cet appareil et le serveur (en-tête Date)',
  },
  {
    en: 'device clock is off: {text} (signed links and logins fail when the clock is wrong)',
    fr: 'l’horloge de l’appareil est décalée : {text} (liens signés et connexions échouent quand l’heure est fausse)',
  },
  // src/diagnosis/rules/edge-change.ts names what changed: the CDN edge, or the server's address.
  {
    en: 'CDN edge changed from {text} to {text} at the first failure (DNS or routing sends you elsewhere)',
    fr: 'le point de présence du CDN est passé de {text} à {text} au premier échec (le DNS ou le routage vous envoie ailleurs)',
  },
  {
    en: 'server address changed from {text} to {text} at the first failure (DNS or routing sends you elsewhere)',
    fr: 'l’adresse du serveur est passée de {text} à {text} au premier échec (le DNS ou le routage vous envoie ailleurs)',
  },
  {
    en: 'fails on network {text}, works on {text} (same {role} endpoint)',
    fr: 'échoue sur le réseau {text}, fonctionne sur {text} (même point d’accès {role})',
  },
  {
    en: 'fails on device {text}, works on {text} on the same network',
    fr: 'échoue sur l’appareil {text}, fonctionne sur {text} sur le même réseau',
  },
  {
    en: 'fails on every network tried ({text}) and every device ({text})',
    fr: 'échoue sur tous les réseaux essayés ({text}) et tous les appareils ({text})',
  },
  {
    en: 'fails on {text}, works on {text} (the device changed too)',
    fr: 'échoue sur {text}, fonctionne sur {text} (l’appareil a changé aussi)',
  },
  // src/diagnosis/rules/siblings.ts: what the other requests to the same host carry or name.
  {
    en: "other requests to {text} carry a token ({text}): the service's token rule refused this one",
    fr: 'd’autres requêtes vers {text} portent un jeton ({text}) : c’est la règle de jeton du service qui a refusé celle-ci',
  },
  {
    en: 'the refusal came without headers; other responses from {text} name {text} ({text})',
    fr: 'le refus est arrivé sans en-têtes ; les autres réponses de {text} désignent {text} ({text})',
  },
  {
    en: 'only {text} fails on {text}; 1 other {role} request on the same host worked',
    fr: 'seul {text} échoue sur {text} ; une autre requête {role} sur le même hôte a abouti',
  },
  {
    en: 'only {text} fails on {text}; {n} other {role} requests on the same host worked',
    fr: 'seul {text} échoue sur {text} ; {n} autres requêtes {role} sur le même hôte ont abouti',
  },
];

/** French words for the ids a line quotes, by slot; an id not listed stays as written. */
const EVIDENCE_TERMS_FR = {
  // Said as a complement ("un point d’accès de flux", "requête(s) de flux").
  role: {
    auth: 'de connexion',
    catalog: 'de catalogue',
    epg: 'de guide TV',
    playlist: 'de liste de lecture',
    stream: 'de flux',
    key: 'de clé de chiffrement',
    other: 'd’un autre type',
  } satisfies Record<Role, string>,
  layer: {
    waf: 'pare-feu du CDN',
    geo: 'restriction géographique',
    app: 'règle du service',
    account: 'compte',
    auth: 'identification',
    'not-found': 'ressource absente',
    'rate-limit': 'limite de débit',
    server: 'serveur',
    network: 'réseau',
    device: 'appareil',
    none: 'aucun refus',
  } satisfies Record<Layer, string>,
  // src/knowledge/endpoints/patterns.ts labels (and endpoint-roles.ts's fallback); file and API names stay as they are.
  label: {
    'DASH init segment': 'segment d’initialisation DASH',
    'DASH manifest (.mpd)': 'manifeste DASH (.mpd)',
    'DASH manifest MIME type': 'type MIME de manifeste DASH',
    'DRM licence endpoint': 'serveur de licences DRM',
    'FairPlay licence': 'licence FairPlay',
    'HLS key (.key)': 'clé HLS (.key)',
    'HLS key endpoint': 'serveur de clés HLS',
    'HLS master playlist': 'liste maîtresse HLS',
    'HLS media playlist': 'liste de segments HLS',
    'HLS playlist (.m3u8)': 'liste HLS (.m3u8)',
    'HLS playlist MIME type': 'type MIME de liste HLS',
    'M3U playlist (.m3u)': 'liste M3U (.m3u)',
    'MPEG-TS MIME type': 'type MIME MPEG-TS',
    'MPEG-TS over HTTP': 'MPEG-TS sur HTTP',
    'MPEG-TS segment (.ts)': 'segment MPEG-TS (.ts)',
    'Stalker portal (unknown action)': 'portail Stalker (action inconnue)',
    'Stalker portal': 'portail Stalker',
    'Widevine licence': 'licence Widevine',
    'Widevine proxy': 'proxy Widevine',
    'Xtream playback URL (.m3u8)': 'adresse de lecture Xtream (.m3u8)',
    'Xtream playback URL': 'adresse de lecture Xtream',
    'Xtream short playback URL (.m3u8)': 'adresse de lecture Xtream courte (.m3u8)',
    'Xtream short playback URL': 'adresse de lecture Xtream courte',
    'audio segment (.aac)': 'segment audio (.aac)',
    'fMP4 segment': 'segment fMP4',
    'media segment MIME type': 'type MIME de segment média',
    'player_api.php (unknown action)': 'player_api.php (action inconnue)',
    'login endpoint': 'page de connexion',
    'no known IPTV endpoint pattern': 'aucun modèle d’adresse IPTV connu',
  } as Record<string, string>,
  // Filler words a rule writes in place of a missing label (label-compare.ts: "tried (one)").
  text: { one: 'un seul' } as Record<string, string>,
  scope: {
    network: 'réseau',
    account: 'compte',
    endpoint: 'adresse',
    device: 'appareil',
    server: 'serveur',
    unknown: 'inconnu',
  } satisfies Record<Scope, string>,
};

/** The rows and terms as src/wording/evidence-match.ts takes them (the French text pack carries the same). */
export const FRENCH_EVIDENCE = { rows: EVIDENCE_WORDINGS, terms: EVIDENCE_TERMS_FR } as const;

let french: ((line: string) => string) | undefined;

/** For readers with both languages at hand (the CLI, the support report): a line in `lang`. */
export function evidenceIn(line: string, lang: Lang): string {
  if (lang !== 'fr') return line;
  french ??= evidenceWorder(FRENCH_EVIDENCE);
  return french(line);
}
