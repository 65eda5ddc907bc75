import type { DailyMovement } from '../modules/ledger/statement.js';
import { formatMoney, html, type Html } from './html.js';

/**
 * Charts drawn on the server as SVG: no script, nothing for the CSP to allow (colours come from the
 * style sheet through classes), and they scale to the width of a phone through their viewBox.
 */

const width = 400;
const height = 180;
const pad = { top: 18, right: 8, bottom: 26, left: 8 };
const plotWidth = width - pad.left - pad.right;
const plotHeight = height - pad.top - pad.bottom;

/** "2026-11-26" -> "26 Nov". */
function shortDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return `${date.getUTCDate()} ${date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })}`;
}

function dayLabels(days: DailyMovement[], x: (index: number) => number): Html[] {
  const step = Math.max(1, Math.ceil(days.length / 5));
  return (
    days
      .map((day, index) => ({ day, index }))
      // Every step-th day and the last, leaving out a stepped one too close to the last to fit beside it.
      .filter(({ index }) => index === days.length - 1 || (index % step === 0 && days.length - 1 - index >= step * 0.7))
      .map(({ day, index }) => {
        const anchor = index === 0 ? 'start' : index === days.length - 1 ? 'end' : 'middle';
        return html`<text x="${x(index).toFixed(1)}" y="${height - 8}" text-anchor="${anchor}">${shortDay(day.day)}</text>`;
      })
  );
}

/** The booked balance at the end of each day. */
export function balanceChart(id: string, days: DailyMovement[], currency: string): Html {
  const values = days.map((day) => day.closing);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const x = (index: number) => pad.left + (days.length <= 1 ? plotWidth : (index * plotWidth) / (days.length - 1));
  const y = (value: number) => pad.top + plotHeight - ((value - low) / (high - low)) * plotHeight;
  const points = values.map((value, index) => `${x(index).toFixed(1)},${y(value).toFixed(1)}`).join(' ');
  const area = `${x(0).toFixed(1)},${y(low).toFixed(1)} ${points} ${x(values.length - 1).toFixed(1)},${y(low).toFixed(1)}`;
  const last = days[days.length - 1];
  const summary = `Balance over the last ${days.length} days: from ${formatMoney(days[0]?.closing ?? 0, currency)} to ${formatMoney(last?.closing ?? 0, currency)}, highest ${formatMoney(Math.max(...values), currency)}.`;
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-testid="balance-chart">
  <title id="${id}-title">Balance</title><desc id="${id}-desc">${summary}</desc>
  <line class="grid-line" x1="${pad.left}" x2="${width - pad.right}" y1="${y(high).toFixed(1)}" y2="${y(high).toFixed(1)}"></line>
  <line class="axis" x1="${pad.left}" x2="${width - pad.right}" y1="${y(low).toFixed(1)}" y2="${y(low).toFixed(1)}"></line>
  <polygon class="area" points="${area}"></polygon>
  <polyline class="line" points="${points}"></polyline>
  <text x="${pad.left + 4}" y="${(y(high) + 14).toFixed(1)}">${formatMoney(high, currency)}</text>
  ${dayLabels(days, x)}
</svg>`;
}

/** Money in (up) and out (down) per day. */
export function flowChart(id: string, days: DailyMovement[], currency: string): Html {
  const peak = Math.max(1, ...days.map((day) => Math.max(day.moneyIn, day.moneyOut)));
  const middle = pad.top + plotHeight / 2;
  const slot = plotWidth / Math.max(1, days.length);
  const bar = Math.max(1, slot * 0.7);
  const x = (index: number) => pad.left + index * slot + slot / 2;
  const scale = (value: number) => (value / peak) * (plotHeight / 2);
  const totalIn = days.reduce((sum, day) => sum + day.moneyIn, 0);
  const totalOut = days.reduce((sum, day) => sum + day.moneyOut, 0);
  const summary = `Over the last ${days.length} days: ${formatMoney(totalIn, currency)} in, ${formatMoney(totalOut, currency)} out.`;
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" data-testid="flow-chart">
  <title id="${id}-title">Money in and out per day</title><desc id="${id}-desc">${summary}</desc>
  <line class="axis" x1="${pad.left}" x2="${width - pad.right}" y1="${middle}" y2="${middle}"></line>
  ${days.map((day, index) => {
    const left = (x(index) - bar / 2).toFixed(1);
    return html`${day.moneyIn > 0 ? html`<rect class="in" x="${left}" y="${(middle - scale(day.moneyIn)).toFixed(1)}" width="${bar.toFixed(1)}" height="${scale(day.moneyIn).toFixed(1)}"><title>${shortDay(day.day)}: ${formatMoney(day.moneyIn, currency)} in</title></rect>` : ''}${
      day.moneyOut > 0
        ? html`<rect class="out" x="${left}" y="${middle}" width="${bar.toFixed(1)}" height="${scale(day.moneyOut).toFixed(1)}"><title>${shortDay(day.day)}: ${formatMoney(day.moneyOut, currency)} out</title></rect>`
        : ''
    }`;
  })}
  <text x="${pad.left + 4}" y="${pad.top + 12}">${formatMoney(peak, currency)}</text>
  ${dayLabels(days, x)}
</svg>`;
}
