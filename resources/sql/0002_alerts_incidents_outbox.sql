-- 0002_alerts_incidents_outbox: alerts with their audit of state changes, incidents, and the
-- outbox of writes waiting for the hub. Never edit after release; add 0003_... instead.

-- Current state of each alert; `json` keeps the full alert as received or raised so nothing the
-- typed columns do not cover is lost.
CREATE TABLE alerts (
    id           TEXT PRIMARY KEY,
    category     TEXT NOT NULL,
    severity     TEXT NOT NULL,
    state        TEXT NOT NULL,
    source_id    TEXT,            -- camera or entity that raised it
    lon          REAL,
    lat          REAL,
    description  TEXT,
    raised_at    TEXT NOT NULL,   -- ISO-8601 UTC with ms
    updated_at   TEXT NOT NULL,
    repeat_count INTEGER NOT NULL DEFAULT 1,  -- duplicates folded into this alert
    json         TEXT
);

-- Queues show open alerts by state.
CREATE INDEX alerts_by_state ON alerts(state, raised_at);

-- Every acknowledge / escalate / resolve is kept (who, when, why): an acknowledged alert must never
-- be lost, and supervisors review the trail. Rows are only ever appended.
CREATE TABLE alert_transitions (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: ids never reused, order kept
    alert_id   TEXT NOT NULL REFERENCES alerts(id),
    from_state TEXT,
    to_state   TEXT NOT NULL,
    user       TEXT NOT NULL,
    at         TEXT NOT NULL,
    note       TEXT
);

CREATE INDEX alert_transitions_by_alert ON alert_transitions(alert_id, id);

CREATE TABLE incidents (
    id         TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    state      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    json       TEXT
);

-- Which alerts an incident groups; an alert may belong to several incidents.
CREATE TABLE incident_alerts (
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    alert_id    TEXT NOT NULL REFERENCES alerts(id),
    PRIMARY KEY (incident_id, alert_id)
);

CREATE TABLE incident_notes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    user        TEXT NOT NULL,
    at          TEXT NOT NULL,
    text        TEXT NOT NULL
);

CREATE INDEX incident_notes_by_incident ON incident_notes(incident_id, id);

-- Writes for the hub made while it may be offline. Delivered once, in order, after it returns:
-- `id` is the delivery order (AUTOINCREMENT so an id is never reused after the newest row is
-- deleted, which would reorder), `op_id` the idempotency key the caller chose, so enqueueing the
-- same operation twice (a retry after a crash) stores it once.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id        TEXT UNIQUE NOT NULL,
    method       TEXT NOT NULL,
    path         TEXT NOT NULL,
    body         TEXT,
    content_type TEXT,
    created_at   TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT,
    delivered_at TEXT             -- NULL while pending
);

-- The sender only ever asks for pending rows in id order; a partial index stays small however
-- many delivered rows are kept for the audit.
CREATE INDEX outbox_pending ON outbox(id) WHERE delivered_at IS NULL;
