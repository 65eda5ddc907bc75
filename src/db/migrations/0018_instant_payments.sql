CREATE TABLE "payee_verifications" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"iban" text NOT NULL,
	"name" text NOT NULL,
	"result" text NOT NULL,
	"matched_name" text,
	"answered_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_payees" (
	"organization_id" text NOT NULL,
	"iban" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sandbox_payees_organization_id_iban_pk" PRIMARY KEY("organization_id","iban")
);
--> statement-breakpoint
ALTER TABLE "bank_accounts" ADD COLUMN "instant_transfer_limit" bigint;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD COLUMN "scheme" text DEFAULT 'standard' NOT NULL;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD COLUMN "credit_transaction_id" text;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD COLUMN "instant_deadline_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD COLUMN "payee_verification" jsonb;--> statement-breakpoint
ALTER TABLE "payee_verifications" ADD CONSTRAINT "payee_verifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sandbox_payees" ADD CONSTRAINT "sandbox_payees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payee_verifications_organization_id_idx" ON "payee_verifications" USING btree ("organization_id","id");--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD CONSTRAINT "sepa_credit_transfers_credit_transaction_id_transactions_id_fk" FOREIGN KEY ("credit_transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sepa_credit_transfers_instant_in_flight_idx" ON "sepa_credit_transfers" USING btree ("instant_deadline_at") WHERE scheme = 'instant' AND status = 'pending';