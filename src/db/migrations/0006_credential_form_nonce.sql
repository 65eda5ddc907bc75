ALTER TABLE "credentials" ADD COLUMN "form_nonce" text;--> statement-breakpoint
CREATE UNIQUE INDEX "credentials_form_nonce_key" ON "credentials" USING btree ("organization_id","form_nonce");