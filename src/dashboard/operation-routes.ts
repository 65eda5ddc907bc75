import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { applyOne } from '../commands/batch.js';
import { AppError } from '../errors/app-error.js';
import { getBankAccount, openBankAccount } from '../modules/accounts/service.js';
import { cardCreateDocument } from '../modules/cards/schemas.js';
import { issueCard } from '../modules/cards/service.js';
import { entityCreateDocument } from '../modules/entities/schemas.js';
import { createEntity, getEntity } from '../modules/entities/service.js';
import { createSepaCreditTransfers } from '../modules/transfers/batches.js';
import type { SepaCreditTransferRow } from '../modules/transfers/schema.js';
import { sepaCreditTransferCreateDocument } from '../modules/transfers/schemas.js';
import { parseMoney } from './html.js';
import type { Form, Kit } from './kit.js';

/**
 * The dashboard's operations (issue 31): register a customer, open an account, issue a card, send a
 * transfer. Each form is read into the document the API takes, checked by the same schema, and applied
 * by the same command, so a form refuses exactly what the API refuses; the refusal comes back in words
 * above the form, with what was typed.
 */

/** The document, as the API's schema reads it, or a validation_failed naming the first field in words. */
function checked<Schema extends z.ZodType>(schema: Schema, document: unknown, labels: Record<string, string>): z.infer<Schema> {
  const result = schema.safeParse(document);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [...issue.path].reverse().find((segment) => typeof segment === 'string' && labels[segment]);
  const label = field ? labels[field as string] : 'A field';
  throw new AppError('validation_failed', `${label}: ${issue.message}.`);
}

const text = (form: Form, name: string) => (form[name] ?? '').trim();
const optional = (form: Form, name: string) => text(form, name) || undefined;

export function operationRoutes(dash: FastifyInstance, kit: Kit) {
  const { context, action, command } = kit;

  dash.post(
    '/dashboard/customers/register',
    action('operations:manage', async (form, session, request) => {
      const address = {
        line1: text(form, 'line1'),
        postalCode: text(form, 'postalCode'),
        city: text(form, 'city'),
        country: text(form, 'country').toUpperCase(),
      };
      const document = checked(
        entityCreateDocument,
        {
          data: {
            type: 'entity',
            attributes:
              form.kind === 'business'
                ? {
                    kind: 'business',
                    legalName: text(form, 'legalName'),
                    registrationNumber: text(form, 'registrationNumber'),
                    email: text(form, 'email'),
                    address,
                  }
                : {
                    kind: 'individual',
                    firstName: text(form, 'firstName'),
                    lastName: text(form, 'lastName'),
                    dateOfBirth: text(form, 'dateOfBirth'),
                    email: text(form, 'email'),
                    nationality: text(form, 'nationality').toUpperCase(),
                    address,
                  },
          },
        },
        {
          legalName: 'Legal name',
          registrationNumber: 'Registration number',
          firstName: 'First name',
          lastName: 'Last name',
          dateOfBirth: 'Date of birth',
          email: 'Email',
          nationality: 'Nationality',
          line1: 'Address',
          postalCode: 'Postal code',
          city: 'City',
          country: 'Country',
        },
      );
      const policy = { initialKycStatus: context.config.mode === 'sandbox' ? context.config.sandboxKycStatus : 'pending' } as const;
      const entity = await command(session, request, (run) => createEntity(run, session.member.organizationId, document.data.attributes, policy));
      return `/dashboard/customers/${entity.id}?notice=registered`;
    }),
  );

  dash.post(
    '/dashboard/customers/:entityId/accounts',
    action('operations:manage', async (form, session, request) => {
      const { entityId } = request.params as { entityId: string };
      const currency = text(form, 'currency') || 'EUR';
      await command(session, request, (run) => openBankAccount(run, session.member.organizationId, { entityId, currency }, context.config.iban));
      return `/dashboard/customers/${entityId}?notice=account-opened`;
    }),
  );

  dash.post(
    '/dashboard/customers/:entityId/cards',
    action('operations:manage', async (form, session, request) => {
      const { entityId } = request.params as { entityId: string };
      const document = checked(
        cardCreateDocument,
        {
          data: {
            type: 'card',
            attributes: { form: text(form, 'form') || 'virtual' },
            relationships: { entity: { data: { type: 'entity', id: entityId } } },
          },
        },
        { form: 'Card' },
      );
      await command(session, request, async (run) => {
        await getEntity(run.tx, session.member.organizationId, entityId);
        return issueCard(
          run,
          session.member.organizationId,
          { ...document.data.attributes, entityId },
          { vault: context.vault, config: context.config.cards },
        );
      });
      return `/dashboard/customers/${entityId}?notice=card-issued`;
    }),
  );

  dash.post(
    '/dashboard/accounts/:accountId/sepa-credit-transfers',
    action('operations:manage', async (form, session, request) => {
      const { accountId } = request.params as { accountId: string };
      const organizationId = session.member.organizationId;
      const amount = parseMoney(text(form, 'amount'));
      if (!amount) throw new AppError('validation_failed', `“${text(form, 'amount').slice(0, 40)}” is not an amount: enter one such as 42.50.`);
      const document = checked(
        sepaCreditTransferCreateDocument,
        {
          data: {
            type: 'sepaCreditTransfer',
            attributes: {
              amount,
              currency: 'EUR',
              creditor: { name: text(form, 'creditorName'), iban: text(form, 'creditorIban') },
              remittanceInformation: optional(form, 'remittanceInformation'),
              scheme: form.scheme === 'instant' ? 'instant' : 'standard',
            },
            relationships: { bankAccount: { data: { type: 'bankAccount', id: accountId } } },
          },
        },
        { amount: 'Amount', name: 'Creditor', iban: 'IBAN', remittanceInformation: 'Reference', scheme: 'Scheme' },
      );
      const { entityId } = await getBankAccount(kit.db, organizationId, accountId);
      const sent = await command(session, request, (run) =>
        applyOne<SepaCreditTransferRow>((respond) =>
          createSepaCreditTransfers(
            run.tx,
            undefined,
            [
              {
                now: run.now,
                organizationId,
                document,
                instantTimeoutMs: context.instantClearing?.timeoutMs,
              },
            ],
            respond,
          ),
        ),
      );
      // An instant one goes to the rail once it is recorded, as from the API.
      context.instantClearing?.dispatch(sent);
      return `/dashboard/customers/${entityId}?notice=transfer-sent`;
    }),
  );
}
