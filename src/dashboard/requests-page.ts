import type { ApiRequestRow } from '../modules/requests/schema.js';
import type { RequestFilters } from '../modules/requests/service.js';
import { formatDate, html, type Html } from './html.js';
import { option } from './pages.js';

/**
 * The API request log: what the organization's credentials asked and how it was answered, newest first.
 * A request id (from X-Request-Id, or an error's `id`) finds its request; an error code links to its
 * entry in the error catalog.
 */
export function requestsPage(rows: ApiRequestRow[], filters: RequestFilters): Html {
  const filtered = Boolean(filters.outcome || filters.method || filters.q);
  return html`<h1>Requests</h1>
<p class="muted">Your API credentials’ requests of the last 7 days: time, method, path, answer, error code and request id. Bodies, query strings and headers are never kept.</p>
<form method="get" action="/dashboard/requests" class="card row" role="search">
  <div><label for="q">Path or request id</label><input id="q" name="q" type="search" value="${filters.q}" placeholder="/cards or req_01…"></div>
  <div><label for="outcome">Answer</label><select id="outcome" name="outcome">${option('', 'All', filters.outcome)}${option('success', 'Successful', filters.outcome)}${option('errors', 'Errors', filters.outcome)}</select></div>
  <div><label for="method">Method</label><select id="method" name="method">${option('', 'All', filters.method)}${['GET', 'POST', 'PATCH', 'DELETE'].map((method) => option(method, method, filters.method))}</select></div>
  <div class="shrink"><button type="submit">Filter</button></div>
</form>
${
  rows.length === 0
    ? html`<div class="card empty">${filtered ? 'No request matches these filters.' : 'No API request yet (they appear here a second or so after they are answered).'}</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th>When</th><th>Request</th><th>Answer</th><th class="hide-sm">Time</th><th class="hide-sm">Request id</th></tr></thead>
  <tbody>${rows.map(
    (row) => html`<tr>
    <td data-label="When">${formatDate(row.at)}</td>
    <td data-label="Request" class="mono request-path">${row.method} ${row.path}</td>
    <td data-label="Answer"><span class="badge ${row.status >= 500 ? 'declined' : row.status >= 400 ? 'pending' : 'approved'}">${String(row.status)}</span>${
      row.errorCode ? html` ${row.errorCode.split(',').map((code) => html`<a class="mono" href="/docs/errors#${code}">${code}</a> `)}` : ''
    }</td>
    <td class="hide-sm mono">${String(row.durationMs)} ms</td>
    <td class="hide-sm"><a class="mono" href="/dashboard/requests?q=${row.id}">${row.id}</a></td>
  </tr>`,
  )}</tbody></table></div>`
}`;
}
