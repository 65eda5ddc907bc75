import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { recentAuditEntries } from '../modules/audit/service.js';
import { recentRequests, type RequestFilters } from '../modules/requests/service.js';
import { issueCredential, listCredentials, revokeCredential } from '../modules/organizations/service.js';
import { activeEndpoints, createEndpoint, deleteEndpoint, deliveryLog, eventTypes, getEndpoint, redeliverTo } from '../modules/webhooks/service.js';
import { humanMessage, pageOrFirst, type Form, type Kit } from './kit.js';
import { auditPage, configurationPage, errorPage, type ConfigurationView } from './pages.js';
import { webhookLogPage } from './webhook-pages.js';
import { requestsPage } from './requests-page.js';

/** API credentials, webhook endpoints with their delivery logs, and the audit log. */
export function configurationRoutes(dash: FastifyInstance, kit: Kit) {
  const { db, context, page, sessionView, signedIn, signedInForm, action, command } = kit;

  const configuration = async (organizationId: string, extra: Partial<ConfigurationView> = {}): Promise<ConfigurationView> => ({
    credentials: await listCredentials(db, { organizationId }),
    webhooks: await activeEndpoints(db, organizationId),
    ...extra,
  });

  dash.get(
    '/dashboard/configuration',
    signedIn('read', async (request, reply, session) =>
      page(reply, {
        title: 'Configuration',
        current: 'configuration',
        body: configurationPage(session.csrfToken, session.member.role, await configuration(session.member.organizationId)),
        session: sessionView(session),
      }),
    ),
  );

  // Generating answers the page itself, not a redirect: the secret must be shown once and never again.
  dash.post(
    '/dashboard/configuration/credentials',
    signedInForm('credentials:manage', async (request, reply, session, form) => {
      const scopes = form.scopes === 'cards:sensitive' ? ['cards:sensitive'] : [];
      const issued = await command(session, request, async ({ tx, audit }) => {
        const credential = await issueCredential(
          tx,
          { id: session.member.organizationId, name: session.organizationName },
          {
            label: form.label?.trim().slice(0, 100) || undefined,
            scopes,
            createdBy: session.member.id,
            formNonce: /^[A-Za-z0-9_-]{16,64}$/.test(form.nonce ?? '') ? form.nonce : undefined,
          },
        );
        // The same form submitted again (a refresh of this page): nothing new, and no secret to show.
        if (!credential) return undefined;
        audit('credential.create', credential.clientId);
        return credential;
      });
      return page(reply, {
        title: 'Configuration',
        current: 'configuration',
        body: configurationPage(
          session.csrfToken,
          session.member.role,
          await configuration(session.member.organizationId, {
            generated: issued,
            serverUrl: kit.context.config.publicUrl ?? `${request.protocol}://${request.host}`,
          }),
        ),
        session: sessionView(session),
        notice: issued
          ? { kind: 'ok', text: 'New credentials generated. Copy the secret now: it will not be shown again.' }
          : { kind: 'error', text: 'This form was already submitted: its credentials were shown once. Generate new ones if you missed the secret.' },
      });
    }),
  );

  dash.post(
    '/dashboard/configuration/credentials/:clientId/revoke',
    action('credentials:manage', async (_form, session, request) => {
      const { clientId } = request.params as { clientId: string };
      const revoked = await command(session, request, async ({ tx, audit }) => {
        const revoked = await revokeCredential(tx, clientId, session.member.organizationId);
        audit('credential.revoke', clientId, revoked ? 'success' : 'credentials_invalid');
        return revoked;
      });
      return revoked ? '/dashboard/configuration?notice=revoked' : '/dashboard/configuration?problem=credential-not-found';
    }),
  );

  // Like credentials, a new endpoint's secret is answered in the page itself, once.
  dash.post(
    '/dashboard/configuration/webhooks',
    signedInForm('webhooks:manage', async (request, reply, session, form) => {
      const requested = (form.events ?? '*')
        .split(',')
        .map((type) => type.trim())
        .filter(Boolean);
      const known = new Set<string>(['*', ...eventTypes]);
      const organizationId = session.member.organizationId;
      const role = session.member.role;
      try {
        const unknown = requested.filter((type) => !known.has(type));
        if (requested.length === 0 || unknown.length > 0) {
          throw new AppError(
            'validation_failed',
            `${unknown.length > 0 ? `“${unknown.join(', ').slice(0, 100)}” is not an event type. ` : ''}Events must be * or among: ${eventTypes.join(', ')}.`,
          );
        }
        const created = await command(session, request, async ({ tx, audit }) => {
          const formNonce = /^[A-Za-z0-9_-]{16,64}$/.test(form.nonce ?? '') ? form.nonce : undefined;
          const result = await createEndpoint(
            tx,
            organizationId,
            { url: (form.url ?? '').trim(), events: requested, formNonce },
            { vault: context.vault, policy: { allowPrivate: context.config.webhookAllowPrivate } },
          );
          if (result) audit('webhook.create', result.endpoint.id);
          return result;
        });
        return page(reply, {
          title: 'Configuration',
          current: 'configuration',
          body: configurationPage(
            session.csrfToken,
            role,
            await configuration(organizationId, created ? { newWebhook: { id: created.endpoint.id, secret: created.secret } } : {}),
          ),
          session: sessionView(session),
          notice: created
            ? { kind: 'ok', text: 'Webhook endpoint added. Copy its signing secret now: it will not be shown again.' }
            : { kind: 'error', text: 'This form was already submitted: the endpoint exists and its secret was shown once.' },
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        // The form comes back as it was typed, with the reason.
        return page(
          reply,
          {
            title: 'Configuration',
            current: 'configuration',
            body: configurationPage(
              session.csrfToken,
              role,
              await configuration(organizationId, { typedWebhook: { url: form.url ?? '', events: form.events ?? '' } }),
            ),
            session: sessionView(session),
            notice: { kind: 'error', text: humanMessage(error) },
          },
          error.status,
        );
      }
    }),
  );

  dash.post(
    '/dashboard/configuration/webhooks/:webhookId/delete',
    action('webhooks:manage', async (_form, session, request) => {
      const { webhookId } = request.params as { webhookId: string };
      await command(session, request, async ({ tx, audit }) => {
        await deleteEndpoint(tx, session.member.organizationId, webhookId);
        audit('webhook.delete', webhookId);
      });
      return '/dashboard/configuration?notice=webhook-deleted';
    }),
  );

  dash.get(
    '/dashboard/configuration/webhooks/:webhookId',
    signedIn('read', async (request, reply, session) => {
      const { webhookId } = request.params as { webhookId: string };
      const query = request.query as Form;
      let endpoint;
      try {
        endpoint = await getEndpoint(db, session.member.organizationId, webhookId);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return page(
          reply,
          {
            title: 'Not found',
            body: errorPage('Webhook endpoint not found', 'No webhook endpoint with this id exists in your organization.'),
            session: sessionView(session),
          },
          404,
        );
      }
      const pageQuery = {
        'page[limit]': 25,
        ...(query.after ? { 'page[after]': query.after } : {}),
        ...(query.before ? { 'page[before]': query.before } : {}),
      };
      const log = await pageOrFirst(pageQuery, 'webhookDelivery', (window) =>
        deliveryLog(db, endpoint, window).then((rows) => rows.map((row) => ({ ...row, id: row.delivery.id }))),
      );
      const link = (name: 'after' | 'before', cursor: string | undefined) =>
        cursor ? `/dashboard/configuration/webhooks/${endpoint.id}?${name}=${encodeURIComponent(cursor)}` : undefined;
      return page(reply, {
        title: 'Webhook deliveries',
        current: 'configuration',
        body: webhookLogPage(
          session.csrfToken,
          session.member.role,
          endpoint,
          log.rows,
          link('after', log.nextCursor),
          link('before', log.prevCursor),
        ),
        session: sessionView(session),
      });
    }),
  );

  dash.post(
    '/dashboard/configuration/webhooks/:webhookId/deliveries/:deliveryId/redeliver',
    action('webhooks:manage', async (_form, session, request) => {
      const { webhookId, deliveryId } = request.params as { webhookId: string; deliveryId: string };
      await command(session, request, async ({ tx, audit }) => {
        const queued = await redeliverTo(tx, session.member.organizationId, webhookId, deliveryId);
        audit('webhook.redeliver', queued.id);
      });
      return `/dashboard/configuration/webhooks/${webhookId}?notice=redelivered`;
    }),
  );

  // The API request log: the organization's latest requests, filterable, a request id linkable.
  dash.get(
    '/dashboard/requests',
    signedIn('read', async (request, reply, session) => {
      const query = request.query as Record<string, string | undefined>;
      const filters: RequestFilters = {
        outcome: query.outcome === 'errors' || query.outcome === 'success' ? query.outcome : '',
        method: ['GET', 'POST', 'PATCH', 'DELETE'].includes(query.method ?? '') ? query.method! : '',
        q: (query.q ?? '').slice(0, 100),
      };
      const rows = await recentRequests(db, session.member.organizationId, filters, 100);
      return page(reply, { title: 'Requests', current: 'requests', body: requestsPage(rows, filters), session: sessionView(session) });
    }),
  );

  dash.get(
    '/dashboard/audit',
    signedIn('read', async (_request, reply, session) => {
      const rows = await recentAuditEntries(db, session.member.organizationId, 200);
      return page(reply, { title: 'Audit log', current: 'audit', body: auditPage(rows), session: sessionView(session) });
    }),
  );
}
