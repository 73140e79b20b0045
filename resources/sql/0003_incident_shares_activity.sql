-- 0003_incident_shares_activity: where an incident is, the time-limited camera shares its
-- escalations to 112/119 create, and the activity log (cameras viewed, exports, escalations,
-- incident state changes) the incident timeline and the audit read. Never edit after release.

-- The centroid of the incident's alerts, and when it last changed.
ALTER TABLE incidents ADD COLUMN lon REAL;
ALTER TABLE incidents ADD COLUMN lat REAL;
ALTER TABLE incidents ADD COLUMN updated_at TEXT;

-- One row per escalation: which cameras an agency may watch, until when. A share is never
-- deleted; revoking sets revoked_at, so the audit keeps what was shared with whom.
CREATE TABLE incident_shares (
    id             TEXT PRIMARY KEY,
    incident_id    TEXT NOT NULL REFERENCES incidents(id),
    agency         TEXT NOT NULL CHECK (agency IN ('112', '119')),
    camera_ids     TEXT NOT NULL,   -- JSON array, nearest first
    radius_m       REAL NOT NULL,
    created_at     TEXT NOT NULL,   -- ISO-8601 UTC with ms
    expires_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    delivery       TEXT NOT NULL,   -- record | file:<dir> | http:<url>
    delivery_state TEXT NOT NULL,   -- recorded | pending | delivered | failed
    delivery_error TEXT,
    revoked_at     TEXT
);

CREATE INDEX incident_shares_by_incident ON incident_shares(incident_id, created_at);

-- What operators did besides alert transitions, appended only. incident_id is NULL for actions
-- not tied to one incident (a camera opened on the wall, a shift report exported): the timeline
-- matches those by camera and time.
CREATE TABLE activity_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,  -- order kept, ids never reused
    at          TEXT NOT NULL,
    user        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    incident_id TEXT REFERENCES incidents(id),
    subject     TEXT,
    detail      TEXT
);

CREATE INDEX activity_log_by_incident ON activity_log(incident_id, id);
CREATE INDEX activity_log_by_time ON activity_log(at);
