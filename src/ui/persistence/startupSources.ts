/**
 * Things that may decide what opens at start before the library does, tried in
 * order: e.g. a share link in the address opens that machine read-only. A
 * source returns true when it opened a machine. To add one: append it here.
 */
import { openShareLinkAtStart } from '../share/openShareLink';

export type StartupSource = () => boolean | Promise<boolean>;

export const startupSources: StartupSource[] = [openShareLinkAtStart];
