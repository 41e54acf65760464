/**
 * Watch the hosts of an M3U/M3U8 playlist, pasted or chosen as a file. Parsing is the pure
 * `playlistHosts`; only host names are shown and kept, never the URLs (they often carry credentials).
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../popup/text/i18n-context.tsx';
import { type PlaylistHosts, playlistHosts } from '../src/http/playlist-hosts.ts';

interface Props {
  watched: readonly string[];
  /** Called from the click handler, so the permission request keeps the user gesture. */
  onWatch: (hosts: string[]) => void;
}

export function PlaylistImport({ watched, onWatch }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<PlaylistHosts | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const read = (playlist: string) => {
    const parsed = playlistHosts(playlist);
    setResult(parsed);
    setPicked(new Set(parsed.hosts.map((h) => h.host).filter((host) => !watched.includes(host))));
  };
  const onFile = (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) void file.text().then(read);
  };
  const toggle = (host: string) => {
    const next = new Set(picked);
    if (next.has(host)) next.delete(host);
    else next.add(host);
    setPicked(next);
  };
  return (
    <details class="playlist">
      <summary>{t('playlistTitle')}</summary>
      <p class="muted">{t('playlistHelp')}</p>
      <label for="playlist-text">{t('playlistPaste')}</label>
      <textarea
        id="playlist-text"
        rows={4}
        spellcheck={false}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <div class="row">
        <button type="button" onClick={() => read(text)} disabled={text.trim() === ''}>
          {t('playlistRead')}
        </button>
        <label for="playlist-file">{t('playlistFile')}</label>
        <input
          id="playlist-file"
          type="file"
          accept=".m3u,.m3u8,audio/x-mpegurl,application/vnd.apple.mpegurl,text/plain"
          onChange={onFile}
        />
      </div>
      {result ? (
        <div aria-live="polite">
          <p>{result.hosts.length > 0 ? t('playlistFound', result.hosts.length) : t('playlistNone')}</p>
          {result.skipped > 0 ? <p class="muted">{t('playlistSkipped', result.skipped)}</p> : null}
          <ul class="host-list">
            {result.hosts.map(({ host, count, uses }) => (
              <li key={host}>
                <input
                  id={`pl-${host}`}
                  type="checkbox"
                  checked={picked.has(host)}
                  disabled={watched.includes(host)}
                  onChange={() => toggle(host)}
                />
                <label for={`pl-${host}`}>
                  <span class="host-name">{host}</span>{' '}
                  <span class="muted">
                    {t('playlistHostLines', count)} ·{' '}
                    {uses.map((use) => t(`playlistUse_${use}` as const)).join(', ')}
                    {watched.includes(host) ? ` · ${t('playlistAlreadyWatched')}` : ''}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {result.hosts.length > 0 ? (
            <button
              type="button"
              class="primary"
              disabled={picked.size === 0}
              onClick={() => onWatch([...picked])}
            >
              {t('playlistWatch', picked.size)}
            </button>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
