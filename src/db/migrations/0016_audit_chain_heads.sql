CREATE TABLE "audit_chain_heads" (
	"chain" text PRIMARY KEY NOT NULL,
	"last_id" bigint NOT NULL,
	"hash" text NOT NULL,
	"entries" bigint NOT NULL
);
--> statement-breakpoint
-- The heads of the chains written before heads were kept: each chain's last entry and its count.
INSERT INTO "audit_chain_heads" ("chain", "last_id", "hash", "entries")
SELECT DISTINCT ON ("chain") "chain", "id", "hash", count(*) OVER (PARTITION BY "chain")
FROM "audit_log" ORDER BY "chain", "id" DESC;
