CREATE TABLE "authorizations" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"card_id" text NOT NULL,
	"bank_account_id" text NOT NULL,
	"transaction_id" text,
	"status" text NOT NULL,
	"decline_reason" text,
	"amount" bigint NOT NULL,
	"captured_amount" bigint,
	"currency" text NOT NULL,
	"merchant" jsonb NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cards" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"entity_id" text NOT NULL,
	"bank_account_id" text NOT NULL,
	"form" text NOT NULL,
	"status" text NOT NULL,
	"cardholder_name" text NOT NULL,
	"brand" text NOT NULL,
	"bin" text NOT NULL,
	"last4" text NOT NULL,
	"pan_ciphertext" text NOT NULL,
	"pan_lookup_hash" text NOT NULL,
	"pin_ciphertext" text NOT NULL,
	"exp_month" integer NOT NULL,
	"exp_year" integer NOT NULL,
	"shipping_address" jsonb,
	"shipping_status" text,
	"estimated_delivery_from" date,
	"estimated_delivery_to" date,
	"shipped_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organization_id" text,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"resource" text,
	"outcome" text NOT NULL,
	"origin" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vault_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"version" integer NOT NULL,
	"master_key_version" integer NOT NULL,
	"wrapped_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rotated_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_bank_account_id_bank_accounts_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cards" ADD CONSTRAINT "cards_bank_account_id_bank_accounts_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "authorizations_organization_id_idx" ON "authorizations" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "authorizations_pending_expiry_idx" ON "authorizations" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "cards_pan_lookup_hash_key" ON "cards" USING btree ("pan_lookup_hash");--> statement-breakpoint
CREATE INDEX "cards_organization_id_idx" ON "cards" USING btree ("organization_id","id");--> statement-breakpoint
CREATE INDEX "cards_entity_id_idx" ON "cards" USING btree ("entity_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "vault_keys_purpose_version_key" ON "vault_keys" USING btree ("purpose","version");