/** Whether Mod means Cmd (macOS, iOS) rather than Ctrl. */
export const isMac: boolean =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);
