/**
 * The display side of the status table for no answer (0) and the client errors (4xx): what each means for
 * someone watching IPTV, and what to do. The guide's core message shapes these rows: a 403 is a refusal,
 * not an outage, and re-typing the code rarely changes it; prove network against account first.
 */
import { localized as L } from '../guide/advice.ts';
import type { StatusRowKey } from './facts.ts';
import type { StatusText } from './words-row.ts';

export const CLIENT_STATUS_TEXTS = {
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
  // RFC 9110 §15.5.3 (reserved); services use it for content a plan does not include (src/knowledge/status/facts.ts).
  402: {
    title: L('Payment Required', 'Paiement requis'),
    meaning: L(
      'The service wants a payment for this: most often the programme or channel is not part of what your subscription includes, or the account’s payment has lapsed; sometimes the site’s own bill with its host is unpaid. Nothing is broken on your side.',
      'Le service demande un paiement pour cela : le plus souvent le programme ou la chaîne ne fait pas partie de votre abonnement, ou le paiement du compte n’est plus à jour ; parfois c’est la facture du site chez son hébergeur qui est impayée. Rien n’est en panne de votre côté.',
    ),
    next: ['check-subscription', 'contact-support'],
    dont: ['reinstall-loop', 'random-codes'],
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
  // Shopify's own code (https://shopify.dev/docs/api/usage/response-codes): its security checks refused the request.
  430: {
    title: L(
      'Refused by the shop platform’s security checks',
      'Refusé par les contrôles de sécurité de la plateforme',
    ),
    meaning: L(
      'A code of Shopify’s: its protection judged the request suspicious (its pace, its address or its form) and refused it. It is not the shop being down, nor a wrong password.',
      'Un code propre à Shopify : sa protection a jugé la requête suspecte (son rythme, son adresse ou sa forme) et l’a refusée. Ce n’est ni la boutique en panne, ni un mauvais mot de passe.',
    ),
    next: ['stop-and-wait', 'wifi-vs-mobile', 'vpn'],
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
  999: {
    title: L('Request denied (taken for a robot)', 'Demande refusée (prise pour un robot)'),
    meaning: L(
      'A code outside the standard that some services use to refuse clients they take for robots (LinkedIn’s is the best known; a few firewalls and older portals use it too): scripts, tools, addresses of data centres or shared networks. It is a refusal, not an outage; a normal browser on a home or mobile connection is what they let through.',
      'Un code hors norme que certains services emploient pour refuser les clients qu’ils prennent pour des robots (celui de LinkedIn est le plus connu ; quelques pare-feu et anciens portails l’emploient aussi) : scripts, outils, adresses de centres de données ou de réseaux partagés. C’est un refus, pas une panne ; un navigateur ordinaire sur une connexion domestique ou mobile est ce qu’ils laissent passer.',
    ),
    next: ['wifi-vs-mobile', 'stop-and-wait'],
    dont: ['retry-loop'],
  },
} satisfies Partial<Record<StatusRowKey, StatusText>>;
