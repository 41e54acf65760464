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
  ...blocks([
    ['sucuri-block', 'Sucuri Website Firewall', 'le pare-feu Sucuri'],
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
    ['ddos-guard-challenge', 'DDoS-Guard'],
    ['datadome-captcha', 'DataDome'],
    ['perimeterx-captcha', 'HUMAN (PerimeterX)'],
    ['kasada-challenge', 'Kasada'],
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
