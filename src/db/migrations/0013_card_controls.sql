CREATE TABLE "card_numbers" (
	"pan_lookup_hash" text PRIMARY KEY NOT NULL,
	"card_id" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_spending" (
	"card_id" text NOT NULL,
	"interval" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"spent" bigint NOT NULL,
	CONSTRAINT "card_spending_card_id_interval_pk" PRIMARY KEY("card_id","interval"),
	CONSTRAINT "card_spending_spent_not_negative" CHECK ("card_spending"."spent" >= 0)
);
--> statement-breakpoint
CREATE TABLE "authorization_endpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"url" text NOT NULL,
	"timeout_ms" integer NOT NULL,
	"fallback" text NOT NULL,
	"secret_ciphertext" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sandbox_clocks" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"offset_ms" bigint NOT NULL
);
--> statement-breakpoint
-- Every number issued so far, claimed once, before the cards' own unique index goes.
INSERT INTO "card_numbers" ("pan_lookup_hash", "card_id") SELECT "pan_lookup_hash", "id" FROM "cards";--> statement-breakpoint
DROP INDEX "cards_pan_lookup_hash_key";--> statement-breakpoint
ALTER TABLE "authorizations" ADD COLUMN "counts_toward_limits" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "authorizations" ADD COLUMN "increments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "authorizations" ADD COLUMN "decision" jsonb;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "pin_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "spending_controls" jsonb DEFAULT '{"limits":[],"allowedCategories":[],"blockedCategories":[],"allowedCountries":[],"blockedCountries":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "replaces_card_id" text;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "replaced_by_card_id" text;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "replacement_reason" text;--> statement-breakpoint
ALTER TABLE "card_spending" ADD CONSTRAINT "card_spending_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorization_endpoints" ADD CONSTRAINT "authorization_endpoints_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sandbox_clocks" ADD CONSTRAINT "sandbox_clocks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "authorization_endpoints_organization_key" ON "authorization_endpoints" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "cards_pan_lookup_hash_idx" ON "cards" USING btree ("pan_lookup_hash");