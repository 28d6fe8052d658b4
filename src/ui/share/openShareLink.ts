/**
 * Opening share links: at start (a startup source, tried before the user's
 * saved machines) and when the address's fragment changes while the app is
 * open (the user pastes another link). A link that cannot be read says why,
 * and whatever was open stays open, untouched.
 */
import { decodeShareFragment } from '../../core/share';
import { viewStore } from '../../store';
import { openReview } from './reviewMode';

/** Fragments that are not machine links (an in-page anchor) are left alone. */
function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').trim() !== '';
}

/**
 * Decodes `hash` and opens it for review; on failure shows the decoder's message and returns false.
 * @example await openShareFragment(location.hash)
 */
export async function openShareFragment(hash: string): Promise<boolean> {
  const decoded = await decodeShareFragment(hash);
  if (!decoded.ok) {
    const [title, ...details] = decoded.message.split('\n');
    viewStore.getState().notify({
      tone: 'error',
      title: `This shared link could not be opened. ${title ?? ''}`.trim(),
      details: [...details.map((line) => line.trim()).filter(Boolean), 'Your own machines are untouched.'],
    });
    return false;
  }
  openReview(decoded.machine, decoded.selected);
  return true;
}

/** The startup source: opens the link in the address, if there is one. */
export async function openShareLinkAtStart(): Promise<boolean> {
  if (typeof window === 'undefined' || !isShareFragment(window.location.hash)) return false;
  return openShareFragment(window.location.hash);
}

/**
 * Listens for a new link pasted into the address bar; returns the removal.
 * @example installShareLinkListener()
 */
export function installShareLinkListener(target: Window = window): () => void {
  const onHashChange = () => {
    if (isShareFragment(target.location.hash)) void openShareFragment(target.location.hash);
  };
  target.addEventListener('hashchange', onHashChange);
  return () => target.removeEventListener('hashchange', onHashChange);
}
