ALTER TABLE "sepa_exports" ALTER COLUMN "document" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sepa_exports" ADD COLUMN "document_gzip" "bytea";