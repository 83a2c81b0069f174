-- The personal data breach log (GDPR art. 33(5)). Instants are RFC 3339 in
-- UTC ('' when not recorded): the 72 hours of art. 33(1) run in real time,
-- so they are counted in UTC and shown in Europe/Helsinki time.
CREATE TABLE breaches (
    id                   INTEGER PRIMARY KEY,
    org_id               INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    ref                  TEXT NOT NULL,
    year                 INTEGER NOT NULL,
    seq                  INTEGER NOT NULL,
    aware_at             TEXT NOT NULL,
    occurred_at          TEXT NOT NULL DEFAULT '',
    description          TEXT NOT NULL DEFAULT '',
    data_subjects        TEXT NOT NULL DEFAULT '',
    subjects_approx      INTEGER NOT NULL DEFAULT 0,
    records_approx       INTEGER NOT NULL DEFAULT 0,
    consequences         TEXT NOT NULL DEFAULT '',
    measures             TEXT NOT NULL DEFAULT '',
    risk                 TEXT NOT NULL DEFAULT '',
    risk_reasons         TEXT NOT NULL DEFAULT '',
    notified_at          TEXT NOT NULL DEFAULT '',
    authority_case       TEXT NOT NULL DEFAULT '',
    delay_reasons        TEXT NOT NULL DEFAULT '',
    subjects_informed_at TEXT NOT NULL DEFAULT '',
    subjects_how         TEXT NOT NULL DEFAULT '',
    subjects_not_reason  TEXT NOT NULL DEFAULT '',
    controller_told_at   TEXT NOT NULL DEFAULT '',
    closed_at            TEXT NOT NULL DEFAULT '',
    UNIQUE (org_id, ref),
    UNIQUE (org_id, year, seq)
);
CREATE INDEX breaches_by_aware ON breaches (org_id, aware_at DESC);

-- A breach's history is append-only, as a request's is.
CREATE TABLE breach_events (
    id        INTEGER PRIMARY KEY,
    breach_id INTEGER NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    by        TEXT NOT NULL DEFAULT '',
    kind      TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    old       TEXT NOT NULL DEFAULT '',
    new       TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX breach_events_by_breach ON breach_events (breach_id, id);
CREATE TRIGGER breach_events_append_only BEFORE UPDATE ON breach_events
BEGIN
    SELECT RAISE(ABORT, 'breach history is append-only');
END;
CREATE TRIGGER breach_events_keep BEFORE DELETE ON breach_events
WHEN (SELECT COUNT(*) FROM breaches WHERE id = OLD.breach_id) > 0
BEGIN
    SELECT RAISE(ABORT, 'breach history is append-only');
END;
