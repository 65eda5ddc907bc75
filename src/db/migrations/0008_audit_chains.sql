ALTER TABLE "audit_log" ADD COLUMN "chain" text DEFAULT 'global' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "count" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_log_chain_id_idx" ON "audit_log" USING btree ("chain","id");