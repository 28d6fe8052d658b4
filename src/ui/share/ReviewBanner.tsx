/** The banner over a shared machine: what this is, and the way to make it one's own. */
import { downloadMachine } from '../files/download';
import { documentStore } from '../../store';
import { editCopy } from './reviewMode';
import './share.css';

export function ReviewBanner() {
  return (
    <div className="review-banner" data-testid="review-banner">
      <svg className="review-banner__icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
        <path d="M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z" />
        <circle cx="8" cy="8" r="2" />
      </svg>
      <span className="review-banner__text">
        <strong>You are reviewing a shared machine.</strong> Changes are not saved. Checks and the simulator work as usual.
      </span>
      <button type="button" className="button button--ghost review-banner__secondary" onClick={() => downloadMachine(documentStore.getState().history.present)}>
        Download
      </button>
      <button type="button" className="button button--primary review-banner__edit" onClick={editCopy} title="Add this machine to My machines and edit it">
        Edit a copy
      </button>
    </div>
  );
}
