/**
 * A collapsed section with a plain-words title: everything past the popup's first screen lives in one.
 * A native <details>, so the keyboard and screen readers know it; Escape closes it (popup/text/escape.ts).
 */
import type { ComponentChildren } from 'preact';

export function Section({
  name,
  title,
  children,
  open = false,
}: {
  name: string;
  title: string;
  children: ComponentChildren;
  open?: boolean;
}) {
  return (
    <details class="section" data-section={name} open={open}>
      <summary>
        <h2 class="section-title">{title}</h2>
      </summary>
      <div class="section-body">{children}</div>
    </details>
  );
}
