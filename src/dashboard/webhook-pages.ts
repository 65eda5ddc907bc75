import { can, type Role } from '../modules/members/roles.js';
import type { WebhookEndpointRow } from '../modules/webhooks/schema.js';
import type { DeliveryLogRow } from '../modules/webhooks/service.js';
import { formatDate, html, type Html } from './html.js';
import { badge, buttonForm } from './pages.js';

/** One webhook endpoint's delivery log: every delivery, its attempts, and a redeliver button. */
export function webhookLogPage(
  csrf: string,
  role: Role,
  endpoint: WebhookEndpointRow,
  rows: DeliveryLogRow[],
  nextUrl?: string,
  prevUrl?: string,
): Html {
  const manage = can(role, 'webhooks:manage');
  const outcome = (status: number | null, error: string | null) =>
    status !== null
      ? html`<span class="mono">HTTP ${status}</span>`
      : error
        ? html`<span class="muted">${error}</span>`
        : html`<span class="muted">—</span>`;
  return html`<p><a href="/dashboard/configuration">← Configuration</a></p>
<h1>Webhook deliveries</h1>
<div class="card grid">
  <div><div class="muted">Endpoint</div><div class="mono link-box">${endpoint.url}</div></div>
  <div><div class="muted">Id</div><div class="mono">${endpoint.id}</div></div>
  <div><div class="muted">Status</div><div>${badge(endpoint.status === 'enabled' ? 'active' : 'closed')} ${endpoint.disabledReason ?? ''}</div></div>
  <div><div class="muted">Events</div><div>${endpoint.eventTypes.join(', ')}</div></div>
</div>
${
  rows.length === 0
    ? html`<div class="card empty">No delivery yet: events this endpoint subscribes to appear here as they are sent.</div>`
    : html`<div class="table-wrap"><table>
  <thead><tr><th>Created</th><th>Event</th><th>Status</th><th>Attempts</th><th>Last answer</th><th>Response time</th><th>Next retry</th><th></th></tr></thead>
  <tbody>${rows.map(({ delivery, eventType, attempts }) => {
    const pending = delivery.status === 'pending';
    return html`<tr>
    <td data-label="Created">${formatDate(delivery.createdAt)}</td>
    <td data-label="Event"><span class="mono">${eventType}</span><div class="muted mono">${delivery.eventId}</div></td>
    <td data-label="Status">${badge(delivery.status === 'succeeded' ? 'delivered' : delivery.status)}</td>
    <td data-label="Attempts">${
      attempts.length === 0
        ? '0'
        : html`<details><summary>${attempts.length}</summary><ol class="attempts">${attempts.map(
            (attempt) =>
              html`<li>${formatDate(attempt.attemptedAt)}: ${outcome(attempt.responseStatus, attempt.error)} in ${attempt.durationMs} ms</li>`,
          )}</ol></details>`
    }</td>
    <td data-label="Last answer">${outcome(delivery.lastResponseStatus, delivery.lastError)}</td>
    <td data-label="Response time">${delivery.lastDurationMs === null ? html`<span class="muted">—</span>` : `${delivery.lastDurationMs} ms`}</td>
    <td data-label="Next retry">${pending ? formatDate(delivery.nextAttemptAt) : html`<span class="muted">—</span>`}</td>
    <td>${
      manage && endpoint.status === 'enabled'
        ? buttonForm(csrf, `/dashboard/configuration/webhooks/${endpoint.id}/deliveries/${delivery.id}/redeliver`, 'Redeliver', {
            kind: 'secondary',
            back: `/dashboard/configuration/webhooks/${endpoint.id}`,
          })
        : ''
    }</td>
  </tr>`;
  })}</tbody></table></div>`
}
<div class="pager">${prevUrl ? html`<a class="button secondary" href="${prevUrl}">← Newer</a>` : ''}${nextUrl ? html`<a class="button secondary" href="${nextUrl}">Older →</a>` : ''}</div>`;
}
