/**
 * Toasts, bottom-left. Information and success fade after a few seconds;
 * warnings and errors stay until closed, so nothing important slips by.
 */
import { memo, useEffect } from 'react';
import { useView, viewStore, type Notice } from '../../store';

const AUTO_DISMISS_MS = 6000;

const NoticeCard = memo(function NoticeCard({ notice }: { readonly notice: Notice }) {
  const sticky = notice.tone === 'error' || notice.tone === 'warning';
  useEffect(() => {
    if (sticky) return;
    const timer = setTimeout(() => viewStore.getState().dismiss(notice.id), AUTO_DISMISS_MS);
    return () => clearTimeout(timer);
  }, [notice.id, sticky]);
  return (
    <div className={`notice notice--${notice.tone}`} role={sticky ? 'alert' : 'status'} data-testid="notice">
      <div className="notice__body">
        <div className="notice__title">{notice.title}</div>
        {notice.details && notice.details.length > 0 ? (
          <ul className="notice__details">
            {notice.details.map((detail, i) => (
              <li key={i}>{detail}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <button type="button" className="button button--ghost button--small button--icon notice__close" aria-label="Dismiss notice" title="Dismiss" onClick={() => viewStore.getState().dismiss(notice.id)}>
        ×
      </button>
    </div>
  );
});

export function Notices() {
  const notices = useView((v) => v.notices);
  return (
    <div className="notices" aria-live="polite" aria-label="Notifications">
      {notices.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
