-- Version 2: the model JSON in-row. H2 keeps CLOB values in a separate LOB store, and reading 20 of them
-- cost milliseconds per page; a long VARCHAR is read with the row (a record's JSON stays far below 1M chars).
ALTER TABLE documents ALTER COLUMN json SET DATA TYPE VARCHAR(1000000);
ALTER TABLE organizations ALTER COLUMN json SET DATA TYPE VARCHAR(1000000);
ALTER TABLE agreements ALTER COLUMN json SET DATA TYPE VARCHAR(1000000);
ALTER TABLE corridors ALTER COLUMN json SET DATA TYPE VARCHAR(1000000);
ALTER TABLE memberships ALTER COLUMN json SET DATA TYPE VARCHAR(1000000);
