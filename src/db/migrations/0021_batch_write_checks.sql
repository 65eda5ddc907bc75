-- A batch's one statement checks its own row counts (db/batch-write.ts): a guard that refused a row
-- fails the statement itself, so COMMIT may already be on its way behind it.
CREATE FUNCTION "linkcy_expect_rows"("wrote" bigint, "expected" bigint, "what" text) RETURNS integer
LANGUAGE plpgsql AS $$
BEGIN
  IF "wrote" <> "expected" THEN
    RAISE EXCEPTION 'a batch wrote % of % %', "wrote", "expected", "what";
  END IF;
  RETURN 1;
END
$$;
