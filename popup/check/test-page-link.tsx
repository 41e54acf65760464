/**
 * The way to the Test page (options/check/, check.html) from the popup, the options page and a running
 * guided-diagnosis step. A plain link opening a tab: the popup would close, and a check must outlive it.
 */
import type { MessageKey } from '../../src/i18n.ts';
import { useI18n } from '../text/i18n-context.tsx';

export function TestPageLink({
  label,
  className = 'link-button',
}: {
  label: MessageKey;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <a class={className} href="check.html" target="_blank" rel="noopener" data-open-check>
      {t(label)}
    </a>
  );
}
