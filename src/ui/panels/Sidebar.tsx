/** The right sidebar: tabs from sidebarTabs, collapsible to give the canvas the room. */
import { useRef, type KeyboardEvent } from 'react';
import { useView, viewStore } from '../../store';
import { sidebarTabs, type SidebarTab } from './sidebarTabs';
import './sidebar.css';

function TabBadge({ tab }: { readonly tab: SidebarTab & { badge: NonNullable<SidebarTab['badge']> } }) {
  const value = tab.badge();
  return value === undefined ? null : <span className="sidebar__badge">{value}</span>;
}

export function Sidebar({ collapsed, onToggle }: { readonly collapsed: boolean; readonly onToggle: () => void }) {
  const current = useView((v) => v.sidebarTab);
  const active = sidebarTabs.find((tab) => tab.id === current) ?? sidebarTabs[0];
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    event.preventDefault();
    const next = sidebarTabs[(index + delta + sidebarTabs.length) % sidebarTabs.length];
    if (!next) return;
    viewStore.getState().setSidebarTab(next.id);
    tabRefs.current.get(next.id)?.focus();
  };

  if (collapsed || !active) {
    return (
      <aside className="sidebar sidebar--collapsed" aria-label="Sidebar (collapsed)">
        <button type="button" className="button button--ghost button--icon" aria-label="Show sidebar" title="Show sidebar" onClick={onToggle} aria-expanded={false}>
          ‹
        </button>
      </aside>
    );
  }

  const Panel = active.component;
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div className="sidebar__tabs" role="tablist" aria-label="Panels">
        {sidebarTabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) tabRefs.current.set(tab.id, el);
            }}
            type="button"
            role="tab"
            id={`sidebar-tab-${tab.id}`}
            aria-selected={tab.id === active.id}
            aria-controls="sidebar-panel"
            tabIndex={tab.id === active.id ? 0 : -1}
            className="sidebar__tab"
            onClick={() => viewStore.getState().setSidebarTab(tab.id)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {tab.label}
            {tab.badge ? <TabBadge tab={{ ...tab, badge: tab.badge }} /> : null}
          </button>
        ))}
        <span className="sidebar__tabs-spacer" />
        <button type="button" className="button button--ghost button--small button--icon" aria-label="Hide sidebar" title="Hide sidebar" onClick={onToggle} aria-expanded={true}>
          ›
        </button>
      </div>
      <div className="sidebar__panel" role="tabpanel" id="sidebar-panel" aria-labelledby={`sidebar-tab-${active.id}`}>
        <Panel />
      </div>
    </aside>
  );
}
