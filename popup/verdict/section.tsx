/**
 * A collapsed section with a plain-words title: everything past the popup's first screen lives in one.
 * A native <details>, so the keyboard and screen readers know it; Escape closes it (popup/text/escape.ts).
 * A `lazy` section renders its body only once opened: the events table and the chart of 2,000 records
 * cost the first paint nothing while nobody looks at them.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function Section({
  name,
  title,
  children,
  lazy = false,
}: {
  name: string;
  title: string;
  children: ComponentChildren;
  lazy?: boolean;
}) {
  const [opened, setOpened] = useState(!lazy);
  return (
    <details
      class="section"
      data-section={name}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        <h2 class="section-title">{title}</h2>
      </summary>
      <div class="section-body">{opened ? children : null}</div>
    </details>
  );
}
