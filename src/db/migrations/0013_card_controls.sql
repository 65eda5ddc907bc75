CREATE TABLE "card_spending" (
	"card_id" text NOT NULL,
	"interval" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"spent" bigint NOT NULL,
	CONSTRAINT "card_spending_card_id_interval_pk" PRIMARY KEY("card_id","interval"),
	CONSTRAINT "card_spending_spent_not_negative" CHECK ("card_spending"."spent" >= 0)
);
--> statement-breakpoint
ALTER TABLE "authorizations" ADD COLUMN "counts_toward_limits" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "authorizations" ADD COLUMN "increments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "pin_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "cards" ADD COLUMN "spending_controls" jsonb DEFAULT '{"limits":[],"allowedCategories":[],"blockedCategories":[],"allowedCountries":[],"blockedCountries":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "card_spending" ADD CONSTRAINT "card_spending_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE no action ON UPDATE no action;