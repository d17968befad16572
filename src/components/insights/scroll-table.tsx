import type { ReactNode } from 'react';

/**
 * A table in a region that scrolls sideways on a narrow screen: the region is focusable and named, so a keyboard
 * reader can scroll it and a screen reader says what it holds ("Money mentions (scrolls sideways)").
 */
export function ScrollTable({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <div
      className="insights-table-wrap"
      role="region"
      aria-label={`${label} (scrolls sideways)`}
      tabIndex={0}
    >
      <table className={className}>{children}</table>
    </div>
  );
}
