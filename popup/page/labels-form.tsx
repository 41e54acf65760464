/**
 * Free labels for the network and the device ("Wi-Fi box", "4G", "Fire TV"). The worker stamps them on
 * every record, which is how the guide's proofs compare one network (or device) with another.
 */
import { useState } from 'preact/hooks';
import { useI18n } from '../text/i18n-context.tsx';

export interface Labels {
  network?: string;
  device?: string;
}

export function LabelsForm({ labels, onSave }: { labels: Labels; onSave: (labels: Labels) => void }) {
  const { t } = useI18n();
  const [network, setNetwork] = useState(labels.network ?? '');
  const [device, setDevice] = useState(labels.device ?? '');
  // Saved on change (blur or Enter), not per keystroke: each save rewrites the worker's context.
  const save = () => onSave({ network: network.trim(), device: device.trim() });
  return (
    <fieldset class="card labels">
      <legend>{t('labelsTitle')}</legend>
      <p class="muted">{t('labelsHelp')}</p>
      <div class="label-row">
        <label for="label-network">{t('labelNetwork')}</label>
        <input
          id="label-network"
          type="text"
          maxLength={40}
          placeholder={t('labelNetworkExample')}
          value={network}
          onInput={(event) => setNetwork(event.currentTarget.value)}
          onChange={save}
        />
      </div>
      <div class="label-row">
        <label for="label-device">{t('labelDevice')}</label>
        <input
          id="label-device"
          type="text"
          maxLength={40}
          placeholder={t('labelDeviceExample')}
          value={device}
          onInput={(event) => setDevice(event.currentTarget.value)}
          onChange={save}
        />
      </div>
    </fieldset>
  );
}
