/** The File menu: file actions from the registry plus the Examples submenu. */
import { useState } from 'react';
import { actionById, isActionEnabled, runAction } from '../actions/registry';
import { formatShortcut, shortcutsOf } from '../actions/shortcutMatch';
import { isMac } from '../actions/platform';
import { loadExampleIndex, type ExampleInfo } from '../files/examples';
import { openExample } from '../files/openMachineFile';
import { useDocument, useView, viewStore } from '../../store';
import { machineFileName } from '../files/download';
import { MenuButton } from './MenuButton';
import type { MenuItem } from './menuTypes';

const notifyFailure = (error: unknown) =>
  viewStore.getState().notify({ tone: 'error', title: error instanceof Error ? error.message : String(error) });

function actionItem(id: string, label?: string): MenuItem[] {
  const action = actionById(id);
  if (!action) return [];
  const shortcut = shortcutsOf(action.shortcut)[0];
  return [
    {
      kind: 'item',
      id,
      label: label ?? action.label,
      ...(shortcut ? { shortcut: formatShortcut(shortcut, isMac) } : {}),
      ...(action.description ? { hint: action.description } : {}),
      disabled: !isActionEnabled(action),
      onSelect: () => runAction(action, notifyFailure),
    },
  ];
}

export function FileMenu() {
  // Read here so the menu shows the current file name and enabled states.
  const machineName = useDocument((s) => s.history.present.name);
  useDocument((s) => s.readOnly);
  useView((v) => v.mode);
  const [examples, setExamples] = useState<readonly ExampleInfo[] | 'loading' | 'failed'>('loading');

  const loadExamples = () => {
    loadExampleIndex().then(setExamples, () => setExamples('failed'));
  };

  const exampleItems: MenuItem[] = Array.isArray(examples)
    ? examples.map((example) => ({
        kind: 'item',
        id: `example:${example.file}`,
        label: example.title,
        hint: example.summary,
        onSelect: () => void openExample(example.file, example.title),
      }))
    : [];

  const items: MenuItem[] = [
    ...actionItem('file.new'),
    ...actionItem('file.open'),
    ...actionItem('file.download', `Download ${machineFileName({ name: machineName })}`),
    ...actionItem('image.svg'),
    ...actionItem('image.png'),
    ...actionItem('file.paste'),
    { kind: 'separator', id: 'sep-examples' },
    {
      kind: 'submenu',
      id: 'examples',
      label: 'Examples',
      items: exampleItems,
      emptyText: examples === 'failed' ? 'Examples could not be loaded' : 'Loading…',
    },
    ...actionItem('file.library'),
  ];

  return <MenuButton label="File" items={items} onOpen={loadExamples} />;
}
