/* global window, document, performance, requestAnimationFrame, MutationObserver, PerformanceObserver, MessageChannel, HTMLInputElement, HTMLSelectElement, MouseEvent, Event, setTimeout, getComputedStyle */
// Runs inside the measured page, Pubscope or the baseline, from before its first script: the runner injects it with
// page.addInitScript and calls `window.__benchHarness` through page.evaluate. It performs one interaction at a time
// and times it from the input event to the end of the frame that shows the result.
(() => {
  /** Long tasks (over 50 ms) since the page started, as the browser reports them. */
  const longTasks = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
  }

  /**
   * Resolves with the time at which the next frame's main-thread work (style, layout, paint) has finished: a task
   * posted from a requestAnimationFrame callback runs only after the rendering that follows the callback.
   */
  function afterNextFrame() {
    return new Promise((resolve) => {
      requestAnimationFrame((frameStart) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ frameStart, frameEnd: performance.now() });
        channel.port2.postMessage(null);
      });
    });
  }

  function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  function normalise(text) {
    return (text ?? '').replace(/\s+/g, ' ').trim();
  }

  /**
   * Finds an element from a description: `label` (the control a <label> names), `css`, and optionally `text`
   * (exact text) or `textStartsWith`, or `codeText` (a category toggle whose code span has that text).
   */
  function findElement(target) {
    if (target.label) {
      const label = [...document.querySelectorAll('label')].find((candidate) => normalise(candidate.textContent) === target.label);
      return label?.control ?? null;
    }
    if (target.codeText) {
      const code = [...document.querySelectorAll('.filters-toggle-code')].find((candidate) => normalise(candidate.textContent) === target.codeText);
      return code?.closest('button') ?? null;
    }

    const candidates = [...document.querySelectorAll(target.css)];
    if (target.text) return candidates.find((candidate) => normalise(candidate.textContent) === target.text) ?? null;
    if (target.textStartsWith) {
      return candidates.find((candidate) => normalise(candidate.textContent).startsWith(target.textStartsWith)) ?? null;
    }
    return candidates[0] ?? null;
  }

  function findFirstElement(targets) {
    for (const target of targets) {
      const element = findElement(target);
      if (element) return element;
    }
    return null;
  }

  /** Sets a form control's value the way typing or choosing does, so that React's onChange receives it. */
  function setControlValue(element, value, eventType) {
    const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, value);
    element.dispatchEvent(new Event(eventType, { bubbles: true }));
  }

  function perform(action, element) {
    if (action.type === 'click') {
      // SVG elements have no click(); a bubbling MouseEvent reaches React's root listener from any element.
      element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
    } else if (action.type === 'type') {
      setControlValue(element, action.value, 'input');
    } else if (action.type === 'select') {
      setControlValue(element, action.value, 'change');
    } else if (action.type === 'mark') {
      // Changes an attribute the app never reads: the time to the next frame with no app work at all.
      element.toggleAttribute('data-bench-mark');
    } else {
      throw new Error(`Unknown action type "${action.type}".`);
    }
  }

  function describeTargets(targets) {
    return targets.map((target) => JSON.stringify(target)).join(' or ');
  }

  function longTasksBetween(start, end) {
    return longTasks.filter((task) => task.start + task.duration >= start && task.start <= end);
  }

  /**
   * Performs `action` and resolves with its timing. The end is the end of the first frame in which every watched
   * region that changes has changed. A region still unchanged after the first frame gets `graceMs` to change, because
   * an app may defer an update to a later task. A region that never changes, as the charts on a sort, is left out.
   */
  async function measureAction({ action, regions, graceMs }) {
    const element = findFirstElement(action.targets);
    if (!element) throw new Error(`No element found for ${describeTargets(action.targets)}.`);

    const watched = regions.map((selector) => document.querySelector(selector)).filter(Boolean);
    const firstChange = new Map();
    const observers = watched.map((region, position) => {
      const observer = new MutationObserver(() => {
        if (!firstChange.has(position)) firstChange.set(position, performance.now());
      });
      observer.observe(region, { childList: true, subtree: true, characterData: true, attributes: true });
      return observer;
    });

    const start = performance.now();
    perform(action, element);
    const handled = performance.now();
    const frames = [await afterNextFrame()];

    const graceEnd = frames[0].frameEnd + graceMs;
    while (firstChange.size < watched.length && performance.now() < graceEnd) frames.push(await afterNextFrame());
    for (const observer of observers) observer.disconnect();

    // A change made before a frame started is drawn by that frame; the last region to change sets the end.
    const lastChange = Math.max(handled, ...firstChange.values());
    const frame = frames.find((candidate) => candidate.frameStart >= lastChange) ?? (await afterNextFrame());

    const tasks = longTasksBetween(start, frame.frameEnd);
    return {
      ms: frame.frameEnd - start,
      handlerMs: handled - start,
      regionChangeMs: watched.map((_region, position) => (firstChange.has(position) ? firstChange.get(position) - start : null)),
      frameStartMs: frame.frameStart - start,
      changedRegions: firstChange.size,
      watchedRegions: watched.length,
      longTaskCount: tasks.length,
      maxLongTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    };
  }

  /** Waits until no long task has ended for `quietMs`; false when `timeoutMs` passed first. */
  async function waitForQuiet({ quietMs, timeoutMs }) {
    const start = performance.now();
    for (;;) {
      await sleep(Math.min(25, quietMs));
      const now = performance.now();
      const lastTask = longTasks.at(-1);
      const lastBusy = Math.max(start, lastTask ? lastTask.start + lastTask.duration : 0);
      if (now - lastBusy >= quietMs) return true;
      if (now - start > timeoutMs) return false;
    }
  }

  function findScroller(element) {
    for (let node = element.parentElement; node; node = node.parentElement) {
      const overflowY = getComputedStyle(node).overflowY;
      if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
    }
    return document.scrollingElement;
  }

  /** Finds the scroll positions at which the table's top and bottom are in view. */
  function findScrollRange(scroller, table) {
    if (scroller !== document.scrollingElement) return { top: 0, bottom: scroller.scrollHeight - scroller.clientHeight };

    const tableTop = table.getBoundingClientRect().top + window.scrollY;
    const bottom = Math.min(tableTop + table.offsetHeight - window.innerHeight, scroller.scrollHeight - window.innerHeight);
    return { top: Math.max(0, tableTop), bottom: Math.max(0, bottom) };
  }

  function percentile(sortedValues, share) {
    if (sortedValues.length === 0) return 0;
    return sortedValues[Math.min(sortedValues.length - 1, Math.ceil(share * sortedValues.length) - 1)];
  }

  /** Scrolls the table from top to bottom in `steps` jumps, one per frame, and reports frame times and long tasks. */
  async function scrollPass({ tableSelector, steps, timeoutMs }) {
    const table = document.querySelector(tableSelector);
    if (!table) throw new Error(`No table found for ${tableSelector}.`);

    const scroller = findScroller(table);
    const range = findScrollRange(scroller, table);
    scroller.scrollTop = range.top;
    let previous = (await afterNextFrame()).frameEnd;
    const passStart = previous;
    const frameTimes = [];

    for (let step = 1; step <= steps && previous - passStart < timeoutMs; step++) {
      scroller.scrollTop = range.top + ((range.bottom - range.top) * step) / steps;
      const { frameEnd } = await afterNextFrame();
      frameTimes.push(frameEnd - previous);
      previous = frameEnd;
    }

    const tasks = longTasksBetween(passStart, previous);
    const sorted = [...frameTimes].sort((first, second) => first - second);
    const durationMs = previous - passStart;
    scroller.scrollTop = range.top;
    return {
      steps: frameTimes.length,
      scrolledPx: range.bottom - range.top,
      durationMs,
      framesPerSecond: durationMs > 0 ? (frameTimes.length * 1000) / durationMs : 0,
      p50FrameMs: percentile(sorted, 0.5),
      p95FrameMs: percentile(sorted, 0.95),
      maxFrameMs: sorted.at(-1) ?? 0,
      longTaskCount: tasks.length,
      maxLongTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    };
  }

  function readPaperCounts() {
    const numbers = normalise(document.querySelector('.papers-count')?.textContent).match(/\d[\d,]*/g) ?? [];
    const values = numbers.map((text) => Number(text.replace(/,/g, '')));
    return { shown: values[0], total: values.at(-1) };
  }

  /**
   * Follows the page from its start until the table shows the expected dataset, choosing that dataset in the
   * "Dataset" select as soon as it is offered when `switchDataset` is set. Times are from navigation start.
   */
  function watchLoad({ datasetId, paperCount, switchDataset, rowSelector }) {
    const marks = {};

    return new Promise((resolve) => {
      const check = () => {
        if (switchDataset && marks.switchedAt === undefined) {
          const option = [...document.querySelectorAll('select option')].find((candidate) => candidate.value === datasetId);
          if (!option) return;
          marks.offeredAt = performance.now();
          setControlValue(option.closest('select'), datasetId, 'change');
          marks.switchedAt = performance.now();
        }

        const counts = readPaperCounts();
        if (counts.total !== paperCount || !document.querySelector(rowSelector)) return;
        observer.disconnect();
        marks.rowsInDomAt = performance.now();
        afterNextFrame().then(({ frameEnd }) => {
          marks.firstRowsAt = frameEnd;
          marks.rowCount = document.querySelectorAll(rowSelector).length;
          marks.firstContentfulPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          resolve(marks);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      check();
    });
  }

  const loadConfig = window.__benchLoadConfig;
  window.__benchHarness = {
    loaded: loadConfig ? watchLoad(loadConfig) : undefined,
    measureAction,
    waitForQuiet,
    scrollPass,
    readPaperCounts,
    hasElement: (targets) => findFirstElement(targets) !== null,
    longTaskSummary: () => ({ count: longTasks.length, maxMs: Math.max(0, ...longTasks.map((task) => task.duration)) }),
  };
})();
