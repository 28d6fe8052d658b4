// In-page timing helpers for the UI benchmark, installed with page.addInitScript
// before any page script runs. Timing happens inside the page so that round trips
// between the driver and the browser never count. Plain JavaScript on purpose:
// it is injected as text, untouched by any compiler.
//
// "Painted" everywhere means: a requestAnimationFrame callback ran, then a message
// posted from it was delivered, which happens after that frame's style, layout and
// paint work. Both pages (the app and the bare baseline) use the same definitions.
(() => {
  const bench = { openStart: null, pending: null };
  window.__bench = bench;

  const markOpen = () => {
    if (bench.openStart === null) bench.openStart = performance.now();
  };
  // A file input in the document (the baseline) ...
  window.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') markOpen();
  }, true);
  // ... or a detached one created for the picker (the app): its change event never
  // reaches window, so listen on the element when the page clicks it.
  const nativeClick = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function click() {
    if (this.type === 'file') this.addEventListener('change', markOpen, { once: true });
    return nativeClick.call(this);
  };

  /**
   * Resolves with the time after the first frame in which `predicate()` holds has
   * been painted: checked in each requestAnimationFrame callback, then a message
   * posted from that callback lands after the frame's style, layout and paint.
   */
  const paintedWhen = (predicate, timeoutMs, failure) =>
    new Promise((resolve, reject) => {
      const deadline = performance.now() + timeoutMs;
      const tick = () => {
        if (predicate()) {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
          return;
        }
        if (performance.now() > deadline) reject(new Error(failure()));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const afterPaint = () => paintedWhen(() => true, 10000, () => 'no frame');

  const allNodesShown = (expectedNodes, expectedEdges) => {
    const nodes = document.querySelectorAll('.react-flow__node');
    if (nodes.length < expectedNodes) return false;
    if (document.querySelectorAll('.react-flow__edge').length < expectedEdges) return false;
    // React Flow keeps a node hidden until it has measured it.
    for (const node of nodes) if (node.style.visibility === 'hidden') return false;
    return true;
  };

  /** Open start → every node and edge element present and shown → two painted frames. */
  bench.waitForCompletePaint = async (expectedNodes, expectedEdges, timeoutMs = 60000) => {
    await paintedWhen(() => allNodesShown(expectedNodes, expectedEdges), timeoutMs, () => {
      const shown = document.querySelectorAll('.react-flow__node').length;
      const edges = document.querySelectorAll('.react-flow__edge').length;
      return `only ${shown}/${expectedNodes} nodes and ${edges}/${expectedEdges} edges after ${timeoutMs} ms`;
    });
    const end = await afterPaint();
    if (bench.openStart === null) throw new Error('the open gesture was never seen (no file input change event)');
    return end - bench.openStart;
  };

  bench.resetOpen = () => {
    bench.openStart = null;
  };

  /** Records requestAnimationFrame deltas until stopFrames(). */
  bench.startFrames = () => {
    const deltas = [];
    let last = null;
    let running = true;
    const tick = (now) => {
      if (!running) return;
      if (last !== null) deltas.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    bench.stopFrames = () => {
      running = false;
      return deltas;
    };
  };

  /** A point on the empty pane inside the flow, away from nodes, edges and labels. */
  bench.emptyPanePoint = () => {
    const flow = document.querySelector('.react-flow');
    if (!flow) return null;
    const box = flow.getBoundingClientRect();
    for (let y = box.top + 40; y < box.bottom - 40; y += 7) {
      for (let x = box.left + 40; x < box.right - 40; x += 7) {
        const hit = document.elementFromPoint(x, y);
        if (hit && hit.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  };

  /** Centres of up to `count` nodes near the middle of the flow that a pointer can grab. */
  bench.grabbableNodes = (count) => {
    const flow = document.querySelector('.react-flow');
    if (!flow) return [];
    const box = flow.getBoundingClientRect();
    const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    // Nearest to the middle first; hit-test only until enough are found (a hit test
    // on a large page costs milliseconds).
    const candidates = [];
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const rect = node.getBoundingClientRect();
      if (rect.left < box.left + 60 || rect.right > box.right - 60 || rect.top < box.top + 60 || rect.bottom > box.bottom - 60) continue;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      candidates.push({ node, x, y, distance: Math.hypot(x - middle.x, y - middle.y) });
    }
    candidates.sort((a, b) => a.distance - b.distance);
    const found = [];
    for (const { node, x, y } of candidates) {
      if (found.length === count) break;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.closest('.react-flow__node') === node) found.push({ id: node.getAttribute('data-id'), x, y });
    }
    return found;
  };

  const valueOf = (element) =>
    element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : element?.textContent ?? '';

  /**
   * Arms the next key press: keydown (in the page) → the focused field shows
   * `expected` → painted. Collect the result with bench.result().
   */
  bench.armKeyRepaint = (expected) => {
    bench.pending = new Promise((resolve, reject) => {
      const onKeyDown = () => {
        window.removeEventListener('keydown', onKeyDown, true);
        const start = performance.now();
        paintedWhen(
          () => valueOf(document.activeElement) === expected,
          60000,
          () => `the field shows ${JSON.stringify(valueOf(document.activeElement))}, expected ${JSON.stringify(expected)}`,
        ).then((end) => resolve(end - start), reject);
      };
      window.addEventListener('keydown', onKeyDown, true);
    });
  };

  /**
   * Arms a drag of the node `id`: the first pointer move with a button down → the
   * node's transform changes → painted. Collect the result with bench.result().
   */
  bench.armDrag = (id) => {
    const node = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!node) throw new Error(`no node ${id}`);
    const before = node.style.transform;
    bench.pending = new Promise((resolve, reject) => {
      let start = null;
      const onMove = (event) => {
        if (event.buttons === 0 || start !== null) return;
        start = performance.now();
        window.removeEventListener('pointermove', onMove, true);
        // The node element may be replaced by a re-render, so look it up each frame.
        const transform = () => document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.style.transform ?? before;
        paintedWhen(() => transform() !== before, 60000, () => `node ${id} did not move`).then((end) => resolve(end - start), reject);
      };
      window.addEventListener('pointermove', onMove, true);
    });
  };

  bench.result = () => bench.pending;
})();
