/**
 * What an HTTP status means for someone watching IPTV, and what to do: the display side of the status table
 * (the engine's side, layers and colour class, is src/facts/status.ts, under the same keys). The guide's
 * core message shapes the 4xx rows: a 403 is a refusal, not an outage, and re-typing the code rarely
 * changes it; prove network against account before touching anything.
 */
import { type AdviceRef, type DontRef, localized as L } from '../advice.ts';
import type { StatusRowKey } from '../facts/status.ts';
import type { Localized } from '../types.ts';

export interface StatusText {
  title: Localized;
  meaning: Localized;
  next: readonly AdviceRef[];
  dont: readonly DontRef[];
}

const NOT_YOUR_SIDE = L(
  'Don’t change your network, code or device settings: nothing on your side can repair a server fault.',
  'Ne modifiez ni votre réseau, ni votre code, ni les réglages de l’appareil : rien de votre côté ne peut réparer une panne du serveur.',
);

const CLOUDFLARE_ORIGIN = L(
  'The protection in front of the service works, but the provider’s own server behind it',
  'La protection placée devant le service fonctionne, mais le serveur du fournisseur derrière elle',
);

/** The Cloudflare 52x/530 rows share their shape: the edge answered for an origin that failed. */
function cloudflareRow(title: Localized, failure: Localized): StatusText {
  return {
    title,
    meaning: { en: `${CLOUDFLARE_ORIGIN.en} ${failure.en}`, fr: `${CLOUDFLARE_ORIGIN.fr} ${failure.fr}` },
    next: ['wait-for-server', 'try-other-channel'],
    dont: [NOT_YOUR_SIDE, 'reinstall-loop'],
  };
}

export const STATUS_TEXTS: Readonly<Record<StatusRowKey, StatusText>> = {
  // Not an HTTP status: HAR and webRequest record 0 when no response arrived (HAR 1.2 spec, `status`).
  0: {
    title: L('No answer', 'Aucune réponse'),
    meaning: L(
      'No answer came back at all: the connection failed before the server could reply. The transport error, when there is one, says how.',
      'Aucune réponse n’est revenue : la connexion a échoué avant que le serveur puisse répondre. L’erreur de transport, quand elle existe, dit comment.',
    ),
    next: ['check-connection', 'wifi-vs-mobile'],
    dont: ['reinstall-loop'],
  },
  // RFC 9110 §15.5.1; https://developer.mozilla.org/docs/Web/HTTP/Status/400
  400: {
    title: L('Bad Request', 'Requête incorrecte'),
    meaning: L(
      'The server could not make sense of what the app sent: usually an outdated app, a damaged link or corrupted stored data.',
      'Le serveur n’a pas compris ce que l’application a envoyé : en général une application trop ancienne, un lien abîmé ou des données enregistrées corrompues.',
    ),
    next: ['update-app', 'clear-cache', 'refresh-list'],
    dont: ['reinstall-loop'],
  },
  // RFC 9110 §15.5.2; https://developer.mozilla.org/docs/Web/HTTP/Status/401
  401: {
    title: L('Unauthorized — sign-in needed', 'Non autorisé — identification requise'),
    meaning: L(
      'The service does not know who you are: the login details or the session token were missing, wrong or expired.',
      'Le service ne sait pas qui vous êtes : identifiants ou jeton de session absents, erronés ou expirés.',
    ),
    next: ['check-login', 'check-subscription', 'check-clock'],
    dont: ['random-codes', 'retry-loop'],
  },
  // RFC 9110 §15.5.4; https://developer.mozilla.org/docs/Web/HTTP/Status/403;
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-403/
  403: {
    title: L('Forbidden', 'Accès refusé'),
    meaning: L(
      'The service understood the request and said no. It is a refusal, not an outage: most often a firewall, a rule about your network or country, or the service’s own protection; the account comes last. Typing the code again rarely changes it.',
      'Le service a compris la demande et a répondu non. C’est un refus, pas une panne : le plus souvent un pare-feu, une règle liée à votre réseau ou à votre pays, ou une protection du service ; le compte vient en dernier. Ressaisir le code n’y change presque jamais rien.',
    ),
    next: ['wifi-vs-mobile', 'hotspot', 'vpn', 'dns', 'other-device', 'stop-and-wait'],
    dont: ['reinstall-loop', 'random-codes', 'factory-reset'],
  },
  // RFC 9110 §15.5.5; https://developer.mozilla.org/docs/Web/HTTP/Status/404
  404: {
    title: L('Not Found', 'Introuvable'),
    meaning: L(
      'Nothing exists at this address: an old link, a channel that moved, or a list that needs refreshing. Nobody refused you.',
      'Il n’y a rien à cette adresse : un ancien lien, une chaîne déplacée ou une liste à actualiser. Personne ne vous a refusé l’accès.',
    ),
    next: ['refresh-list', 'try-other-channel', 'update-app'],
    dont: ['random-codes', 'reinstall-loop'],
  },
  // RFC 9110 §15.5.6; https://developer.mozilla.org/docs/Web/HTTP/Status/405
  405: {
    title: L('Method Not Allowed', 'Méthode non autorisée'),
    meaning: L(
      'The app asked in a way this address does not accept: the app and the server no longer match, often after an update on one side.',
      'L’application a fait sa demande d’une façon que cette adresse n’accepte pas : l’application et le serveur ne sont plus accordés, souvent après une mise à jour d’un côté.',
    ),
    next: ['update-app', 'contact-support'],
    dont: ['reinstall-loop'],
  },
  // RFC 9110 §15.5.8; https://developer.mozilla.org/docs/Web/HTTP/Status/407
  407: {
    title: L('Proxy Authentication Required', 'Authentification du proxy requise'),
    meaning: L(
      'A proxy between you and the internet (set on the device, or imposed by a company or school network) wants its own login before letting anything through.',
      'Un proxy placé entre vous et Internet (réglé sur l’appareil, ou imposé par un réseau d’entreprise ou d’école) exige ses propres identifiants avant de laisser passer quoi que ce soit.',
    ),
    next: ['check-proxy', 'hotspot'],
    dont: [
      L(
        'Don’t type your IPTV code into the proxy’s login prompt: they are two different accounts.',
        'Ne saisissez pas votre code IPTV dans la fenêtre d’identification du proxy : ce sont deux comptes différents.',
      ),
    ],
  },
  // RFC 9110 §15.5.9; https://developer.mozilla.org/docs/Web/HTTP/Status/408
  408: {
    title: L('Request Timeout', 'Délai de requête dépassé'),
    meaning: L(
      'The server stopped waiting for the app’s request to finish arriving: the connection is slow or unstable.',
      'Le serveur a cessé d’attendre la fin de la requête de l’application : la connexion est lente ou instable.',
    ),
    next: ['check-connection', 'wifi-vs-mobile'],
    dont: ['retry-loop'],
  },
  // RFC 9110 §15.5.11; https://developer.mozilla.org/docs/Web/HTTP/Status/410
  410: {
    title: L('Gone', 'Supprimé'),
    meaning: L(
      'This content was removed for good: the channel or the link no longer exists, and waiting will not bring it back.',
      'Ce contenu a été retiré définitivement : la chaîne ou le lien n’existe plus, et attendre ne le fera pas revenir.',
    ),
    next: ['refresh-list', 'try-other-channel'],
    dont: ['reinstall-loop'],
  },
  // RFC 9110 §15.5.19 (reserved, "I'm a teapot"); some anti-bot filters send it as a mocking refusal.
  418: {
    title: L('I’m a teapot', 'Je suis une théière'),
    meaning: L(
      'A joke code with no official use. When a service sends it, it is almost always an anti-bot filter refusing you in disguise.',
      'Un code humoristique sans usage officiel. Quand un service l’envoie, c’est presque toujours un filtre anti-robots qui vous refuse sous un déguisement.',
    ),
    next: ['wifi-vs-mobile', 'vpn', 'stop-and-wait'],
    dont: ['retry-loop', 'random-codes'],
  },
  // RFC 4918 §11.3 (WebDAV "Locked"); some panels reuse it for a locked account or line.
  423: {
    title: L('Locked', 'Verrouillé'),
    meaning: L(
      'The resource is locked. Some services use this code when an account or a line is locked, often after too many failed attempts.',
      'La ressource est verrouillée. Certains services emploient ce code quand un compte ou une ligne est bloqué, souvent après trop d’échecs.',
    ),
    next: ['stop-and-wait', 'check-subscription', 'contact-support'],
    dont: ['retry-loop', 'random-codes'],
  },
  // RFC 6585 §4; https://developer.mozilla.org/docs/Web/HTTP/Status/429
  429: {
    title: L('Too Many Requests', 'Trop de requêtes'),
    meaning: L(
      'Too many requests in a short time, or too many devices at once: the service asks you to slow down. It clears by itself if you stop.',
      'Trop de requêtes en peu de temps, ou trop d’appareils à la fois : le service vous demande de ralentir. Cela se débloque tout seul si vous arrêtez.',
    ),
    next: ['stop-and-wait', 'close-other-streams'],
    dont: ['retry-loop', 'reinstall-loop'],
  },
  // RFC 7725 §3; https://developer.mozilla.org/docs/Web/HTTP/Status/451
  451: {
    title: L('Unavailable For Legal Reasons', 'Indisponible pour raisons légales'),
    meaning: L(
      'The content may not be shown where your connection appears to be, for legal or rights reasons. A VPN leaving in another country can cause it.',
      'Le contenu ne peut pas être diffusé là où votre connexion semble se trouver, pour des raisons légales ou de droits. Un VPN qui sort dans un autre pays peut en être la cause.',
    ),
    next: ['vpn', 'wifi-vs-mobile'],
    dont: ['random-codes'],
  },
  // RFC 9110 §15.6.1; https://developer.mozilla.org/docs/Web/HTTP/Status/500
  500: {
    title: L('Internal Server Error', 'Erreur interne du serveur'),
    meaning: L(
      'The provider’s server broke while handling the request. It is an outage on their side, not a refusal.',
      'Le serveur du fournisseur a planté en traitant la requête. C’est une panne de son côté, pas un refus.',
    ),
    next: ['wait-for-server', 'try-other-channel'],
    dont: [NOT_YOUR_SIDE, 'reinstall-loop'],
  },
  // RFC 9110 §15.6.3; https://developer.mozilla.org/docs/Web/HTTP/Status/502
  502: {
    title: L('Bad Gateway', 'Passerelle incorrecte'),
    meaning: L(
      'A relay of the provider got a broken answer from the server behind it: a fault in their infrastructure.',
      'Un relais du fournisseur a reçu une réponse invalide du serveur situé derrière lui : une panne dans son infrastructure.',
    ),
    next: ['wait-for-server', 'try-other-channel'],
    dont: [NOT_YOUR_SIDE, 'reinstall-loop'],
  },
  // RFC 9110 §15.6.4; https://developer.mozilla.org/docs/Web/HTTP/Status/503
  503: {
    title: L('Service Unavailable', 'Service indisponible'),
    meaning: L(
      'The service is overloaded or under maintenance for now. Some providers also send it to slow down a client that asks too often.',
      'Le service est surchargé ou en maintenance pour le moment. Certains fournisseurs l’envoient aussi pour freiner un client trop insistant.',
    ),
    next: ['wait-for-server', 'stop-and-wait'],
    dont: [NOT_YOUR_SIDE, 'retry-loop'],
  },
  // RFC 9110 §15.6.5; https://developer.mozilla.org/docs/Web/HTTP/Status/504
  504: {
    title: L('Gateway Timeout', 'Délai de passerelle dépassé'),
    meaning: L(
      'A relay of the provider waited too long for the server behind it: that server is overloaded or down.',
      'Un relais du fournisseur a attendu trop longtemps le serveur situé derrière lui : ce serveur est surchargé ou hors service.',
    ),
    next: ['wait-for-server', 'try-other-channel'],
    dont: [NOT_YOUR_SIDE, 'reinstall-loop'],
  },
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/
  520: cloudflareRow(
    L('Unknown error from the origin (Cloudflare)', 'Erreur inconnue de l’origine (Cloudflare)'),
    L('sent back an empty or unreadable answer.', 'a renvoyé une réponse vide ou illisible.'),
  ),
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/
  521: cloudflareRow(
    L('Origin server is down (Cloudflare)', 'Serveur d’origine hors service (Cloudflare)'),
    L(
      'refused the connection: it is down or turned away the relay.',
      'a refusé la connexion : il est arrêté ou rejette le relais.',
    ),
  ),
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/
  522: cloudflareRow(
    L('Connection to the origin timed out (Cloudflare)', 'Connexion à l’origine expirée (Cloudflare)'),
    L('never accepted the connection in time.', 'n’a pas accepté la connexion à temps.'),
  ),
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/
  523: cloudflareRow(
    L('Origin is unreachable (Cloudflare)', 'Origine injoignable (Cloudflare)'),
    L(
      'cannot be reached at all: a routing or address problem on their side.',
      'est impossible à joindre : un problème de routage ou d’adresse de son côté.',
    ),
  ),
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/
  524: cloudflareRow(
    L('The origin answered too slowly (Cloudflare)', 'L’origine a répondu trop lentement (Cloudflare)'),
    L(
      'accepted the request but took too long to answer.',
      'a accepté la requête mais a mis trop longtemps à répondre.',
    ),
  ),
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/
  525: cloudflareRow(
    L(
      'Secure handshake with the origin failed (Cloudflare)',
      'Échec de la connexion sécurisée avec l’origine (Cloudflare)',
    ),
    L(
      'could not set up a secure connection with it.',
      'n’a pas pu établir de connexion sécurisée avec cette protection.',
    ),
  ),
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/
  526: cloudflareRow(
    L('Invalid certificate at the origin (Cloudflare)', 'Certificat invalide sur l’origine (Cloudflare)'),
    L('presented a certificate that is invalid or expired.', 'présente un certificat invalide ou expiré.'),
  ),
  // Cloudflare's former 5xx page ("527 Railgun error"); Railgun has since been retired, the code is rare.
  527: cloudflareRow(
    L('Railgun error (Cloudflare)', 'Erreur Railgun (Cloudflare)'),
    L(
      'could not be reached through the provider’s accelerator link.',
      'est injoignable par la liaison d’accélération du fournisseur.',
    ),
  ),
  // https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/
  // (the body carries a 1xxx error, e.g. 1016 "Origin DNS error").
  530: cloudflareRow(
    L('Origin DNS error (Cloudflare)', 'Erreur DNS de l’origine (Cloudflare)'),
    L(
      'cannot be found: its name does not resolve on their side.',
      'est introuvable : son nom ne se résout pas de son côté.',
    ),
  ),
  // One fallback per status class, from RFC 9110 §15 (the first digit defines the class).
  '1xx': {
    title: L('Provisional answer', 'Réponse provisoire'),
    meaning: L(
      'The server sent only a provisional answer and the exchange stopped there: the connection probably broke before the real answer.',
      'Le serveur n’a envoyé qu’une réponse provisoire et l’échange s’est arrêté là : la connexion a sans doute été coupée avant la vraie réponse.',
    ),
    next: ['check-connection'],
    dont: ['retry-loop'],
  },
  '2xx': {
    title: L('Success', 'Succès'),
    meaning: L(
      'The server answered normally: this request did not fail. If playback still fails, the cause is in another request.',
      'Le serveur a répondu normalement : cette requête n’a pas échoué. Si la lecture échoue quand même, la cause est dans une autre requête.',
    ),
    next: [],
    dont: [],
  },
  '3xx': {
    title: L('Sent elsewhere', 'Renvoi vers une autre adresse'),
    meaning: L(
      'The server sent the app somewhere else. If nothing followed, the detour led to a dead end: an old address or a sign-in page.',
      'Le serveur a renvoyé l’application ailleurs. Si rien n’a suivi, le détour menait à une impasse : une ancienne adresse ou une page de connexion.',
    ),
    next: ['refresh-list', 'update-app'],
    dont: ['reinstall-loop'],
  },
  '4xx': {
    title: L('Request refused', 'Requête refusée'),
    meaning: L(
      'The server turned this request down for a reason tied to the request itself. This code is less common; the proofs tell network from account.',
      'Le serveur a rejeté cette requête pour une raison liée à la requête elle-même. Ce code est moins courant ; les vérifications départagent réseau et compte.',
    ),
    next: ['wifi-vs-mobile', 'other-device', 'update-app'],
    dont: ['random-codes', 'reinstall-loop'],
  },
  '5xx': {
    title: L('Server error', 'Erreur du serveur'),
    meaning: L(
      'The provider’s side failed to answer properly. It is an outage on their side, not a refusal.',
      'Le côté fournisseur n’a pas su répondre correctement. C’est une panne de son côté, pas un refus.',
    ),
    next: ['wait-for-server', 'try-other-channel'],
    dont: [NOT_YOUR_SIDE, 'reinstall-loop'],
  },
  // Outside 100–599 (LinkedIn's 999, a corrupted HAR): only the sender's own documentation can say.
  other: {
    title: L('Non-standard status', 'Code non standard'),
    meaning: L(
      'The server answered with a code outside the standard range; only its own documentation can say what it means.',
      'Le serveur a répondu avec un code hors de la norme ; seule sa propre documentation peut dire ce qu’il signifie.',
    ),
    next: ['wifi-vs-mobile', 'contact-support'],
    dont: ['random-codes'],
  },
};
