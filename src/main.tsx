import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { installShortcuts } from './ui/actions/shortcuts';
import { openBrowserLibrary } from './ui/persistence/browserLibrary';
import { startSession } from './ui/persistence/startup';
import { startLayoutOnOpen } from './ui/layout/layoutOnOpen';
import './ui/theme.css';

async function main() {
  await startSession(openBrowserLibrary());
  installShortcuts();
  startLayoutOnOpen();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void main();
