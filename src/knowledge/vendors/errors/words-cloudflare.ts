import type { VendorErrorText } from './words-row.ts';

// Meanings rewritten in plain words from Cloudflare's troubleshooting pages:
// https://developers.cloudflare.com/support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-1xxx-errors/
// https://developers.cloudflare.com/support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-5xx-errors/
// https://developers.cloudflare.com/cloudflare-challenges/
export const CLOUDFLARE_ERRORS: readonly VendorErrorText[] = [
  {
    key: 'cloudflare-1003',
    title: { en: 'Direct IP access not allowed', fr: 'Accès direct par adresse IP interdit' },
    meaning: {
      en: "The request went to one of Cloudflare's IP addresses instead of the service's name. A server address typed wrong in the app settings is the usual cause.",
      fr: "La requête visait une adresse IP de Cloudflare au lieu du nom du service. En général, l'adresse du serveur est mal saisie dans les réglages de l'application.",
    },
  },
  {
    key: 'cloudflare-1005',
    title: {
      en: "Your provider's network (ASN) is banned",
      fr: 'Le réseau de votre fournisseur (ASN) est banni',
    },
    meaning: {
      en: "The site's owner told Cloudflare to refuse your whole internet provider's network. Your account is not the problem: another network, such as mobile data, usually gets through.",
      fr: "Le propriétaire du site a demandé à Cloudflare de refuser tout le réseau de votre fournisseur d'accès. Votre compte n'y est pour rien : un autre réseau, par exemple les données mobiles, passe en général.",
    },
  },
  ...['1006', '1007', '1008'].map(
    (code): VendorErrorText => ({
      key: `cloudflare-${code}`,
      title: { en: 'Your IP address is banned', fr: 'Votre adresse IP est bannie' },
      meaning: {
        en: "Cloudflare refused the request because the site's owner banned your IP address. Switching to another network (so another IP) is the quickest proof; reinstalling the app changes nothing.",
        fr: "Cloudflare a refusé la requête parce que le propriétaire du site a banni votre adresse IP. Passer sur un autre réseau, donc une autre IP, est la preuve la plus rapide ; réinstaller l'application n'y change rien.",
      },
    }),
  ),
  {
    key: 'cloudflare-1009',
    title: { en: 'Your country or region is banned', fr: 'Votre pays ou votre région est interdit' },
    meaning: {
      en: "The site's owner refuses visitors from the country Cloudflare places your IP in. A VPN exiting abroad, a trip, or an IP that geolocation databases misplace can all cause it.",
      fr: "Le propriétaire du site refuse les visiteurs du pays où Cloudflare situe votre IP. Une sortie VPN à l'étranger, un voyage ou une IP mal géolocalisée peuvent en être la cause.",
    },
  },
  {
    key: 'cloudflare-1010',
    title: {
      en: "The app's or browser's signature is banned",
      fr: "La signature de l'application ou du navigateur est refusée",
    },
    meaning: {
      en: 'The site refuses the signature of the software that sent the request (browser integrity check). The block follows the app or the device, not the network.',
      fr: "Le site refuse la signature du logiciel qui a envoyé la requête (contrôle d'intégrité du navigateur). Le blocage suit l'application ou l'appareil, pas le réseau.",
    },
  },
  {
    key: 'cloudflare-1011',
    title: { en: 'Hotlinking denied', fr: 'Lien direct interdit' },
    meaning: {
      en: "This file may only be loaded from the site's own pages, and the request came from somewhere else (another app or page).",
      fr: "Ce fichier ne peut être chargé que depuis les pages du site lui-même, et la requête venait d'ailleurs (une autre application ou une autre page).",
    },
  },
  {
    key: 'cloudflare-1012',
    title: { en: 'Access denied for suspicious activity', fr: 'Accès refusé pour activité suspecte' },
    meaning: {
      en: "The site's owner blocks traffic flagged as malicious from your network. An infected device, or a shared IP with a bad history, is the usual reason.",
      fr: 'Le propriétaire du site bloque le trafic signalé comme malveillant depuis votre réseau. Un appareil infecté ou une IP partagée au passé chargé en est la cause habituelle.',
    },
  },
  {
    key: 'cloudflare-1015',
    title: { en: 'Too many requests: rate limited', fr: 'Trop de requêtes : débit limité' },
    meaning: {
      en: "Your IP sent too many requests in a short time and the site's rate-limiting rule stopped it. Wait a few minutes without retrying: every retry keeps the block going.",
      fr: "Votre IP a envoyé trop de requêtes en peu de temps et la règle de limitation du site l'a arrêtée. Attendez quelques minutes sans relancer : chaque nouvel essai prolonge le blocage.",
    },
  },
  {
    key: 'cloudflare-1016',
    title: {
      en: "The service's server address cannot be found",
      fr: 'Adresse du serveur du service introuvable',
    },
    meaning: {
      en: "Cloudflare could not look up the address of the service's own server (origin DNS error). The fault is on the provider's side; nothing to change on your device.",
      fr: "Cloudflare n'a pas trouvé l'adresse du serveur du service (erreur DNS de l'origine). La panne est chez le fournisseur ; rien à changer sur votre appareil.",
    },
  },
  {
    key: 'cloudflare-1020',
    title: { en: 'Blocked by a firewall rule', fr: 'Bloqué par une règle de pare-feu' },
    meaning: {
      en: "A firewall rule written by the site's owner matched your request: IP, country, network, app or address. It is a refusal, not an outage; trying another network shows whether your IP is the target.",
      fr: "Une règle de pare-feu écrite par le propriétaire du site a reconnu votre requête : IP, pays, réseau, application ou adresse. C'est un refus, pas une panne ; essayer un autre réseau montre si votre IP est visée.",
    },
  },
  // Cloudflare Access (Zero Trust) refusing a client its application's policy does not let in, its JSON for a client
  // that is not a browser (renauld94/admins@adcb636b2759e77bbab998dfe2972dbd10a16535:deploy/cloudflare_access_remediation.md).
  {
    key: 'cloudflare-access',
    title: {
      en: 'This site only lets in people it knows',
      fr: 'Ce site ne laisse entrer que des personnes qu’il connaît',
    },
    meaning: {
      en: 'The site sits behind Cloudflare Access, which asks who you are before anything else and did not accept this request’s identity (no sign-in, or one its owner’s rule does not allow). Sign in through a browser, or ask its owner for access; an app needs the service token its owner gives it.',
      fr: 'Le site est derrière Cloudflare Access, qui demande qui vous êtes avant tout et n’a pas accepté l’identité de cette requête (pas de connexion, ou une que la règle de son propriétaire n’autorise pas). Connectez-vous dans un navigateur, ou demandez l’accès à son propriétaire ; une application a besoin du jeton de service qu’il lui donne.',
    },
  },
  {
    key: 'cloudflare-challenge',
    title: { en: 'Bot check (challenge page)', fr: 'Vérification anti-robot (page de défi)' },
    meaning: {
      en: 'Cloudflare wants a browser check before letting the request through. An IPTV app cannot solve it, so it sees a refusal; a browser on the same network often passes.',
      fr: "Cloudflare exige une vérification du navigateur avant de laisser passer la requête. Une application IPTV ne sait pas la résoudre et n'y voit qu'un refus ; un navigateur sur le même réseau passe souvent.",
    },
  },
  ...originErrors(),
];

/** 52x and 530: Cloudflare reached (or tried to reach) the service's server and the server side failed. */
function originErrors(): VendorErrorText[] {
  const rows: [string, string, string, string, string][] = [
    [
      '520',
      'The server sent an empty or unknown answer',
      'Le serveur a renvoyé une réponse vide ou inconnue',
      "Cloudflare reached the service's server, which answered with something empty or malformed.",
      'Cloudflare a joint le serveur du service, qui a répondu par une réponse vide ou invalide.',
    ],
    [
      '521',
      "The service's server is down",
      'Le serveur du service est arrêté',
      "The service's server refused Cloudflare's connection: it is off, or it blocks Cloudflare.",
      'Le serveur du service a refusé la connexion de Cloudflare : il est éteint, ou il bloque Cloudflare.',
    ],
    [
      '522',
      'Connection to the server timed out',
      'Délai de connexion au serveur dépassé',
      "Cloudflare could not finish connecting to the service's server in time: overload or network trouble at the provider.",
      "Cloudflare n'a pas pu se connecter à temps au serveur du service : surcharge ou souci réseau chez le fournisseur.",
    ],
    [
      '523',
      "The service's server is unreachable",
      'Le serveur du service est injoignable',
      "Cloudflare found no network route to the service's server.",
      'Cloudflare ne trouve aucun chemin réseau vers le serveur du service.',
    ],
    [
      '524',
      'The server took too long to answer',
      'Le serveur a mis trop de temps à répondre',
      "The connection worked, but the service's server did not answer within Cloudflare's time limit (about 100 seconds).",
      "La connexion a abouti, mais le serveur du service n'a pas répondu dans le délai de Cloudflare (environ 100 secondes).",
    ],
    [
      '525',
      'Secure connection to the server failed',
      'Échec de la connexion sécurisée au serveur',
      "Cloudflare and the service's server could not agree on an encrypted connection (TLS handshake): a server setting.",
      "Cloudflare et le serveur du service n'ont pas réussi à établir une connexion chiffrée (négociation TLS) : c'est un réglage du serveur.",
    ],
    [
      '526',
      "Invalid certificate on the service's server",
      'Certificat invalide sur le serveur du service',
      "The service's server presented a certificate Cloudflare refuses: expired, self-signed or for another name.",
      'Le serveur du service présente un certificat que Cloudflare refuse : expiré, auto-signé ou établi pour un autre nom.',
    ],
    [
      '527',
      'Link to the server broke (Railgun)',
      'Lien rompu avec le serveur (Railgun)',
      "The accelerated link between Cloudflare and the service's server failed.",
      'Le lien accéléré entre Cloudflare et le serveur du service a échoué.',
    ],
    [
      '530',
      'Origin error (see the 1xxx code)',
      "Erreur d'origine (voir le code 1xxx)",
      'Cloudflare could not serve the page; the page usually carries a 1xxx code, most often an origin DNS error.',
      "Cloudflare n'a pas pu servir la page ; celle-ci porte en général un code 1xxx, le plus souvent une erreur DNS de l'origine.",
    ],
  ];
  const tail = {
    en: " It happens on the provider's side: changing network, reinstalling or changing your code will not help.",
    fr: " Cela se passe chez le fournisseur : changer de réseau, réinstaller ou changer de code n'y fera rien.",
  };
  return rows.map(([code, titleEn, titleFr, en, fr]) => ({
    key: `cloudflare-${code}`,
    title: { en: titleEn, fr: titleFr },
    meaning: { en: en + tail.en, fr: fr + tail.fr },
  }));
}
