-- Version 1: documents, organizations, the three record kinds with their filterable parts, evidence.
-- Each record keeps its model JSON (what reads return) beside the columns that filters and sorting use.
CREATE TABLE documents (
    id VARCHAR(64) PRIMARY KEY,
    title VARCHAR(2000),
    outlet VARCHAR(500),
    published VARCHAR(64),
    url VARCHAR(4000),
    json CLOB NOT NULL
);

CREATE TABLE organizations (
    code VARCHAR(64) PRIMARY KEY,
    name VARCHAR(1000),
    json CLOB NOT NULL
);

CREATE TABLE agreements (
    id VARCHAR(64) PRIMARY KEY,
    title VARCHAR(4000) NOT NULL,
    title_folded VARCHAR(4000) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    status VARCHAR(32),
    date_earliest DATE,
    date_latest DATE,
    json CLOB NOT NULL
);
CREATE INDEX agreements_kind ON agreements (kind, id);
CREATE INDEX agreements_status ON agreements (status, id);
CREATE INDEX agreements_dates ON agreements (date_earliest, date_latest);

CREATE TABLE agreement_parties (
    agreement_id VARCHAR(64) NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    code VARCHAR(64) NOT NULL,
    role VARCHAR(32) NOT NULL,
    PRIMARY KEY (agreement_id, code, role)
);
CREATE INDEX agreement_parties_code ON agreement_parties (code, agreement_id);

CREATE TABLE corridors (
    id VARCHAR(64) PRIMARY KEY,
    name VARCHAR(2000) NOT NULL,
    search_folded VARCHAR(8000) NOT NULL,
    status VARCHAR(32),
    part_of VARCHAR(2000),
    json CLOB NOT NULL
);
CREATE INDEX corridors_status ON corridors (status, id);

CREATE TABLE corridor_countries (
    corridor_id VARCHAR(64) NOT NULL REFERENCES corridors (id) ON DELETE CASCADE,
    position INT NOT NULL,
    country VARCHAR(3) NOT NULL,
    PRIMARY KEY (corridor_id, position)
);
CREATE INDEX corridor_countries_country ON corridor_countries (country, corridor_id);

CREATE TABLE corridor_modes (
    corridor_id VARCHAR(64) NOT NULL REFERENCES corridors (id) ON DELETE CASCADE,
    mode VARCHAR(32) NOT NULL,
    PRIMARY KEY (corridor_id, mode)
);
CREATE INDEX corridor_modes_mode ON corridor_modes (mode, corridor_id);

CREATE TABLE memberships (
    id VARCHAR(64) PRIMARY KEY,
    member VARCHAR(64) NOT NULL,
    organization VARCHAR(64) NOT NULL,
    status VARCHAR(32) NOT NULL,
    since_earliest DATE,
    until_latest DATE,
    json CLOB NOT NULL
);
CREATE INDEX memberships_member ON memberships (member, id);
CREATE INDEX memberships_organization ON memberships (organization, status, id);
CREATE INDEX memberships_status ON memberships (status, id);
CREATE INDEX memberships_period ON memberships (since_earliest, until_latest);

-- evidence of every record kind (record ids carry their kind's prefix, so they never collide)
CREATE TABLE evidence (
    record_id VARCHAR(64) NOT NULL,
    document_id VARCHAR(64) NOT NULL REFERENCES documents (id),
    start_offset INT NOT NULL,
    end_offset INT NOT NULL,
    PRIMARY KEY (record_id, document_id, start_offset, end_offset)
);
CREATE INDEX evidence_document ON evidence (document_id, record_id);

-- bumped by every write: the ETags of all reads derive from it
CREATE TABLE store_state (
    id INT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO store_state (id, version) VALUES (1, 0);
