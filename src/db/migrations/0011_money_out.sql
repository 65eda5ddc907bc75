CREATE TABLE "bank_statement_imports" (
	"message_id" text PRIMARY KEY NOT NULL,
	"sha256" text NOT NULL,
	"summary" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "book_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"from_account_id" text NOT NULL,
	"to_account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"description" text,
	"status" text NOT NULL,
	"journal_entry_id" text NOT NULL,
	"debit_transaction_id" text NOT NULL,
	"credit_transaction_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sepa_credit_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"bank_account_id" text NOT NULL,
	"status" text NOT NULL,
	"amount" bigint NOT NULL,
	"currency" text NOT NULL,
	"creditor" jsonb NOT NULL,
	"remittance_information" text,
	"end_to_end_id" text NOT NULL,
	"transaction_id" text NOT NULL,
	"return_transaction_id" text,
	"return_reason" text,
	"export_message_id" text,
	"submitted_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sepa_exports" (
	"message_id" text PRIMARY KEY NOT NULL,
	"transfer_count" integer NOT NULL,
	"control_sum" bigint NOT NULL,
	"document" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "book_transfers" ADD CONSTRAINT "book_transfers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "book_transfers" ADD CONSTRAINT "book_transfers_from_account_id_bank_accounts_id_fk" FOREIGN KEY ("from_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "book_transfers" ADD CONSTRAINT "book_transfers_to_account_id_bank_accounts_id_fk" FOREIGN KEY ("to_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "book_transfers" ADD CONSTRAINT "book_transfers_journal_entry_id_journal_entries_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "book_transfers" ADD CONSTRAINT "book_transfers_debit_transaction_id_transactions_id_fk" FOREIGN KEY ("debit_transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "book_transfers" ADD CONSTRAINT "book_transfers_credit_transaction_id_transactions_id_fk" FOREIGN KEY ("credit_transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD CONSTRAINT "sepa_credit_transfers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD CONSTRAINT "sepa_credit_transfers_bank_account_id_bank_accounts_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD CONSTRAINT "sepa_credit_transfers_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD CONSTRAINT "sepa_credit_transfers_return_transaction_id_transactions_id_fk" FOREIGN KEY ("return_transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "book_transfers_organization_id_idx" ON "book_transfers" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "book_transfers_from_idx" ON "book_transfers" USING btree ("from_account_id","id");--> statement-breakpoint
CREATE INDEX "book_transfers_to_idx" ON "book_transfers" USING btree ("to_account_id","id");--> statement-breakpoint
CREATE INDEX "sepa_credit_transfers_organization_id_idx" ON "sepa_credit_transfers" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "sepa_credit_transfers_account_idx" ON "sepa_credit_transfers" USING btree ("bank_account_id","id");--> statement-breakpoint
CREATE INDEX "sepa_credit_transfers_status_idx" ON "sepa_credit_transfers" USING btree ("status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "sepa_credit_transfers_end_to_end_id_key" ON "sepa_credit_transfers" USING btree ("organization_id","end_to_end_id");