import type { VendorErrorText } from './words-row.ts';

/** Plain-word meanings of the other vendors' markers; each entry cites the page its meaning rests on. */
export const OTHER_VENDOR_ERRORS: readonly VendorErrorText[] = [
  // https://repost.aws/knowledge-center/cloudfront-troubleshoot-403-errors
  {
    key: 'cloudfront-geo',
    title: { en: 'Your country is blocked by the service', fr: 'Votre pays est bloqué par le service' },
    meaning: {
      en: 'The service set CloudFront to refuse the country your IP appears to be in. A VPN exiting in the wrong country, or an IP geolocated elsewhere, triggers it.',
      fr: 'Le service a réglé CloudFront pour refuser le pays où votre IP semble se trouver. Une sortie VPN dans le mauvais pays, ou une IP localisée ailleurs, le déclenche.',
    },
  },
  // SonicWall's Geo-IP filter page, "Block reason: Gateway GEO-IP Filter Alert … Connection initiated towards country: …"
  // (https://github.com/platformio/platformio-core/issues/3211).
  {
    key: 'sonicwall-geoip',
    title: { en: 'Your network blocks that country', fr: 'Votre réseau bloque ce pays' },
    meaning: {
      en: 'A SonicWall firewall on the network this device uses refuses connections towards the country where the service’s server is. Whoever runs that network (an office, a school, a hotel) chose it; another network, such as mobile data, is not affected.',
      fr: 'Un pare-feu SonicWall du réseau qu’utilise cet appareil refuse les connexions vers le pays où se trouve le serveur du service. C’est le choix de qui gère ce réseau (bureau, école, hôtel) ; un autre réseau, comme les données mobiles, n’est pas concerné.',
    },
  },
  // Streamlink's maintainer on SHOWROOM's 403 with a picture: https://github.com/streamlink/streamlink/issues/5909
  {
    key: 'showroom-geo',
    title: { en: 'Not broadcast in your region', fr: 'Pas diffusé dans votre région' },
    meaning: {
      en: 'SHOWROOM answers with a picture instead of the stream where it does not broadcast (much of Europe, for one). Only a connection from a region it serves changes that.',
      fr: 'SHOWROOM répond par une image au lieu du flux là où il ne diffuse pas (une grande partie de l’Europe, entre autres). Seule une connexion depuis une région qu’il dessert y change quelque chose.',
    },
  },
  // https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html
  ...(
    [
      [
        '502',
        "CloudFront could not connect to the service's server",
        "CloudFront n'a pas pu joindre le serveur du service",
      ],
      ['503', 'CloudFront or the service is over capacity', 'CloudFront ou le service est saturé'],
      ['504', "The service's server did not answer in time", "Le serveur du service n'a pas répondu à temps"],
    ] as const
  ).map(
    ([code, en, fr]): VendorErrorText => ({
      key: `cloudfront-${code}`,
      title: { en, fr },
      meaning: {
        en: "CloudFront wrote this error page itself because the service's server failed behind it. It is a server-side problem, not a refusal of your connection.",
        fr: "CloudFront a écrit lui-même cette page d'erreur parce que le serveur du service a failli derrière lui. C'est un problème côté serveur, pas un refus de votre connexion.",
      },
    }),
  ),
  // https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html
  {
    key: 'aws-waf-block',
    title: { en: 'Blocked by AWS WAF', fr: 'Bloqué par AWS WAF' },
    meaning: {
      en: "A rule of the service's web firewall blocked the request: IP reputation lists, rate rules or managed rules. Trying another network shows whether your IP is the cause.",
      fr: "Une règle du pare-feu web du service a bloqué la requête : listes de réputation d'IP, règles de débit ou règles gérées. Essayer un autre réseau montre si votre IP est en cause.",
    },
  },
  {
    key: 'aws-waf-captcha',
    title: { en: 'CAPTCHA required by AWS WAF', fr: 'CAPTCHA exigé par AWS WAF' },
    meaning: {
      en: 'AWS WAF wants a CAPTCHA solved before serving this request (HTTP 405). An app cannot solve it; a browser on the same network may.',
      fr: "AWS WAF exige la résolution d'un CAPTCHA avant de servir la requête (HTTP 405). Une application ne peut pas le faire ; un navigateur sur le même réseau, peut-être.",
    },
  },
  {
    key: 'aws-waf-challenge',
    title: {
      en: 'Silent browser check by AWS WAF',
      fr: 'Vérification silencieuse du navigateur par AWS WAF',
    },
    meaning: {
      en: 'AWS WAF answered with a browser challenge (HTTP 202) instead of the content. Apps without a browser engine stay stuck on it.',
      fr: 'AWS WAF a répondu par un défi pour navigateur (HTTP 202) au lieu du contenu. Les applications sans moteur de navigateur restent bloquées.',
    },
  },
  // Akamai community "Why is Akamai blocking me?" and the Reference # error translator notes.
  {
    key: 'akamai-reference',
    title: { en: 'Access denied by Akamai (Reference #18)', fr: 'Accès refusé par Akamai (Reference #18)' },
    meaning: {
      en: "Akamai's edge refused the request on a rule of the site's owner: IP reputation, country, request rate or firewall rule. The reference number lets the owner find the exact rule.",
      fr: "Le réseau d'Akamai a refusé la requête selon une règle du propriétaire du site : réputation de l'IP, pays, débit ou pare-feu. Le numéro de référence permet au propriétaire de retrouver la règle exacte.",
    },
  },
  // Bright Data's Web Unlocker, its code ub_bad_endpoint_robots (rows/platforms.ts).
  {
    key: 'brightdata-robots',
    title: {
      en: 'Bright Data keeps this site from the account’s access level',
      fr: 'Bright Data réserve ce site à un autre niveau d’accès du compte',
    },
    meaning: {
      en: "The proxy network refused to fetch this site because the account is in its immediate-access mode, which follows the site's robots.txt. Its account manager can open full access after verifying the account; the site itself did not refuse.",
      fr: "Le réseau de proxys a refusé de récupérer ce site parce que le compte est en mode d'accès immédiat, qui respecte le robots.txt du site. Son gestionnaire de compte peut ouvrir l'accès complet après vérification du compte ; le site lui-même n'a rien refusé.",
    },
  },
  // Its referer check's page, "Referral Denied" (rows/major-cdns.ts).
  {
    key: 'akamai-referral',
    title: {
      en: 'Refused for the page it came from (Akamai)',
      fr: 'Refusé pour la page d’où vient la demande (Akamai)',
    },
    meaning: {
      en: "The site's owner lets Akamai serve this only to requests coming from its own pages (the Referer). An app or a player that does not send the site's page as the referrer is refused; the network and the account are not the cause.",
      fr: "Le propriétaire du site ne laisse Akamai servir ceci qu'aux demandes venant de ses propres pages (le Referer). Une application ou un lecteur qui n'envoie pas la page du site comme provenance est refusé ; ni le réseau ni le compte n'y sont pour rien.",
    },
  },
  {
    key: 'akamai-edge-error',
    title: { en: 'Akamai could not get the content', fr: "Akamai n'a pas pu obtenir le contenu" },
    meaning: {
      en: "Akamai's edge did not get a proper answer from the service's server; the reference number identifies the failure for the provider.",
      fr: "Le réseau d'Akamai n'a pas obtenu de réponse correcte du serveur du service ; le numéro de référence identifie l'incident pour le fournisseur.",
    },
  },
  // Imperva block page: "Request unsuccessful. Incapsula incident ID".
  {
    key: 'imperva-incident',
    title: { en: 'Blocked by Imperva (incident logged)', fr: 'Bloqué par Imperva (incident enregistré)' },
    meaning: {
      en: "Imperva's firewall refused the request and logged an incident, often for IP reputation or automated traffic. The incident ID lets the service look it up.",
      fr: "Le pare-feu d'Imperva a refusé la requête et enregistré un incident, souvent pour la réputation de l'IP ou un trafic jugé automatisé. L'identifiant permet au service de le retrouver.",
    },
  },
  // https://www.alibabacloud.com/help/en/cdn/user-guide/access-control-troubleshooting-guide
  {
    key: 'alibaba-access-rule',
    title: { en: 'Refused by the service’s access list', fr: 'Refusé par la liste d’accès du service' },
    meaning: {
      en: 'The service set its Alibaba Cloud CDN to serve only some referring pages or some apps (their User-Agent), and this request was not one of them. The rule follows the app or the page, not your network.',
      fr: 'Le service a réglé son CDN Alibaba Cloud pour ne servir que certaines pages d’origine ou certaines applications (leur User-Agent), et cette requête n’en faisait pas partie. La règle suit l’application ou la page, pas votre réseau.',
    },
  },
  {
    key: 'alibaba-ip-rule',
    title: {
      en: 'Your address is not allowed by the service',
      fr: 'Votre adresse n’est pas admise par le service',
    },
    meaning: {
      en: 'The service’s Alibaba Cloud CDN keeps a list of IP addresses, and yours is blocked or not on the allowed list. Another network will tell; the provider can change the list.',
      fr: 'Le CDN Alibaba Cloud du service tient une liste d’adresses IP, et la vôtre est bloquée ou absente de la liste autorisée. Un autre réseau le dira ; le fournisseur peut modifier la liste.',
    },
  },
  // https://www.tencentcloud.com/document/product/228/42177
  {
    key: 'tencent-cc-ban',
    title: { en: 'Blocked as an attack by Tencent Cloud', fr: 'Bloqué comme une attaque par Tencent Cloud' },
    meaning: {
      en: 'Tencent Cloud’s CDN saw a flood of requests (a “CC attack”) and banned the traffic. Stop retrying; if it lasts, the provider has to lift the ban.',
      fr: 'Le CDN de Tencent Cloud a vu un flot de requêtes (une « attaque CC ») et a banni le trafic. Arrêtez de réessayer ; si cela dure, le fournisseur doit lever le blocage.',
    },
  },
  {
    key: 'netlify-paused',
    title: { en: 'The service’s host paused it', fr: 'L’hébergeur du service l’a mis en pause' },
    meaning: {
      en: 'Netlify paused this site because its owner’s plan reached its usage limit. It comes back when the owner raises the limit or the month turns; nothing on your side changes it.',
      fr: 'Netlify a mis ce site en pause car l’offre de son propriétaire a atteint sa limite d’usage. Il revient quand le propriétaire relève la limite ou au mois suivant ; rien de votre côté n’y change.',
    },
  },
  {
    key: 'azure-app-service-stopped',
    title: { en: 'The service is stopped at its host', fr: 'Le service est arrêté chez son hébergeur' },
    meaning: {
      en: 'The service runs on Microsoft Azure, and its app there is stopped: its owner stopped it, or its plan’s quota did. It comes back when the owner starts it again; nothing on your side changes it.',
      fr: 'Le service tourne sur Microsoft Azure, et son application y est arrêtée : par son propriétaire, ou par le quota de son offre. Il revient quand le propriétaire la relance ; rien de votre côté n’y change.',
    },
  },
  {
    key: 'adobe-pass-denied',
    title: {
      en: 'Your TV provider refused this programme',
      fr: 'Votre fournisseur TV a refusé ce programme',
    },
    meaning: {
      en: 'The service checks with your TV provider (cable or satellite) through Adobe Pass, and the provider said no for this programme: your package does not include it, parental controls block it, or the provider does not recognise the account. Ask the provider or change the package.',
      fr: 'Le service vérifie auprès de votre fournisseur TV (câble ou satellite) via Adobe Pass, et le fournisseur a refusé ce programme : votre offre ne le comprend pas, le contrôle parental le bloque, ou le fournisseur ne reconnaît pas le compte. Voyez avec le fournisseur ou changez d’offre.',
    },
  },
  {
    key: 'adobe-pass-signin',
    title: { en: 'Sign in with your TV provider again', fr: 'Reconnectez-vous avec votre fournisseur TV' },
    meaning: {
      en: 'The sign-in with your TV provider (kept by Adobe Pass) is missing, expired or was cancelled. Sign in with the provider again in the app.',
      fr: 'La connexion avec votre fournisseur TV (gardée par Adobe Pass) est absente, expirée ou a été annulée. Reconnectez-vous avec le fournisseur dans l’application.',
    },
  },
  {
    key: 'adobe-pass-preview',
    title: { en: 'The free preview time is used up', fr: 'Le temps d’essai gratuit est épuisé' },
    meaning: {
      en: 'The service lets you watch for a while without a TV provider, and that time (or number of programmes) is used up. Signing in with a TV provider continues; waiting for the period to renew does too.',
      fr: 'Le service permet de regarder un moment sans fournisseur TV, et ce temps (ou ce nombre de programmes) est épuisé. Se connecter avec un fournisseur TV permet de continuer ; attendre le renouvellement de la période aussi.',
    },
  },
  {
    key: 'adobe-pass-home',
    title: { en: 'This sign-in works at home only', fr: 'Cette connexion ne marche qu’à la maison' },
    meaning: {
      en: 'You were signed in automatically on your provider’s home network, and the provider refuses that sign-in away from home. Watch from home, or sign in with your provider’s username and password.',
      fr: 'Vous avez été connecté automatiquement sur le réseau de votre fournisseur à la maison, et le fournisseur refuse cette connexion ailleurs. Regardez depuis la maison, ou connectez-vous avec l’identifiant et le mot de passe du fournisseur.',
    },
  },
  {
    key: 'adobe-pass-degraded',
    title: {
      en: 'The service limited access while your provider has trouble',
      fr: 'Le service limite l’accès pendant une panne de votre fournisseur',
    },
    meaning: {
      en: 'Your TV provider’s system is not answering well, and the service applies a rule of its own meanwhile that leaves this programme out. It clears when the provider recovers.',
      fr: 'Le système de votre fournisseur TV répond mal, et le service applique en attendant une règle qui laisse ce programme de côté. Cela se lève quand le fournisseur se rétablit.',
    },
  },
  {
    key: 'adobe-pass-partner',
    title: {
      en: 'Your TV provider did not answer in time',
      fr: 'Votre fournisseur TV n’a pas répondu à temps',
    },
    meaning: {
      en: 'Adobe Pass asked your TV provider and got no usable answer in time. Trying again a little later usually works; nothing on your side causes it.',
      fr: 'Adobe Pass a interrogé votre fournisseur TV sans obtenir de réponse utilisable à temps. Réessayer un peu plus tard suffit en général ; rien de votre côté n’en est la cause.',
    },
  },
  // cPanel's API envelope refusing a login, {"cpanelresult":{…"error":"Access denied",…}} on a 403 (a dynamic-DNS tool's
  // trace, https://github.com/CpanelInc/cpanel-dynamicdns-tools/issues/7).
  {
    key: 'cpanel-denied',
    title: {
      en: 'The hosting panel refused the login',
      fr: 'Le panneau d’hébergement a refusé la connexion',
    },
    meaning: {
      en: 'cPanel did not accept the user name, password or token this call sent. Check them (or create a new API token) in the hosting account.',
      fr: 'cPanel n’a pas accepté l’identifiant, le mot de passe ou le jeton envoyés. Vérifiez-les (ou créez un nouveau jeton d’API) dans le compte d’hébergement.',
    },
  },
  {
    key: 'cpanel-suspended',
    title: {
      en: 'The site’s hosting account is suspended',
      fr: 'Le compte d’hébergement du site est suspendu',
    },
    meaning: {
      en: 'The site’s host suspended the account that runs it (an unpaid bill, a rule broken, too much traffic). Only its owner can bring it back; nothing on your side changes it.',
      fr: 'L’hébergeur du site a suspendu le compte qui le fait tourner (facture impayée, règle enfreinte, trafic excessif). Seul son propriétaire peut le rétablir ; rien de votre côté n’y change.',
    },
  },
  {
    key: 'render-suspended',
    title: { en: 'The service is suspended by its host', fr: 'Le service est suspendu par son hébergeur' },
    meaning: {
      en: 'Render suspended this service (its owner or the platform did). Only its owner can bring it back; try again later or ask the provider.',
      fr: 'Render a suspendu ce service (son propriétaire ou la plateforme). Seul son propriétaire peut le rétablir ; réessayez plus tard ou demandez au fournisseur.',
    },
  },
  {
    key: 'tencent-loop',
    title: {
      en: 'The service’s CDN sends requests round in a loop',
      fr: 'Le CDN du service fait tourner les requêtes en boucle',
    },
    meaning: {
      en: 'Tencent EdgeOne saw the request come back to its own nodes again and again and stopped it. The service’s configuration is at fault; nothing on your side changes it.',
      fr: 'Tencent EdgeOne a vu la requête revenir sans cesse vers ses propres serveurs et l’a arrêtée. La configuration du service est en cause ; rien de votre côté n’y change.',
    },
  },
  {
    key: 'tencent-ip-limit',
    title: { en: 'Too many requests from your address', fr: 'Trop de requêtes depuis votre adresse' },
    meaning: {
      en: 'Your IP address asked Tencent Cloud’s CDN faster than the limit the service set. It clears once the requests slow down.',
      fr: 'Votre adresse IP a sollicité le CDN de Tencent Cloud plus vite que la limite fixée par le service. Cela se lève quand les requêtes ralentissent.',
    },
  },
  // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html
  {
    key: 'aws-elb-backend',
    title: {
      en: 'The service’s servers are down or full',
      fr: 'Les serveurs du service sont en panne ou saturés',
    },
    meaning: {
      en: 'Amazon’s load balancer, in front of the service, found no server able to take the request (none healthy, or all at capacity). A server-side problem: it clears when the provider repairs or adds servers.',
      fr: 'Le répartiteur de charge d’Amazon, devant le service, n’a trouvé aucun serveur capable de prendre la requête (aucun en bonne santé, ou tous saturés). Un problème côté serveur : il se règle quand le fournisseur répare ou ajoute des serveurs.',
    },
  },
  // https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
  {
    key: 'aws-api-gateway-denied',
    title: { en: 'Refused by the service’s API gateway', fr: 'Refusé par la passerelle d’API du service' },
    meaning: {
      en: 'Amazon API Gateway, in front of the service, refused the call: its authorizer or policy said no, or the address asked does not exist there. The provider sets those rules.',
      fr: 'Amazon API Gateway, devant le service, a refusé l’appel : son autorisation ou sa règle a dit non, ou l’adresse demandée n’y existe pas. Le fournisseur fixe ces règles.',
    },
  },
  {
    key: 'aws-api-gateway-unauthorized',
    title: { en: 'Sign-in refused by the API gateway', fr: 'Connexion refusée par la passerelle d’API' },
    meaning: {
      en: 'The service’s API gateway did not accept the credentials or token sent with the call. Sign in again in the app.',
      fr: 'La passerelle d’API du service n’a pas accepté les identifiants ou le jeton envoyés avec l’appel. Reconnectez-vous dans l’application.',
    },
  },
  {
    key: 'aws-api-gateway-throttled',
    title: { en: 'Too many calls (API gateway)', fr: 'Trop d’appels (passerelle d’API)' },
    meaning: {
      en: 'The service’s API gateway limits how fast it may be called, and this app went over it. It clears once the calls slow down.',
      fr: 'La passerelle d’API du service limite le rythme des appels, et cette application l’a dépassé. Cela se lève quand les appels ralentissent.',
    },
  },
  ...blocks([
    ['netscaler-block', 'Citrix NetScaler', 'Citrix NetScaler'],
    ['webseal-block', 'IBM WebSEAL', 'IBM WebSEAL'],
    ['safeline-block', 'SafeLine', 'SafeLine'],
    ['nemesida-block', 'Nemesida WAF', 'le pare-feu Nemesida'],
    ['dosarrest-block', 'DOSarrest', 'DOSarrest'],
    ['naxsi-block', 'NAXSI', 'NAXSI'],
    ['wangzhanbao-block', '360 WangZhanBao', '360 WangZhanBao'],
    ['yunjiasu-block', 'Baidu Yunjiasu', 'Baidu Yunjiasu'],
    ['yunsuo-block', 'Yunsuo', 'Yunsuo'],
    ['yundun-block', 'Yundun', 'Yundun'],
    ['knownsec-block', 'Knownsec', 'Knownsec'],
    ['janusec-block', 'Janusec Application Gateway', 'Janusec Application Gateway'],
    ['cloudbric-block', 'Cloudbric', 'Cloudbric'],
    ['siteground-block', 'SiteGround', 'SiteGround'],
    ['godaddy-block', 'the GoDaddy website firewall', 'le pare-feu de site GoDaddy'],
    ['sitelock-block', 'SiteLock', 'SiteLock'],
    ['paloalto-block', 'a Palo Alto Networks firewall', 'un pare-feu Palo Alto Networks'],
    ['sonicwall-block', 'a SonicWall firewall', 'un pare-feu SonicWall'],
    ['sophos-utm-block', 'Sophos UTM', 'Sophos UTM'],
    ['watchguard-block', 'a WatchGuard firewall', 'un pare-feu WatchGuard'],
    ['datadome-block', 'DataDome', 'DataDome'],
    ['sucuri-block', 'Sucuri Website Firewall', 'le pare-feu Sucuri'],
    ['crowdsec-block', 'CrowdSec, a firewall the site runs', 'CrowdSec, un pare-feu du site'],
    ['f5-asm-block', 'F5 BIG-IP ASM', 'F5 BIG-IP ASM'],
    ['barracuda-block', 'Barracuda WAF', 'le pare-feu Barracuda'],
    ['fortiweb-block', 'Fortinet FortiWeb', 'Fortinet FortiWeb'],
    ['modsecurity-block', "ModSecurity on the service's own server", 'ModSecurity sur le serveur du service'],
    ['wordfence-block', "the site's Wordfence plugin", "l'extension Wordfence du site"],
    ['reblaze-block', 'Reblaze', 'Reblaze'],
    ['radware-block', 'Radware AppWall', 'Radware AppWall'],
    ['stackpath-waf-block', 'the StackPath firewall', 'le pare-feu StackPath'],
    ['alibaba-waf-block', 'Alibaba Cloud WAF', 'le pare-feu Alibaba Cloud'],
    ['tencent-waf-block', 'Tencent Cloud WAF', 'le pare-feu Tencent Cloud'],
    ['imunify360-block', 'Imunify360, the host’s firewall', 'Imunify360, le pare-feu de l’hébergeur'],
    [
      'safebrowse-block',
      'your router’s security filter (SafeBrowse)',
      'le filtre de sécurité de votre routeur (SafeBrowse)',
    ],
    ['huawei-waf-block', 'Huawei Cloud WAF', 'le pare-feu Huawei Cloud'],
    ['stormwall-block', 'StormWall', 'StormWall'],
    ['azure-waf-block', 'Azure Web Application Firewall', 'le pare-feu applicatif Azure'],
    ['google-cloud-armor-deny', 'Google Cloud Armor', 'Google Cloud Armor'],
    ['vercel-deny', "Vercel's firewall", 'le pare-feu de Vercel'],
    ['indusface-block', 'Indusface AppTrana', 'Indusface AppTrana'],
    ['redshield-block', 'RedShield', 'RedShield'],
    ['wts-waf-block', 'WTS-WAF', 'WTS-WAF'],
    [
      'csf-block',
      "the server's own firewall (ConfigServer csf)",
      'le pare-feu du serveur lui-même (ConfigServer csf)',
    ],
    [
      'fortigate-block',
      'a FortiGate filter (often on your own network)',
      'un filtre FortiGate (souvent sur votre propre réseau)',
    ],
  ]),
  ...challenges([
    ['siteground-challenge', 'SiteGround'],
    ['sucuri-challenge', 'Sucuri Website Firewall'],
    ['bitninja-challenge', 'BitNinja'],
    ['ddos-guard-challenge', 'DDoS-Guard'],
    ['datadome-captcha', 'DataDome'],
    ['perimeterx-captcha', 'HUMAN (PerimeterX)'],
    ['kasada-challenge', 'Kasada'],
    ['distil-challenge', 'Distil Networks'],
    ['radware-captcha', 'Radware Bot Manager'],
    ['vercel-challenge', 'Vercel'],
    ['cachewall-challenge', 'Cachewall'],
    ['anubis-challenge', 'Anubis'],
  ]),
  // https://learn.microsoft.com/en-us/azure/frontdoor/troubleshoot-issues
  {
    key: 'azure-front-door-unavailable',
    title: {
      en: 'Azure Front Door cannot reach the service',
      fr: 'Azure Front Door ne peut pas joindre le service',
    },
    meaning: {
      en: 'Front Door has no working route to the service: unknown host name or no healthy server behind it. Provider-side problem.',
      fr: "Front Door n'a aucune route valable vers le service : nom d'hôte inconnu ou aucun serveur en état derrière lui. Le problème est chez le fournisseur.",
    },
  },
  {
    key: 'fastly-unknown-domain',
    title: { en: 'Fastly does not know this address', fr: 'Adresse inconnue de Fastly' },
    meaning: {
      en: 'The address points to Fastly, but no Fastly service is set up for it. An outdated or mistyped server address in the app is the usual cause.',
      fr: "L'adresse pointe vers Fastly, mais aucun service Fastly n'y est configuré. En général, l'adresse du serveur dans l'application est périmée ou mal saisie.",
    },
  },
  // https://vercel.com/docs/errors
  ...(
    [
      [
        'deployment-not-found',
        'Deployment not found',
        'Déploiement introuvable',
        'The address points to Vercel, but no deployment answers there any more: the server address in the app is probably outdated.',
        "L'adresse pointe vers Vercel, mais plus aucun déploiement n'y répond : l'adresse du serveur dans l'application est sans doute périmée.",
      ],
      [
        'function-invocation-failed',
        "The service's code crashed",
        'Le code du service a planté',
        "The service's server-side function failed while answering.",
        'La fonction côté serveur du service a échoué pendant la réponse.',
      ],
      [
        'function-invocation-timeout',
        "The service's code took too long",
        'Le code du service a mis trop de temps',
        "The service's server-side function ran past its time limit.",
        'La fonction côté serveur du service a dépassé son temps limite.',
      ],
      [
        'deployment-disabled',
        'The service is switched off by its host',
        'Le service est coupé par son hébergeur',
        "Vercel has disabled this deployment, most often for the owner's plan or payment: nothing on your side will bring it back.",
        "Vercel a désactivé ce déploiement, le plus souvent pour l'offre ou le paiement du propriétaire : rien de votre côté ne le rétablira.",
      ],
      [
        'deployment-paused',
        'The service is paused by its owner',
        'Le service est mis en pause par son propriétaire',
        'The owner paused this deployment on Vercel: it answers again only when they resume it.',
        'Le propriétaire a mis ce déploiement en pause chez Vercel : il ne répondra de nouveau que lorsqu’il le relancera.',
      ],
      [
        'function-throttled',
        'The service is over its limits',
        'Le service a dépassé ses limites',
        "Too many calls at once to the service's functions: Vercel throttled them.",
        "Trop d'appels simultanés aux fonctions du service : Vercel les a freinés.",
      ],
    ] as const
  ).map(
    ([code, titleEn, titleFr, en, fr]): VendorErrorText => ({
      key: `vercel-${code}`,
      title: { en: titleEn, fr: titleFr },
      meaning: { en, fr },
    }),
  ),
];

/** Firewall blocks whose plain meaning is the same sentence with the firewall's name. */
function blocks(rows: readonly [string, string, string][]): VendorErrorText[] {
  return rows.map(([key, en, fr]) => ({
    key,
    title: { en: `Blocked by ${en}`, fr: `Bloqué par ${fr}` },
    meaning: {
      en: `A rule of ${en} refused the request (IP, country, network or an attack pattern). It is a refusal, not an outage: compare with another network before touching the app or your code.`,
      fr: `Une règle de ${fr} a refusé la requête (IP, pays, réseau ou motif d'attaque). C'est un refus, pas une panne : comparez avec un autre réseau avant de toucher à l'application ou à votre code.`,
    },
  }));
}

/** Bot checks: a page an IPTV app cannot solve, whoever serves it. */
function challenges(rows: readonly [string, string][]): VendorErrorText[] {
  return rows.map(([key, name]) => ({
    key,
    title: { en: `Bot check by ${name}`, fr: `Vérification anti-robot de ${name}` },
    meaning: {
      en: `${name} judged the request automated and asked for a check only a real browser can pass. An IPTV app sees a refusal; shared, VPN or data-centre IPs trigger it more often.`,
      fr: `${name} a jugé la requête automatisée et demande une vérification que seul un vrai navigateur peut passer. Une application IPTV n'y voit qu'un refus ; les IP partagées, de VPN ou de centres de données la déclenchent plus souvent.`,
    },
  }));
}
