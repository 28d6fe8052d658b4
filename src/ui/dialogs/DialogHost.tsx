/** Renders the open dialog, if any. */
import { closeDialog, useOpenDialog } from './dialogStore';
import { LazyExportDialog } from './export/LazyExportDialog';
import { InputProblemsDialog } from './InputProblemsDialog';
import { LibraryDialog } from './LibraryDialog';
import { PasteJsonDialog } from './PasteJsonDialog';
import { ShareDialog } from '../share/ShareDialog';
import { KeyboardShortcutsDialog } from '../help/KeyboardShortcutsDialog';

export function DialogHost() {
  const request = useOpenDialog();
  if (!request) return null;
  switch (request.kind) {
    case 'paste-json':
      return <PasteJsonDialog onClose={closeDialog} />;
    case 'library':
      return <LibraryDialog onClose={closeDialog} />;
    case 'export':
      return <LazyExportDialog onClose={closeDialog} />;
    case 'share':
      return <ShareDialog onClose={closeDialog} />;
    case 'keyboard-shortcuts':
      return <KeyboardShortcutsDialog onClose={closeDialog} />;
    case 'input-problems':
      return <InputProblemsDialog source={request.source} problems={request.problems} onClose={closeDialog} />;
  }
}
