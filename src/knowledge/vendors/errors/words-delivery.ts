import type { VendorErrorText } from './words-row.ts';

/**
 * Plain-word meanings of the delivery side's own refusals: signed links and tokens, object stores, video
 * platforms, streaming servers and panel software. The facts and their sources: src/knowledge/vendors/errors/facts.ts
 * and the rows of src/knowledge/vendors/rows/ (stores.ts, streaming.ts, panels.ts, major-cdns.ts, aws.ts).
 */

/** The checker's name opens the meaning's sentence: "the panel" becomes "The panel". */
const opening = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A signed link or stream token refused by the one that checks it. */
function tokens(rows: readonly [string, string, string][]): VendorErrorText[] {
  return rows.map(([key, en, fr]) => ({
    key,
    title: { en: `Stream token refused by ${en}`, fr: `Jeton du flux refusé par ${fr}` },
    meaning: {
      en: `${opening(en)} checks a signature or token in each link and refused this one: missing, expired, made for another address or another path. The service's player must fetch a fresh link; a wrong date on the device also breaks it.`,
      fr: `${opening(fr)} vérifie une signature ou un jeton dans chaque lien et a refusé celui-ci : absent, expiré, fait pour une autre adresse ou un autre chemin. Le lecteur du service doit obtenir un nouveau lien ; une date fausse sur l'appareil le casse aussi.`,
    },
  }));
}

/** [key, title en, title fr, meaning en, meaning fr]. */
function plain(rows: readonly [string, string, string, string, string][]): VendorErrorText[] {
  return rows.map(([key, en, fr, meaningEn, meaningFr]) => ({
    key,
    title: { en, fr },
    meaning: { en: meaningEn, fr: meaningFr },
  }));
}

export const DELIVERY_ERRORS: readonly VendorErrorText[] = [
  ...tokens([
    ['cloudfront-signed', 'CloudFront', 'CloudFront'],
    ['akamai-token', 'Akamai', "le contrôle de jeton d'Akamai"],
    ['aws-s3-signed', 'Amazon S3', 'Amazon S3'],
    ['google-cloud-storage-signed', 'Google Cloud Storage', 'Google Cloud Storage'],
    ['azure-blob-signed', 'Azure Blob Storage', 'Azure Blob Storage'],
    ['backblaze-b2-signed', 'Backblaze B2', 'Backblaze B2'],
    ['wowza-token', 'Wowza SecureToken', 'Wowza SecureToken'],
    ['nimble-token', 'Nimble Streamer', 'Nimble Streamer'],
    ['ovenmediaengine-token', 'OvenMediaEngine', 'OvenMediaEngine'],
    ['flussonic-token', 'Flussonic', 'Flussonic'],
    ['xtream-token', 'the panel', 'le panneau'],
    ['alibaba-url-auth', 'Alibaba Cloud CDN', 'le CDN d’Alibaba Cloud'],
    ['keycdn-token', 'KeyCDN', 'KeyCDN'],
    ['bunny-token', 'bunny.net', 'bunny.net'],
    ['youtube-url-signature', 'YouTube', 'YouTube'],
    ['kaltura-ks', 'Kaltura', 'Kaltura'],
    ['mux-signed-url', 'Mux', 'Mux'],
    ['jwplayer-signed-url', 'JW Player', 'JW Player'],
    ['antmedia-token', 'Ant Media Server', 'Ant Media Server'],
    ['rtp2httpd-token', 'rtp2httpd', 'rtp2httpd'],
    ['playready-licence', 'the PlayReady licence server', 'le serveur de licences PlayReady'],
  ]),
  ...plain([
    [
      'backblaze-b2-cap',
      'The service’s storage plan is used up',
      'Le forfait de stockage du service est épuisé',
      'The files are kept at Backblaze B2, and the service’s account there reached its download, transaction or storage cap. Nothing on your side causes it: it clears when the provider raises the cap or the period renews.',
      'Les fichiers sont hébergés chez Backblaze B2, et le compte du service y a atteint son plafond de téléchargement, de transactions ou de stockage. Rien de votre côté n’en est la cause : cela se lève quand le fournisseur relève le plafond ou que la période se renouvelle.',
    ],
    [
      'backblaze-b2-denied',
      'Access refused by the storage bucket',
      "Accès refusé par l'espace de stockage",
      'The Backblaze B2 bucket’s settings do not let this request read the file. The provider controls them.',
      'Les réglages de l’espace Backblaze B2 ne laissent pas cette requête lire le fichier. C’est le fournisseur qui les contrôle.',
    ],
    [
      'kong-auth',
      'Key or sign-in refused by the API gateway',
      'Clé ou connexion refusée par la passerelle d’API',
      'Kong, the gateway in front of the service, found no valid key or credentials in the call. The app must send its key or sign in again.',
      'Kong, la passerelle placée devant le service, n’a trouvé aucune clé ni aucun identifiant valable dans l’appel. L’application doit envoyer sa clé ou se reconnecter.',
    ],
    [
      'kong-denied',
      'Refused by the service’s API gateway',
      'Refusé par la passerelle d’API du service',
      'Kong, in front of the service, knows this caller but its rules do not let it use this part of the service. The provider sets those rules.',
      'Kong, devant le service, reconnaît cet appelant mais ses règles ne l’autorisent pas à utiliser cette partie du service. Le fournisseur fixe ces règles.',
    ],
    [
      'heroku-app-error',
      'The service’s application failed',
      'L’application du service est en échec',
      'Heroku, which hosts the service, answered with its own error page because the application crashed, timed out or is not running. A server-side problem: it clears when the provider fixes the application.',
      'Heroku, qui héberge le service, a répondu par sa propre page d’erreur parce que l’application a planté, a dépassé son délai ou ne tourne pas. Un problème côté serveur : il se règle quand le fournisseur répare l’application.',
    ],
    [
      'heroku-no-such-app',
      'No application at this address',
      'Aucune application à cette adresse',
      'Heroku has no application under this name any more: it was renamed or removed, or the address is mistyped. The link needs updating.',
      'Heroku n’a plus d’application sous ce nom : elle a été renommée ou supprimée, ou l’adresse est mal saisie. Le lien doit être mis à jour.',
    ],
    [
      'dailymotion-geo',
      'Not available in your country (Dailymotion)',
      'Indisponible dans votre pays (Dailymotion)',
      'The video’s owner limited it to some countries on Dailymotion (its code DM007), and your connection appears to come from elsewhere.',
      'Le propriétaire de la vidéo l’a limitée à certains pays sur Dailymotion (son code DM007), et votre connexion semble venir d’ailleurs.',
    ],
    [
      'twitch-geo',
      'Not available in your region (Twitch)',
      'Indisponible dans votre région (Twitch)',
      'Twitch refused the stream for the region your connection appears to come from; it also refuses addresses it takes for anonymisers (VPNs, proxies).',
      'Twitch a refusé le flux pour la région d’où votre connexion semble venir ; il refuse aussi les adresses qu’il prend pour des services d’anonymat (VPN, proxys).',
    ],
    [
      'twitch-subscribers',
      'Reserved for subscribers (Twitch)',
      'Réservé aux abonnés (Twitch)',
      'This Twitch video is for the channel’s subscribers only, and the account used is not one (or is not signed in).',
      'Cette vidéo Twitch est réservée aux abonnés de la chaîne, et le compte utilisé n’en fait pas partie (ou n’est pas connecté).',
    ],
    [
      'aws-s3-denied',
      'Access refused by the storage bucket',
      "Accès refusé par l'espace de stockage",
      "The bucket's own policy does not let this request read the file (S3 also says so for a file that does not exist when listing is not allowed). The provider controls it.",
      "La règle de l'espace de stockage ne laisse pas cette requête lire le fichier (S3 répond aussi ainsi pour un fichier absent quand la liste est interdite). C'est le fournisseur qui la contrôle.",
    ],
    [
      'google-cloud-storage-denied',
      'Access refused by the storage bucket',
      "Accès refusé par l'espace de stockage",
      "The bucket's permissions do not let this caller read the file. The provider has to publish it or hand out a signed link.",
      "Les droits de l'espace de stockage ne laissent pas cet appelant lire le fichier. Le fournisseur doit le publier ou fournir un lien signé.",
    ],
    [
      'ibm-cos-denied',
      'Access refused by the storage bucket',
      "Accès refusé par l'espace de stockage",
      "IBM Cloud Object Storage refused this request under the bucket's access rules. The provider controls them.",
      "IBM Cloud Object Storage a refusé cette requête selon les règles d'accès de l'espace. C'est le fournisseur qui les contrôle.",
    ],
    [
      'kaltura-not-found',
      'Video not found at Kaltura',
      'Vidéo introuvable chez Kaltura',
      'Kaltura answered that the video or its entry does not exist (any more): a dead link, not a refusal.',
      "Kaltura répond que la vidéo ou son entrée n'existe pas (ou plus) : un lien mort, pas un refus.",
    ],
    [
      'kaltura-scheduling',
      'Not on air at this time',
      'Pas diffusé à cette heure-ci',
      'The service scheduled this video for other dates or hours; Kaltura refuses it outside them.',
      "Le service a programmé cette vidéo à d'autres dates ou heures ; Kaltura la refuse en dehors.",
    ],
    [
      'kaltura-access-control',
      "Refused by the service's access rules",
      "Refusé par les règles d'accès du service",
      'A rule the service set in Kaltura (site, app, IP or session) refused this request. The provider controls it.',
      "Une règle posée par le service dans Kaltura (site, application, IP ou session) a refusé cette requête. C'est le fournisseur qui la contrôle.",
    ],
    [
      'kaltura-geo',
      'Not available in your country',
      'Indisponible dans votre pays',
      'Kaltura refuses this video for the country your IP address appears to be in, as the service set it.',
      'Kaltura refuse cette vidéo pour le pays où votre adresse IP semble se trouver, comme le service l’a réglé.',
    ],
    [
      'tvheadend-auth',
      'Sign-in refused by Tvheadend',
      'Connexion refusée par Tvheadend',
      "The Tvheadend server asks for a user name and password, and the ones sent (or none) were not accepted. Check the account in the player's settings.",
      "Le serveur Tvheadend demande un nom d'utilisateur et un mot de passe, et ceux envoyés (ou leur absence) n'ont pas été acceptés. Vérifiez le compte dans les réglages du lecteur.",
    ],
    [
      'mashery-auth',
      'Key refused by the API gateway',
      'Clé refusée par la passerelle d’API',
      'The service’s API gateway (TIBCO Mashery) could not tie this request to a valid developer key. The key or token the app sends is missing or wrong: the app’s maker fixes it.',
      'La passerelle d’API du service (TIBCO Mashery) n’a pas pu rattacher cette requête à une clé de développeur valide. La clé ou le jeton envoyé par l’application manque ou est faux : c’est à l’éditeur de l’application de le corriger.',
    ],
    [
      'threadfin-auth',
      'Playlist refused by Threadfin',
      'Liste refusée par Threadfin',
      'The Threadfin proxy asks for a user name and password in the playlist or guide link (username=…&password=…), and the ones in this link were not accepted. Check them in the address the player uses.',
      "Le proxy Threadfin demande un nom d'utilisateur et un mot de passe dans le lien de la liste ou du guide (username=…&password=…), et ceux de ce lien n'ont pas été acceptés. Vérifiez-les dans l'adresse utilisée par le lecteur.",
    ],
    [
      'xteve-auth',
      'Playlist refused by xTeVe',
      'Liste refusée par xTeVe',
      'The xTeVe proxy asks for a user name and password in the playlist or guide link (username=…&password=…), and the ones in this link were not accepted. Check them in the address the player uses.',
      "Le proxy xTeVe demande un nom d'utilisateur et un mot de passe dans le lien de la liste ou du guide (username=…&password=…), et ceux de ce lien n'ont pas été acceptés. Vérifiez-les dans l'adresse utilisée par le lecteur.",
    ],
    [
      'antmedia-jwt',
      'Access key refused by Ant Media Server',
      'Clé d’accès refusée par Ant Media Server',
      'The Ant Media server checks a signed key (JWT) on its management calls and did not accept this one: wrong, expired or signed with another secret.',
      'Le serveur Ant Media vérifie une clé signée (JWT) sur ses appels de gestion et n’a pas accepté celle-ci : fausse, expirée ou signée avec un autre secret.',
    ],
    [
      'antmedia-scope',
      'Outside this account’s rights (Ant Media Server)',
      'Hors des droits de ce compte (Ant Media Server)',
      'The Ant Media console knows this user, but the user’s scope does not cover this application or action. An administrator grants it.',
      'La console Ant Media reconnaît cet utilisateur, mais ses droits ne couvrent pas cette application ou cette action. Un administrateur peut les accorder.',
    ],
    [
      'playready-internal',
      'The licence server failed',
      'Le serveur de licences est en échec',
      'The PlayReady licence server reported an internal error of its own: a server-side problem that clears when the provider fixes it.',
      'Le serveur de licences PlayReady a signalé une erreur interne : un problème côté serveur, qui se règle quand le fournisseur le corrige.',
    ],
    [
      'playready-device-limit',
      'Too many devices on this account (PlayReady)',
      'Trop d’appareils sur ce compte (PlayReady)',
      'The licence server refused because the account has reached its number of devices. Remove an old device in the service’s account settings.',
      'Le serveur de licences a refusé parce que le compte a atteint son nombre d’appareils. Retirez un ancien appareil dans les réglages du compte du service.',
    ],
    [
      'plex-feature',
      'Not included in this Plex account',
      'Non inclus dans ce compte Plex',
      'Plex refused a feature the account’s plan does not include (for live TV, a Plex Pass feature). Signing in again will not change it; the plan has to include it.',
      'Plex a refusé une fonction que l’offre du compte ne comprend pas (pour la télévision en direct, une fonction Plex Pass). Se reconnecter n’y change rien : l’offre doit la comprendre.',
    ],
    [
      'emby-auth',
      'Sign-in refused by Emby',
      'Connexion refusée par Emby',
      "The Emby (or Jellyfin) server no longer accepts the app's access token: it expired or was revoked. Sign in again in the app.",
      "Le serveur Emby (ou Jellyfin) n'accepte plus le jeton d'accès de l'application : il a expiré ou a été révoqué. Reconnectez-vous dans l'application.",
    ],
    [
      'mediamtx-auth',
      'Sign-in refused by MediaMTX',
      'Connexion refusée par MediaMTX',
      "The MediaMTX server asks for credentials for this stream, and the ones sent (or none) were not accepted. Check the link's user and password.",
      "Le serveur MediaMTX demande des identifiants pour ce flux, et ceux envoyés (ou leur absence) n'ont pas été acceptés. Vérifiez l'utilisateur et le mot de passe du lien.",
    ],
    [
      'azure-blob-credentials',
      'Storage key signature refused',
      'Signature de la clé de stockage refusée',
      'The request was signed with the storage account’s key and Azure computed another signature: the key, or the way the request was signed, is wrong. A credential problem, not the network.',
      'La requête était signée avec la clé du compte de stockage et Azure a calculé une autre signature : la clé, ou la façon de signer, est fausse. Un problème d’identifiant, pas de réseau.',
    ],
    [
      'aws-s3-credentials',
      'Unknown access key',
      "Clé d'accès inconnue",
      'The access key in the request does not exist (or no longer exists) at Amazon: the credential is wrong, not the network.',
      "La clé d'accès de la requête n'existe pas (ou plus) chez Amazon : c'est l'identifiant qui est faux, pas le réseau.",
    ],
    [
      'aws-s3-clock',
      'Request time too far from the server',
      'Heure de la requête trop éloignée de celle du serveur',
      "The signed request's time is too far from Amazon's clock. Set the device's date and time to automatic.",
      "L'heure de la requête signée est trop loin de l'horloge d'Amazon. Réglez la date et l'heure de l'appareil en automatique.",
    ],
    ...(['aws-s3', 'google-cloud-storage', 'azure-blob'] as const).map(
      (store): [string, string, string, string, string] => [
        `${store}-missing`,
        'File or bucket not found',
        'Fichier ou espace introuvable',
        'The storage answered that the file or its bucket does not exist: a dead link in the playlist, not a refusal.',
        "Le stockage répond que le fichier ou son espace n'existe pas : un lien mort dans la liste, pas un refus.",
      ],
    ),
    ...(['aws-s3', 'azure-blob'] as const).map((store): [string, string, string, string, string] => [
      `${store}-disabled`,
      "The provider's storage account is disabled",
      'Le compte de stockage du fournisseur est désactivé',
      'The storage refuses every request of this account (disabled or with a billing problem): only the provider can fix it.',
      'Le stockage refuse toutes les requêtes de ce compte (désactivé ou en défaut de paiement) : seul le fournisseur peut régler cela.',
    ]),
    [
      'bunny-domain-suspended',
      'Address suspended at bunny.net',
      'Adresse suspendue chez bunny.net',
      "bunny.net no longer serves this address for the provider's account (suspended, or the pull zone is not set up). Only the provider can fix it.",
      'bunny.net ne sert plus cette adresse pour le compte du fournisseur (suspendue, ou zone mal configurée). Seul le fournisseur peut régler cela.',
    ],
    [
      'brightcove-geo',
      'Not available in your region (Brightcove)',
      'Indisponible dans votre région (Brightcove)',
      "The video platform's rule refuses the country your IP is located in (CLIENT_GEO). A VPN exiting elsewhere triggers it too.",
      'La règle de la plateforme vidéo refuse le pays où votre IP est localisée (CLIENT_GEO). Une sortie VPN ailleurs le déclenche aussi.',
    ],
    [
      'brightcove-denied',
      'Refused by a playback rule (Brightcove)',
      'Refusé par une règle de lecture (Brightcove)',
      "The video platform's access policy refuses this request: IP, site, account or token rule set by the provider.",
      "La politique d'accès de la plateforme vidéo refuse cette requête : règle d'IP, de site, de compte ou de jeton fixée par le fournisseur.",
    ],
    ...(['brightcove-sessions', 'amino-sessions'] as const).map(
      (key): [string, string, string, string, string] => [
        key,
        'Too many streams at once',
        'Trop de flux en même temps',
        'The account already plays the maximum number of streams. Stop playing on another device, then try again.',
        'Le compte lit déjà le nombre maximal de flux. Arrêtez la lecture sur un autre appareil, puis réessayez.',
      ],
    ),
    [
      'theplatform-geo',
      'Not available in your location',
      'Indisponible là où vous êtes',
      'The video platform refuses the country your IP is located in (GeoLocationBlocked). A data-centre or VPN address can be refused too.',
      'La plateforme vidéo refuse le pays où votre IP est localisée (GeoLocationBlocked). Une adresse de centre de données ou de VPN peut aussi être refusée.',
    ],
    // XC_VM's error codes (Vateron-Media/XC_VM src/www/constants.php), by meaning.
    [
      'xtream-auth',
      'Login refused by the panel',
      'Connexion refusée par le panneau',
      'The panel does not know this username and password (or got none). Check them letter by letter.',
      "Le panneau ne reconnaît pas cet identifiant et ce mot de passe (ou n'en a reçu aucun). Vérifiez-les lettre par lettre.",
    ],
    [
      'xtream-account',
      'Line refused by the panel',
      'Ligne refusée par le panneau',
      'The panel refuses this line: expired, banned, disabled, already used from another address, or the channel is not in its package.',
      "Le panneau refuse cette ligne : expirée, bannie, désactivée, déjà utilisée depuis une autre adresse, ou la chaîne n'est pas dans son bouquet.",
    ],
    [
      'xtream-geo',
      'Country not allowed by the panel',
      'Pays non autorisé par le panneau',
      "The provider's panel only serves some countries, and your IP is located elsewhere.",
      'Le panneau du fournisseur ne sert que certains pays, et votre IP est localisée ailleurs.',
    ],
    [
      'xtream-network-rule',
      "Your network is refused by the panel's rules",
      'Votre réseau est refusé par les règles du panneau',
      'The panel blocks your IP, its provider or its network type (VPN, proxy, hosting). Another network shows it.',
      'Le panneau bloque votre IP, son opérateur ou son type de réseau (VPN, proxy, hébergeur). Un autre réseau le montre.',
    ],
    [
      'xtream-device-rule',
      "Your app or device is refused by the panel's rules",
      'Votre application ou appareil est refusé par les règles du panneau',
      "The panel refuses this player's user agent, this kind of device or the address it was reached by. Another app or device shows it.",
      "Le panneau refuse l'identifiant de ce lecteur, ce type d'appareil ou l'adresse utilisée pour le joindre. Une autre application ou un autre appareil le montre.",
    ],
    [
      'xtream-limit',
      'Too many downloads at once',
      'Trop de téléchargements en même temps',
      'The panel limits simultaneous downloads (the TV guide, for instance). Wait a moment and try once.',
      'Le panneau limite les téléchargements simultanés (le guide TV par exemple). Attendez un moment et réessayez une fois.',
    ],
    [
      'xtream-offline',
      'Stream offline on the panel',
      'Flux hors ligne sur le panneau',
      'The panel has no working source or server for this channel right now: the provider side, not your line.',
      "Le panneau n'a pas de source ou de serveur en état pour cette chaîne en ce moment : côté fournisseur, pas votre ligne.",
    ],
    [
      'xtream-missing',
      'Unknown channel on the panel',
      'Chaîne inconnue du panneau',
      'The channel number does not exist on the panel: the playlist is out of date.',
      "Le numéro de chaîne n'existe pas sur le panneau : la liste est périmée.",
    ],
    [
      'xtream-disguised',
      'Refusal disguised as "404 Not Found"',
      'Refus déguisé en « 404 Not Found »',
      'XC_VM panels answer a refused login with a fake web-server 404 page: wrong username or password most often, or an expired, banned or disabled line.',
      'Les panneaux XC_VM répondent à une connexion refusée par une fausse page 404 de serveur web : identifiant ou mot de passe faux le plus souvent, ou ligne expirée, bannie ou désactivée.',
    ],
  ]),
];
