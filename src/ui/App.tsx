/** The editor: banner, toolbar, canvas in the centre, sidebar on the right, status bar below. */
import { useView, viewStore } from '../store';
import { Banner } from './app/Banner';
import { Canvas } from './canvas/Canvas';
import { useBannerContent } from './app/bannerSlot';
import { DropOverlay } from './app/DropOverlay';
import { Notices } from './app/Notices';
import { StatusBar } from './app/StatusBar';
import { DialogHost } from './dialogs/DialogHost';
import { Sidebar } from './panels/Sidebar';
import { Toolbar } from './toolbar/Toolbar';
import './app/app.css';

export function App() {
  const banner = useBannerContent();
  const sidebarOpen = useView((v) => v.sidebarOpen);
  return (
    <div className="app">
      <Banner>{banner}</Banner>
      <Toolbar />
      <div className="app__body">
        <main className="app__canvas" aria-label="Canvas">
          <Canvas />
        </main>
        <Sidebar collapsed={!sidebarOpen} onToggle={() => viewStore.getState().setSidebarOpen(!sidebarOpen)} />
      </div>
      <StatusBar />
      <Notices />
      <DropOverlay />
      <DialogHost />
    </div>
  );
}
