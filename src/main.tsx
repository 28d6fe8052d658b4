import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { installShortcuts } from './ui/actions/shortcuts';
import { openBrowserLibrary } from './ui/persistence/browserLibrary';
import { startSession } from './ui/persistence/startup';
import { startLayoutOnOpen } from './ui/layout/layoutOnOpen';
import { installShareLinkListener } from './ui/share/openShareLink';
import './ui/theme.css';

async function main() {
  await startSession(openBrowserLibrary());
  installShortcuts();
  startLayoutOnOpen();
  installShareLinkListener();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
