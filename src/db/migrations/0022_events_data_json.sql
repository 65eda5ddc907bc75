ALTER TABLE "events" ALTER COLUMN "data" SET DATA TYPE json USING "data"::json;
