-- Organisations: the wizard's answers are one JSON document per organisation,
-- so a single answer is written in one small transaction and a whole
-- organisation loads with one row.
CREATE TABLE organisations (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL DEFAULT '',
    answers    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The request log. Dates are YYYY-MM-DD; due is the deadline in force,
-- kept in the row so that the list and its filters need no computation.
CREATE TABLE requests (
    id                   INTEGER PRIMARY KEY,
    org_id               INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    ref                  TEXT NOT NULL,
    year                 INTEGER NOT NULL,
    seq                  INTEGER NOT NULL,
    received             TEXT NOT NULL,
    due                  TEXT NOT NULL DEFAULT '',
    channel              TEXT NOT NULL DEFAULT '',
    requester_name       TEXT NOT NULL DEFAULT '',
    requester_contact    TEXT NOT NULL DEFAULT '',
    rights               TEXT NOT NULL DEFAULT '',
    register             TEXT NOT NULL DEFAULT '',
    identity_method      TEXT NOT NULL DEFAULT '',
    identity_verified_on TEXT NOT NULL DEFAULT '',
    extended             INTEGER NOT NULL DEFAULT 0,
    extension_reason     TEXT NOT NULL DEFAULT '',
    extension_told_on    TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL DEFAULT 'open',
    answered_on          TEXT NOT NULL DEFAULT '',
    outcome              TEXT NOT NULL DEFAULT '',
    refusal_reason       TEXT NOT NULL DEFAULT '',
    refusal_details      TEXT NOT NULL DEFAULT '',
    purged               INTEGER NOT NULL DEFAULT 0,
    UNIQUE (org_id, ref),
    UNIQUE (org_id, year, seq)
);
CREATE INDEX requests_by_received ON requests (org_id, received DESC, seq DESC);
CREATE INDEX requests_by_status ON requests (org_id, status, due);

-- The history of a request is append-only: the triggers refuse any update,
-- and deletion is allowed only for entries whose request has been purged
-- (retention of the log itself) or is being deleted with its organisation.
CREATE TABLE request_events (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    by         TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL,
    field      TEXT NOT NULL DEFAULT '',
    old        TEXT NOT NULL DEFAULT '',
    new        TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_events_by_request ON request_events (request_id, id);
CREATE TRIGGER request_events_append_only BEFORE UPDATE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request history is append-only');
END;
CREATE TRIGGER request_events_keep BEFORE DELETE ON request_events
WHEN (SELECT purged FROM requests WHERE id = OLD.request_id) = 0
BEGIN
    SELECT RAISE(ABORT, 'request history is append-only');
END;

-- Issued documents: a version number, date and content hash per document
-- kind and scope (all registers, or one register by name), with the answers
-- the version was made from, so that the next version can say what changed
-- (Muutoshistoria) without keeping old PDFs.
CREATE TABLE document_versions (
    id        INTEGER PRIMARY KEY,
    org_id    INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    scope     TEXT NOT NULL,
    version   INTEGER NOT NULL,
    issued_on TEXT NOT NULL,
    hash      TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    snapshot  TEXT NOT NULL DEFAULT '',
    UNIQUE (org_id, kind, scope, version)
);

-- Small settings of the program (user's name, last organisation and step).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
