/**
 * The export formats as a radio group: Tab reaches the chosen one, arrow keys
 * (and Home/End) move the choice, as in any native radio group.
 */
import { useRef, type KeyboardEvent } from 'react';
import { shownTargets } from './exportTargetsShown';

const NEXT = new Map([
  ['ArrowDown', 1],
  ['ArrowRight', 1],
  ['ArrowUp', -1],
  ['ArrowLeft', -1],
]);

export function TargetPicker({ chosenId, onChoose }: { readonly chosenId: string; readonly onChoose: (id: string) => void }) {
  const list = useRef<HTMLDivElement>(null);

  const moveTo = (index: number) => {
    const shown = shownTargets[index];
    if (!shown) return;
    onChoose(shown.target.id);
    list.current?.querySelectorAll<HTMLElement>('[role="radio"]')[index]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const current = shownTargets.findIndex((shown) => shown.target.id === chosenId);
    const step = NEXT.get(event.key);
    const count = shownTargets.length;
    let index: number | undefined;
    if (step !== undefined) index = (current + step + count) % count;
    else if (event.key === 'Home') index = 0;
    else if (event.key === 'End') index = count - 1;
    if (index === undefined) return;
    event.preventDefault();
    moveTo(index);
  };

  return (
    <div ref={list} className="export__targets" role="radiogroup" aria-label="Export format" onKeyDown={onKeyDown}>
      {shownTargets.map(({ target, title, hint }) => {
        const chosen = target.id === chosenId;
        return (
          <div
            key={target.id}
            role="radio"
            aria-checked={chosen}
            tabIndex={chosen ? 0 : -1}
            // The dialog puts focus here on opening, so arrow keys choose at once.
            data-autofocus={chosen ? '' : undefined}
            className={`export__target${chosen ? ' export__target--chosen' : ''}`}
            data-target={target.id}
            onClick={() => onChoose(target.id)}
          >
            <span className="export__target-title">{title}</span>
            {hint ? <span className="export__target-hint">{hint}</span> : null}
          </div>
        );
      })}
    </div>
  );
}
