-- Version 3: kind and status copied into the party rows, so that the most common query, agreements of a
-- party of a kind (or status), is answered from one index, in id order, without touching the agreements.
ALTER TABLE agreement_parties ADD COLUMN kind VARCHAR(32);
ALTER TABLE agreement_parties ADD COLUMN status VARCHAR(32);
UPDATE agreement_parties p SET kind = (SELECT a.kind FROM agreements a WHERE a.id = p.agreement_id),
    status = (SELECT a.status FROM agreements a WHERE a.id = p.agreement_id);
CREATE INDEX agreement_parties_code_kind ON agreement_parties (code, kind, agreement_id);
CREATE INDEX agreement_parties_code_status ON agreement_parties (code, status, agreement_id);
