/**
 * The check's results in words, English and French (display text: the CLI and the Test page read it; the
 * worker never does). The account's own facts are said as the reason they are: "2 of 2 connections are in
 * use: that is why streams are refused".
 */
import type { Lang, Localized } from '../types.ts';
import type {
  AccountFacts,
  Detail,
  MediaKind,
  Outcome,
  PausedHost,
  StepKind,
  VariantId,
  VariantTrial,
} from './types.ts';

const STEP: Record<StepKind, Localized> = {
  link: { en: 'link', fr: 'lien' },
  master: { en: 'master playlist', fr: 'playlist principale' },
  'media-playlist': { en: 'media playlist', fr: 'playlist média' },
  segment: { en: 'segment', fr: 'segment' },
  manifest: { en: 'DASH manifest', fr: 'manifeste DASH' },
  init: { en: 'init segment', fr: "segment d'initialisation" },
  stream: { en: 'stream', fr: 'flux' },
};

const MEDIA: Record<MediaKind | 'encrypted', Localized> = {
  'mpeg-ts': { en: 'MPEG-TS', fr: 'MPEG-TS' },
  fmp4: { en: 'fragmented MP4', fr: 'MP4 fragmenté' },
  mp4: { en: 'MP4', fr: 'MP4' },
  adts: { en: 'AAC audio', fr: 'audio AAC' },
  id3: { en: 'audio with ID3 timestamps', fr: 'audio avec horodatage ID3' },
  webm: { en: 'WebM', fr: 'WebM' },
  flv: { en: 'FLV', fr: 'FLV' },
  encrypted: { en: 'an encrypted segment (AES-128)', fr: 'un segment chiffré (AES-128)' },
};

const LOOKS_LIKE: Record<string, Localized> = {
  'an empty body': { en: 'an empty body', fr: 'une réponse vide' },
  'an HTML page': { en: 'an HTML page', fr: 'une page HTML' },
  'an XML or HTML document': { en: 'an XML or HTML document', fr: 'un document XML ou HTML' },
  'a JSON document': { en: 'a JSON document', fr: 'un document JSON' },
  'a playlist': { en: 'a playlist', fr: 'une playlist' },
  'plain text': { en: 'plain text', fr: 'du texte' },
  'unknown binary data': { en: 'unknown binary data', fr: 'des données binaires inconnues' },
};

export const OUTCOME_WORDS: Record<Outcome, Localized> = {
  works: { en: 'works', fr: 'fonctionne' },
  refused: { en: 'refused', fr: 'refusée' },
  failed: { en: 'failed', fr: 'en échec' },
};

const VARIANT: Record<VariantId, Localized> = {
  'playlist-ua': { en: "the playlist's own user agent", fr: "l'agent utilisateur de la playlist" },
  'player-ua': { en: "a media player's user agent (VLC)", fr: "l'agent utilisateur d'un lecteur (VLC)" },
  'browser-ua': { en: "a browser's user agent", fr: "l'agent utilisateur d'un navigateur" },
  'without-referer': { en: 'no referrer', fr: 'sans référent (Referer)' },
  'with-referer': { en: "the stream's own site as referrer", fr: 'le site du flux comme référent (Referer)' },
};

export function variantWords(id: VariantId, lang: Lang): string {
  return VARIANT[id][lang];
}

const NO_SEGMENT: Record<'empty-playlist' | 'no-segment' | 'unreadable', Localized> = {
  'empty-playlist': { en: 'the playlist is empty', fr: 'la playlist est vide' },
  'no-segment': { en: 'the playlist lists no segment', fr: 'la playlist ne liste aucun segment' },
  unreadable: { en: 'the playlist cannot be read', fr: 'la playlist est illisible' },
};

/**
 * create_link errors as the portal's own client words them (stalker_portal c/player.js notices; the same
 * table the engine reads in src/knowledge/panels/replies.ts).
 */
const LINK_ERRORS: Readonly<Record<string, Localized>> = {
  limit: {
    en: 'the portal gives no link: too many connections in use',
    fr: 'le portail ne donne pas de lien : trop de connexions en cours',
  },
  access_denied: {
    en: 'the portal gives no link: this channel is not in the subscription',
    fr: "le portail ne donne pas de lien : cette chaîne n'est pas dans l'abonnement",
  },
  nothing_to_play: {
    en: 'the portal gives no link: the channel has no source',
    fr: "le portail ne donne pas de lien : la chaîne n'a pas de source",
  },
  link_fault: {
    en: 'the portal could not build the link (server error)',
    fr: "le portail n'a pas pu construire le lien (erreur serveur)",
  },
};

export function detailText(detail: Detail, lang: Lang): string {
  const fr = lang === 'fr';
  switch (detail.code) {
    case 'works':
      return fr
        ? `${MEDIA[detail.media].fr} reçu (${STEP[detail.via].fr}, ${detail.requests} requête${detail.requests > 1 ? 's' : ''})`
        : `${MEDIA[detail.media].en} received (${STEP[detail.via].en}, ${detail.requests} request${detail.requests > 1 ? 's' : ''})`;
    case 'refused':
      return fr
        ? `HTTP ${detail.status} sur ${STEP[detail.step].fr}`
        : `HTTP ${detail.status} on the ${STEP[detail.step].en}`;
    case 'transport':
      return fr
        ? `pas de réponse (${detail.error}) sur ${STEP[detail.step].fr}`
        : `no answer (${detail.error}) on the ${STEP[detail.step].en}`;
    case 'not-media': {
      const what = LOOKS_LIKE[detail.looksLike] ?? { en: detail.looksLike, fr: detail.looksLike };
      return fr
        ? `pas un flux vidéo : ${what.fr} (${STEP[detail.step].fr})`
        : `not media: ${what.en} (${STEP[detail.step].en})`;
    }
    case 'no-segment':
      return NO_SEGMENT[detail.reason][lang];
    case 'iptv-list':
      return fr
        ? 'le lien est une liste de chaînes, pas un flux'
        : 'the link is a list of channels, not a stream';
    case 'redirect':
      return fr
        ? `redirections sans fin (${STEP[detail.step].fr})`
        : `endless redirects (${STEP[detail.step].en})`;
    case 'paused':
      return fr
        ? `non testée : ${detail.host} mis en pause (signes d'anti-abus)`
        : `not tested: ${detail.host} paused (anti-abuse signs)`;
    case 'link-failed': {
      const known = LINK_ERRORS[detail.reason];
      if (known) return known[lang];
      return fr
        ? `le portail n'a pas donné de lien (${detail.reason})`
        : `the portal gave no link (${detail.reason})`;
    }
  }
}

/** "works with a media player's user agent (VLC)". */
export function fixText(trial: VariantTrial, lang: Lang): string {
  return lang === 'fr'
    ? `fonctionne avec ${VARIANT[trial.variant].fr}`
    : `works with ${VARIANT[trial.variant].en}`;
}

export function pausedText(paused: PausedHost, lang: Lang): string {
  const wait = paused.retryAfterSeconds !== undefined ? paused.retryAfterSeconds : undefined;
  const fr = lang === 'fr';
  const why: Record<PausedHost['reason'], Localized> = {
    'rate-limit': { en: 'it answered with a rate limit', fr: 'il a répondu par une limite de débit' },
    'retry-after': { en: 'it asked to come back later', fr: 'il a demandé de revenir plus tard' },
    'refusal-streak': {
      en: 'it started refusing right after serving',
      fr: 'il a commencé à refuser juste après avoir servi',
    },
  };
  const base = fr
    ? `${paused.host} mis en pause : ${why[paused.reason].fr}. Arrêtez, attendez, puis testez une seule fois`
    : `${paused.host} paused: ${why[paused.reason].en}. Stop, wait, then test once`;
  if (wait === undefined) return `${base}.`;
  return fr ? `${base} (dans ${wait} s au plus tôt).` : `${base} (in ${wait} s at the earliest).`;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The account's facts as sentences; `streamsRefused` says whether they explain refused channels. */
export function accountLines(account: AccountFacts, lang: Lang, streamsRefused: boolean): string[] {
  const fr = lang === 'fr';
  const lines: string[] = [];
  const panel = account.panel === 'xtream' ? 'Xtream' : 'Stalker';
  if (account.loginFailed) {
    const { status, layer } = account.loginFailed;
    const code = status === 0 ? (fr ? 'sans réponse' : 'no answer') : `HTTP ${status}`;
    if (layer === 'auth')
      lines.push(
        fr
          ? `Le panneau ${panel} refuse la connexion (${code}) : identifiants ou appareil non reconnus.`
          : `The ${panel} panel refuses the login (${code}): credentials or device not recognised.`,
      );
    else if (layer === 'account')
      lines.push(
        fr
          ? `Le panneau ${panel} refuse ce compte (${code}) : voyez son état ci-dessous.`
          : `The ${panel} panel refuses this account (${code}): see its state below.`,
      );
    else
      lines.push(
        fr
          ? `L'appel de connexion au panneau ${panel} a échoué (${code}, couche ${layer}).`
          : `The login call to the ${panel} panel failed (${code}, layer ${layer}).`,
      );
  }
  // The operator's own words (block_msg / msg), as the engine quoted them.
  const said = (account.reply?.evidence ?? account.loginFailed?.evidence ?? [])
    .map((line) => /^portal message "(.*)"$/.exec(line)?.[1])
    .find((message) => message);
  if (said) lines.push(fr ? `Le portail dit : « ${said} »` : `The portal says: “${said}”`);
  if (account.status) {
    const bad = /expired|banned|disabled|blocked|denied|too many/i.test(account.status);
    lines.push(
      fr
        ? `État du compte : ${account.status}${bad ? ' — le service est refusé pour ce compte.' : '.'}`
        : `Account status: ${account.status}${bad ? ' — the service is refused for this account.' : '.'}`,
    );
  }
  if (account.expiresAt !== undefined) {
    const past = account.expiresAt < account.checkedAt;
    const days = Math.round(Math.abs(account.expiresAt - account.checkedAt) / 86_400_000);
    if (past)
      lines.push(
        fr
          ? `L'abonnement a expiré le ${day(account.expiresAt)} (il y a ${days} j) : c'est pour cela que les flux sont refusés.`
          : `The subscription expired on ${day(account.expiresAt)} (${days} days ago): that is why streams are refused.`,
      );
    else
      lines.push(
        fr
          ? `L'abonnement court jusqu'au ${day(account.expiresAt)} (encore ${days} j).`
          : `The subscription runs until ${day(account.expiresAt)} (${days} days left).`,
      );
  }
  const { activeConnections: active, maxConnections: max } = account;
  if (active !== undefined && max !== undefined && max > 0) {
    const full = active >= max;
    if (full && streamsRefused)
      lines.push(
        fr
          ? `${active} connexions sur ${max} sont utilisées : c'est pour cela que les flux sont refusés.`
          : `${active} of ${max} connections are in use: that is why streams are refused.`,
      );
    else if (full)
      lines.push(
        fr
          ? `${active} connexions sur ${max} sont utilisées : un lecteur de plus serait refusé.`
          : `${active} of ${max} connections are in use: one more player would be refused.`,
      );
    else
      lines.push(
        fr
          ? `${active} connexion${active > 1 ? 's' : ''} sur ${max} utilisée${active > 1 ? 's' : ''}.`
          : `${active} of ${max} connections in use.`,
      );
  }
  if (account.epg) {
    const epg: Record<NonNullable<AccountFacts['epg']>, Localized> = {
      works: {
        en: 'The programme guide (xmltv.php) answers.',
        fr: 'Le guide des programmes (xmltv.php) répond.',
      },
      refused: {
        en: 'The programme guide (xmltv.php) is refused.',
        fr: 'Le guide des programmes (xmltv.php) est refusé.',
      },
      failed: {
        en: 'The programme guide (xmltv.php) does not answer with a guide.',
        fr: 'Le guide des programmes (xmltv.php) ne renvoie pas de guide.',
      },
    };
    lines.push(epg[account.epg][lang]);
  }
  return lines;
}
