// The time slider of the neighbourhood, network and timeline views: "as of" any date on which
// something in the graph happened, or now. Moving it asks the view for the graph as of that
// date; Play steps through the dates so the drawing replays the network as it grew. The date is
// kept in the address (asOf=), so a replay can be paused and shared at any step.
import { graphql } from './api.js';
import { DATES } from './queries.js';
import { h, formatDate } from './dom.js';

const STEP_MS = 1500;
let dates = null;

/** The dates on which a meeting, event or process of the graph starts, oldest first, each once. */
export function loadDates() {
  dates ??= graphql(DATES).then((d) => d.timelineDates)
    .catch((e) => { dates = null; throw e; });
  return dates;
}

/**
 * A slider over `all` dates and "now" (the last stop); `asOf` is where it starts (null for now).
 * `onChange(date)` gets the chosen date, or null for now, once the hand stops (or at each step
 * of a replay).
 */
export function timeSlider(all, asOf, onChange) {
  const stops = [...all, null];
  let at = asOf ? nearest(stops, asOf) : stops.length - 1;
  let timer = null;
  let pending = null;
  const label = (i) => (stops[i] ? `As of ${formatDate(stops[i])}` : 'Now: everything the graph holds');
  const output = h('output', { 'aria-live': 'polite' }, label(at));
  const range = h('input', {
    type: 'range', min: 0, max: stops.length - 1, step: 1, value: at, 'aria-label': 'As of date',
    'aria-valuetext': label(at), class: 'as-of',
  });
  const play = h('button', { type: 'button', class: 'play', 'aria-pressed': 'false' }, 'Play');
  const go = (i, wait) => {
    at = i;
    range.value = i;
    output.textContent = label(i);
    range.setAttribute('aria-valuetext', label(i));
    clearTimeout(pending);
    pending = setTimeout(() => onChange(stops[i]), wait);
  };
  range.addEventListener('input', () => go(Number(range.value), 250));
  const stop = () => { clearInterval(timer); timer = null; play.textContent = 'Play'; play.setAttribute('aria-pressed', 'false'); };
  play.addEventListener('click', () => {
    if (timer) return stop();
    play.textContent = 'Pause';
    play.setAttribute('aria-pressed', 'true');
    if (at >= stops.length - 1) go(0, 0);
    timer = setInterval(() => (at >= stops.length - 1 ? stop() : go(at + 1, 0)), STEP_MS);
  });
  const element = h('div', { class: 'time-slider toolbar', role: 'group', 'aria-label': 'Time' },
    play, range, output,
    asOf ? h('button', { type: 'button', onclick: () => { stop(); go(stops.length - 1, 0); } }, 'Now') : '');
  element.stop = stop;
  return element;
}

/** The stop on or before a date (an address may carry any date, not only one of the stops). */
function nearest(stops, date) {
  let best = 0;
  stops.forEach((d, i) => { if (d && d <= date) best = i; });
  return best;
}
