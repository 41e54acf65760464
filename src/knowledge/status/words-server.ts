/**
 * The display side of the status table for the server errors (5xx), Cloudflare's origin errors included:
 * the fault is on the provider's side, and nothing on the viewer's side can repair it.
 */

import type { Localized } from '../../types.ts';
import { localized as L } from '../guide/advice.ts';
import type { StatusRowKey } from './facts.ts';
import type { StatusText } from './words-row.ts';

export const NOT_YOUR_SIDE = L(
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

export const SERVER_STATUS_TEXTS = {
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
  // RFC 6585 §6 (captive portals)
  511: {
    title: L('Network Authentication Required', 'Authentification réseau requise'),
    meaning: L(
      'The network you are on (a hotel, a station, a shop, a hotspot) wants you to sign in or accept its terms in a browser before anything else gets through. The service was never reached.',
      'Le réseau sur lequel vous êtes (hôtel, gare, commerce, point d’accès) veut que vous vous connectiez ou acceptiez ses conditions dans un navigateur avant de laisser passer quoi que ce soit. Le service n’a jamais été joint.',
    ),
    next: ['check-connection', 'wifi-vs-mobile'],
    dont: ['reinstall-loop', 'random-codes'],
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
  // Not in any RFC: a host's transfer allowance used up (src/knowledge/status/facts.ts).
  509: {
    title: L('Bandwidth limit exceeded', 'Limite de bande passante dépassée'),
    meaning: L(
      'The file’s host says the transfer allowance is used up: for this file, this account or this address, for now. It is a quota, not an outage; it comes back when the period renews or with a paid plan.',
      'L’hébergeur du fichier dit que le volume de transfert autorisé est épuisé : pour ce fichier, ce compte ou cette adresse, pour l’instant. C’est un quota, pas une panne ; il revient au renouvellement de la période ou avec une offre payante.',
    ),
    next: ['stop-and-wait'],
    dont: ['retry-loop', 'reinstall-loop'],
  },
  // Tencent Cloud CDN's own code (https://www.tencentcloud.com/document/product/228/42177): a per-address limit.
  514: {
    title: L('Too many requests from your address', 'Trop de requêtes depuis votre adresse'),
    meaning: L(
      'A code of Tencent Cloud’s CDN: your IP address asked faster than the limit the service set. It is a pace rule, not an outage; it clears once the requests slow down.',
      'Un code propre au CDN de Tencent Cloud : votre adresse IP a demandé plus vite que la limite fixée par le service. C’est une règle de rythme, pas une panne ; elle se lève quand les requêtes ralentissent.',
    ),
    next: ['stop-and-wait', 'close-other-streams'],
    dont: ['retry-loop', 'reinstall-loop'],
  },
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
} satisfies Partial<Record<StatusRowKey, StatusText>>;
