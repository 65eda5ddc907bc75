CREATE TABLE "bank_entries" (
	"account_iban" text NOT NULL,
	"entry_key" text NOT NULL,
	"message_id" text NOT NULL,
	"amount" text NOT NULL,
	"direction" text NOT NULL,
	"outcome" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bank_entries_account_iban_entry_key_pk" PRIMARY KEY("account_iban","entry_key")
);
--> statement-breakpoint
ALTER TABLE "bank_statement_imports" ADD COLUMN "message_name" text;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD COLUMN "payment_information_id" text;--> statement-breakpoint
ALTER TABLE "sepa_credit_transfers" ADD COLUMN "export_problem" text;--> statement-breakpoint
CREATE INDEX "sepa_credit_transfers_end_to_end_id_idx" ON "sepa_credit_transfers" USING btree ("end_to_end_id");--> statement-breakpoint
CREATE INDEX "sepa_credit_transfers_payment_information_id_idx" ON "sepa_credit_transfers" USING btree ("payment_information_id");--> statement-breakpoint
CREATE INDEX "sepa_credit_transfers_export_message_id_idx" ON "sepa_credit_transfers" USING btree ("export_message_id");