-- 0001_init: the first cache schema: latest entity state, telemetry history, settings.
-- Released migrations are never edited: a change to the schema is a new numbered file, because
-- a cache file that already ran this one would never see the edit.
-- SchemaManager runs this file in one transaction together with the user_version bump; do not add
-- BEGIN/COMMIT here.

-- Latest known state of every hub entity. `json` keeps the NGSI-LD entity exactly as received so
-- a newer program can re-derive columns it did not know about without a resync; the typed columns
-- exist only because the console filters and sorts by them.
CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    json        TEXT NOT NULL,
    name_ko     TEXT,
    name_en     TEXT,
    lon         REAL,            -- WGS84; NULL when the entity has no location
    lat         REAL,
    dong        TEXT,            -- administrative dong (e.g. 충장동), for the map filter
    modified_at TEXT,            -- hub's modifiedAt, ISO-8601 UTC with ms
    synced_at   TEXT             -- when this console last received it, ISO-8601 UTC with ms
);

-- Pages list one type at a time (all parking lots, all chargers ...).
CREATE INDEX entities_by_type ON entities(type);

-- History for charts (occupancy, charging power, solar output ...). WITHOUT ROWID: the primary
-- key is the only access path, so clustering rows by it halves the storage and keeps a range
-- read for one entity and attribute a contiguous scan. observed_at is an integer (ms since the
-- epoch, UTC) because range comparisons on it are the hot path.
CREATE TABLE telemetry (
    entity_id   TEXT NOT NULL,
    attr        TEXT NOT NULL,
    observed_at INTEGER NOT NULL,
    value       REAL,
    PRIMARY KEY (entity_id, attr, observed_at)
) WITHOUT ROWID;

-- Small operator preferences that must survive a restart (last page, map view ...).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);
