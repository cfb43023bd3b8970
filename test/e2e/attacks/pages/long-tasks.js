// Records the page's long tasks (> 50 ms) from the start, for the flood tests to read.
window.__longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch (e) {
  window.__longTasks = null;
}
