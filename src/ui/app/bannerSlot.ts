/**
 * What the banner shows, if anything. Features that need a banner (a read-only
 * shared link) set it; the app renders it inside <Banner>.
 */
import type { ReactNode } from 'react';
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export const bannerStore = createStore<{ content: ReactNode | null }>()(() => ({ content: null }));

export function setBanner(content: ReactNode | null): void {
  bannerStore.setState({ content });
}

export function useBannerContent(): ReactNode | null {
  return useStore(bannerStore, (s) => s.content);
}
