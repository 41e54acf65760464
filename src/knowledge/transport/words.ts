/**
 * What a transport failure means for a viewer, and what to do: the display side of the transport table. The
 * names each row answers for, and their sources, are on the facts row of the same id
 * (src/knowledge/transport/facts.ts); the source comments are repeated here because the meanings rest on them too.
 */

import type { Localized } from '../../types.ts';
import { type AdviceRef, type DontRef, localized as L } from '../guide/advice.ts';
import type { TransportId } from './names.ts';

export interface TransportText {
  title: Localized;
  meaning: Localized;
  next: readonly AdviceRef[];
  dont: readonly DontRef[];
}

export const TRANSPORT_TEXTS: Readonly<Record<TransportId, TransportText>> = {
  // net_error_list.h NAME_NOT_RESOLVED -105, NAME_RESOLUTION_FAILED -137, DNS_TIMED_OUT -803;
  // ErrorList.py NS_ERROR_UNKNOWN_HOST; NS_ERROR_NET_ON_RESOLVING is Firefox's "died while resolving".
  'name-not-resolved': {
    title: L('Server name not found (DNS)', 'Nom du serveur introuvable (DNS)'),
    meaning: L(
      'The device could not turn the server’s name into an address: the DNS failed, filtered the name, or the name no longer exists.',
      'L’appareil n’a pas réussi à traduire le nom du serveur en adresse : le DNS a échoué, a filtré ce nom, ou ce nom n’existe plus.',
    ),
    next: ['check-connection', 'dns', 'wifi-vs-mobile', 'restart-router'],
    dont: ['reinstall-loop'],
  },
  // net_error_list.h CONNECTION_REFUSED -102; ErrorList.py NS_ERROR_CONNECTION_REFUSED.
  'connection-refused': {
    title: L('Connection refused', 'Connexion refusée'),
    meaning: L(
      'The server’s address answered but turned the connection down: the service is stopped on that port, or a filter on the path rejects it.',
      'L’adresse du serveur a répondu mais a refusé la connexion : le service est arrêté sur ce port, ou un filtre sur le chemin la rejette.',
    ),
    next: ['wifi-vs-mobile', 'hotspot', 'wait-for-server'],
    dont: ['reinstall-loop', 'random-codes'],
  },
  // net_error_list.h CONNECTION_RESET -101 (TCP RST), CONNECTION_ABORTED -103, CONNECTION_FAILED -104;
  // ErrorList.py NS_ERROR_NET_RESET.
  'connection-reset': {
    title: L('Connection cut', 'Connexion coupée'),
    meaning: L(
      'The connection was cut abruptly. It often comes from a filter on the path (operator, firewall, antivirus) that kills connections it dislikes, or from an unstable link.',
      'La connexion a été coupée net. Cela vient souvent d’un filtre sur le chemin (opérateur, pare-feu, antivirus) qui interrompt les connexions qu’il n’aime pas, ou d’une liaison instable.',
    ),
    next: ['wifi-vs-mobile', 'hotspot', 'vpn', 'dns'],
    dont: ['reinstall-loop', 'retry-loop'],
  },
  // net_error_list.h CONNECTION_CLOSED -100 (TCP FIN); ErrorList.py NS_ERROR_NET_INTERRUPT,
  // NS_ERROR_NET_PARTIAL_TRANSFER; Firefox's activity-phase names for a drop after connecting.
  'connection-closed': {
    title: L('Connection closed early', 'Connexion fermée trop tôt'),
    meaning: L(
      'The connection closed before the answer was complete: the server or something on the path hung up in the middle.',
      'La connexion s’est fermée avant la fin de la réponse : le serveur ou un élément du chemin a raccroché en cours de route.',
    ),
    next: ['check-connection', 'wifi-vs-mobile', 'hotspot'],
    dont: ['retry-loop'],
  },
  // net_error_list.h TIMED_OUT -7, CONNECTION_TIMED_OUT -118; ErrorList.py NS_ERROR_NET_TIMEOUT,
  // NS_ERROR_NET_TIMEOUT_EXTERNAL.
  'timed-out': {
    title: L('No answer in time', 'Pas de réponse à temps'),
    meaning: L(
      'Nothing answered within the time limit: the server is overloaded or unreachable, or the connection is very poor, or a filter silently drops the traffic.',
      'Rien n’a répondu dans le délai : le serveur est surchargé ou injoignable, la connexion est très mauvaise, ou un filtre jette le trafic sans rien dire.',
    ),
    next: ['check-connection', 'wifi-vs-mobile', 'hotspot'],
    dont: ['retry-loop', 'reinstall-loop'],
  },
  // net_error_list.h ADDRESS_UNREACHABLE -109; Firefox reports a failure while connecting as
  // NS_ERROR_NET_ON_RESOLVED / NS_ERROR_NET_ON_CONNECTING_TO.
  'address-unreachable': {
    title: L('Server unreachable', 'Serveur injoignable'),
    meaning: L(
      'The server’s address is known but no route leads to it from this network.',
      'L’adresse du serveur est connue, mais aucun chemin n’y mène depuis ce réseau.',
    ),
    next: ['wifi-vs-mobile', 'hotspot', 'restart-router'],
    dont: ['reinstall-loop'],
  },
  // net_error_list.h INTERNET_DISCONNECTED -106; ErrorList.py NS_ERROR_OFFLINE.
  'internet-disconnected': {
    title: L('No internet connection', 'Pas de connexion Internet'),
    meaning: L(
      'The device had no internet connection at that moment, so nothing could be asked of the service.',
      'L’appareil n’avait pas de connexion Internet à ce moment-là : rien n’a pu être demandé au service.',
    ),
    next: ['check-connection', 'restart-router'],
    dont: ['reinstall-loop', 'random-codes'],
  },
  // net_error_list.h NETWORK_CHANGED -21. Firefox has no dedicated name (it resets the connection).
  'network-changed': {
    title: L('Network switched mid-request', 'Changement de réseau en cours de requête'),
    meaning: L(
      'The connection changed during the request (Wi-Fi to mobile data, a VPN turning on or off). Such switches can also trip short-lived security rules.',
      'La connexion a changé pendant la requête (passage du Wi-Fi aux données mobiles, VPN activé ou coupé). Ces bascules peuvent aussi déclencher des règles de sécurité temporaires.',
    ),
    next: [
      L(
        'Stay on one network for the whole test: no switching between Wi-Fi and mobile data.',
        'Restez sur un seul réseau pendant tout le test : pas de bascule entre Wi-Fi et données mobiles.',
      ),
      'stop-and-wait',
    ],
    dont: ['retry-loop'],
  },
  // net_error_list.h CERT_DATE_INVALID -201; Mozilla PKIX SEC_ERROR_EXPIRED_CERTIFICATE and the
  // NOT_YET_VALID pair. A wrong device clock makes every certificate look expired or not yet valid.
  'cert-date-invalid': {
    title: L(
      'Certificate date is wrong — check the clock',
      'Date du certificat invalide — vérifiez l’horloge',
    ),
    meaning: L(
      'The secure certificate looks expired or not yet valid. By far the most common reason is a wrong date or time on the device; if the clock is right, the provider’s certificate has really expired.',
      'Le certificat de sécurité paraît expiré ou pas encore valide. La raison de loin la plus fréquente est une date ou une heure fausse sur l’appareil ; si l’horloge est juste, le certificat du fournisseur a vraiment expiré.',
    ),
    next: ['check-clock', 'other-device'],
    dont: ['factory-reset', 'reinstall-loop'],
  },
  // net_error_list.h CERT_AUTHORITY_INVALID -202; SEC_ERROR_UNKNOWN_ISSUER, MOZILLA_PKIX_ERROR_MITM_DETECTED
  // (Firefox detects an HTTPS-inspecting antivirus or proxy).
  'cert-authority-invalid': {
    title: L('Certificate not trusted', 'Certificat non reconnu'),
    meaning: L(
      'The certificate was not issued by a trusted authority: either the server signs its own, or something on the path inspects secure traffic (antivirus, parental control, company or public Wi-Fi filter).',
      'Le certificat ne vient pas d’une autorité reconnue : soit le serveur signe le sien lui-même, soit un élément du chemin inspecte le trafic sécurisé (antivirus, contrôle parental, filtre d’entreprise ou de Wi-Fi public).',
    ),
    next: [
      L(
        'If an antivirus or parental control scans secure connections (HTTPS scanning), turn that option off for one test.',
        'Si un antivirus ou un contrôle parental analyse les connexions sécurisées (analyse HTTPS), désactivez cette option le temps d’un test.',
      ),
      'hotspot',
    ],
    dont: ['factory-reset'],
  },
  // net_error_list.h CERT_COMMON_NAME_INVALID -200; NSS SSL_ERROR_BAD_CERT_DOMAIN.
  'cert-name-invalid': {
    title: L('Certificate for another name', 'Certificat d’un autre nom'),
    meaning: L(
      'The server showed a certificate made for another name: a DNS or operator redirecting you (block page, captive portal), or a mistyped server address.',
      'Le serveur a présenté un certificat fait pour un autre nom : un DNS ou un opérateur qui vous redirige (page de blocage, portail captif), ou une adresse de serveur mal saisie.',
    ),
    next: ['dns', 'hotspot', 'check-login'],
    dont: ['random-codes'],
  },
  // Every other net_error_list.h CERT_* (200–299 range) and NSS SEC_ERROR_* / MOZILLA_PKIX_ERROR_*.
  'cert-invalid': {
    title: L('Certificate problem', 'Problème de certificat'),
    meaning: L(
      'The secure certificate was rejected. The provider may have a broken certificate, or something on the path is tampering with secure traffic.',
      'Le certificat de sécurité a été rejeté. Le fournisseur a peut-être un certificat défaillant, ou un élément du chemin altère le trafic sécurisé.',
    ),
    next: ['check-clock', 'hotspot', 'other-device'],
    dont: ['factory-reset'],
  },
  // net_error_list.h SSL_PROTOCOL_ERROR -107, SSL_VERSION_OR_CIPHER_MISMATCH -113; NSS SSL_ERROR_*.
  'ssl-protocol': {
    title: L('Secure connection failed', 'Échec de la connexion sécurisée'),
    meaning: L(
      'The device and the server could not agree on a secure connection: a device or app too old, a misconfigured server, or a filter meddling with the exchange.',
      'L’appareil et le serveur ne se sont pas entendus sur une connexion sécurisée : appareil ou application trop ancien, serveur mal configuré, ou filtre qui perturbe l’échange.',
    ),
    next: ['update-app', 'hotspot', 'check-clock'],
    dont: ['factory-reset'],
  },
  // net_error_list.h PROXY_CONNECTION_FAILED -130, TUNNEL_CONNECTION_FAILED -111, SOCKS_CONNECTION_FAILED
  // -120, MANDATORY_PROXY_CONFIGURATION_FAILED -131; ErrorList.py NS_ERROR_PROXY_* and UNKNOWN_PROXY_HOST.
  proxy: {
    title: L('Proxy failure', 'Échec du proxy'),
    meaning: L(
      'The request goes through a proxy (set on the device, by a VPN app or by the network) and that proxy failed or refused it. The service itself was never reached.',
      'La requête passe par un proxy (réglé sur l’appareil, par une application VPN ou par le réseau) et ce proxy a échoué ou refusé. Le service lui-même n’a jamais été atteint.',
    ),
    next: ['check-proxy', 'vpn', 'hotspot'],
    dont: ['random-codes'],
  },
  // net_error_list.h BLOCKED_BY_CLIENT -20 ("the client chose to block"), BLOCKED_BY_ADMINISTRATOR -22,
  // NETWORK_ACCESS_DENIED -138. Firefox cancels an extension-blocked request with NS_ERROR_ABORT
  // (WebRequest.sys.mjs), and its own tracking protection with NS_ERROR_TRACKING_URI / BLOCKED_URI.
  'blocked-by-client': {
    title: L('Blocked on this device', 'Bloqué sur cet appareil'),
    meaning: L(
      'The request never left the device: an ad or privacy blocker, another extension, the browser’s tracking protection, a security app or a policy stopped it.',
      'La requête n’est jamais sortie de l’appareil : un bloqueur de publicité ou de pistage, une autre extension, la protection anti-pistage du navigateur, une application de sécurité ou une règle imposée l’a arrêtée.',
    ),
    next: ['check-blockers', 'other-device'],
    dont: ['reinstall-loop', 'factory-reset'],
  },
  // net_error_list.h BLOCKED_BY_RESPONSE -27, BLOCKED_BY_CSP -30, BLOCKED_BY_ORB -32 ("blocked by CORB
  // or ORB"); ErrorList.py NS_ERROR_DOM_CORP_FAILED, NS_ERROR_BLOCKED_BY_POLICY.
  'blocked-by-response': {
    title: L('Answer discarded by the browser', 'Réponse écartée par le navigateur'),
    meaning: L(
      'The server did answer, but the browser threw the answer away: its own rules forbid using it on this page, or it was not the expected content (often an error page instead of video).',
      'Le serveur a bien répondu, mais le navigateur a écarté la réponse : ses propres règles interdisent de l’utiliser sur cette page, ou ce n’était pas le contenu attendu (souvent une page d’erreur à la place de la vidéo).',
    ),
    next: ['update-app', 'try-other-channel'],
    dont: ['reinstall-loop'],
  },
  // net_error_list.h EMPTY_RESPONSE -324; ErrorList.py NS_ERROR_NET_EMPTY_RESPONSE; Firefox reports
  // NS_ERROR_NET_ON_RECEIVING_FROM when a server closes without any response (its xpcshell tests).
  'empty-response': {
    title: L('Empty answer', 'Réponse vide'),
    meaning: L(
      'The server accepted the connection, then closed it without a word: an overloaded server, or a filter that drops requests silently.',
      'Le serveur a accepté la connexion puis l’a refermée sans rien dire : serveur surchargé, ou filtre qui écarte les requêtes en silence.',
    ),
    next: ['wifi-vs-mobile', 'hotspot', 'wait-for-server'],
    dont: ['retry-loop'],
  },
  // net_error_list.h HTTP2_PROTOCOL_ERROR -337 and the HTTP2_* family; ErrorList.py
  // NS_ERROR_NET_HTTP2_SENT_GOAWAY, NS_ERROR_NET_INADEQUATE_SECURITY.
  'http2-protocol': {
    title: L('Connection protocol error (HTTP/2)', 'Erreur du protocole de connexion (HTTP/2)'),
    meaning: L(
      'The exchange broke the rules of the HTTP/2 protocol: usually a server or relay fault, sometimes a filter that alters traffic.',
      'L’échange a enfreint les règles du protocole HTTP/2 : en général un défaut du serveur ou d’un relais, parfois un filtre qui modifie le trafic.',
    ),
    next: ['wait-for-server', 'hotspot'],
    dont: ['reinstall-loop'],
  },
  // net_error_list.h QUIC_PROTOCOL_ERROR -356; ErrorList.py NS_ERROR_NET_HTTP3_PROTOCOL_ERROR.
  'quic-protocol': {
    title: L('Fast connection mode failed (QUIC/HTTP/3)', 'Échec du mode de connexion rapide (QUIC/HTTP/3)'),
    meaning: L(
      'The newer UDP-based connection mode (QUIC, HTTP/3) broke. Some networks and firewalls block it; browsers usually fall back on their own.',
      'Le mode de connexion récent fondé sur UDP (QUIC, HTTP/3) a échoué. Certains réseaux et pare-feu le bloquent ; les navigateurs se replient d’habitude d’eux-mêmes.',
    ),
    next: ['hotspot', 'wifi-vs-mobile'],
    dont: ['reinstall-loop'],
  },
  // net_error_list.h ABORTED -3 ("due to user action"); nsNetError.h NS_BINDING_ABORTED.
  aborted: {
    title: L('Cancelled by the player', 'Annulée par le lecteur'),
    meaning: L(
      'The page or the player cancelled this request itself (channel change, quality switch, closed tab). On its own it is not a failure.',
      'La page ou le lecteur a annulé cette requête lui-même (changement de chaîne ou de qualité, onglet fermé). À elle seule, ce n’est pas une panne.',
    ),
    next: [
      L(
        'Look at the requests just before this one: the real failure, if any, is there.',
        'Regardez les requêtes juste avant celle-ci : la vraie panne, s’il y en a une, se trouve là.',
      ),
    ],
    dont: [],
  },
  // net_error_list.h FAILED -2 and anything not listed above.
  unknown: {
    title: L('Connection failed', 'Échec de la connexion'),
    meaning: L(
      'The request failed before any answer, for a reason the browser did not detail.',
      'La requête a échoué avant toute réponse, pour une raison que le navigateur n’a pas précisée.',
    ),
    next: ['check-connection', 'wifi-vs-mobile', 'hotspot'],
    dont: ['reinstall-loop'],
  },
};
