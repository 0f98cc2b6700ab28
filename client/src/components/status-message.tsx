import { useEffect, useRef } from 'react';

/**
 * A success message in a polite live region. `focusOnShow` is for forms that stay on the
 * page: their submit button was disabled while sending, which drops keyboard focus, so the
 * message takes it and is read out.
 */
export function StatusMessage({
  message,
  focusOnShow = false,
}: {
  message: string | null;
  focusOnShow?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message && focusOnShow) ref.current?.focus();
  }, [message, focusOnShow]);
  return (
    <div
      role="status"
      ref={ref}
      tabIndex={message && focusOnShow ? -1 : undefined}
      className={message ? 'notice notice--success' : 'visually-hidden'}
    >
      {message}
    </div>
  );
}
