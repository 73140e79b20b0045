// Cache writer throughput: N entity upserts submitted one op each, committed by the batching
// writer, against the baseline of one transaction per op on the same machine in the same run.
// Also the time a reader needs for a full read of the entities table while the writer writes.
// Prints: ops/s for both, their ratio, and read latency.  Usage: bench_cache_writer [N]
#include "cache/cache_database.h"
#include "cache/cache_writer.h"
#include "cache/entity_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <cstdio>

using namespace bg;

namespace {
EntityRecord record(int i) {
    EntityRecord r;
    r.id = QStringLiteral("urn:ngsi-ld:OffStreetParking:bench-%1").arg(i);
    r.type = QStringLiteral("OffStreetParking");
    r.json =
        QStringLiteral(
            R"({"id":"%1","type":"OffStreetParking","availableSpotNumber":{"type":"Property","value":%2}})")
            .arg(r.id)
            .arg(i % 120);
    r.lon = 126.92 + (i % 100) * 1e-4;
    r.lat = 35.14 + (i % 77) * 1e-4;
    r.syncedAt = QDateTime::currentDateTimeUtc();
    return r;
}

double run(const QString& path, int n, CacheWriterOptions options, double* readMs) {
    auto migrations = loadMigrations();
    CacheWriter writer(path, SchemaManager(migrations.value()), options);
    if (!writer.start()) return -1;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        writer.submit(QStringLiteral("upsert"), EntityRepository::upsertEntities({record(i)}));
    // A reader in the middle of the writes: WAL lets it read without waiting for the writer.
    if (readMs) {
        auto conn = openReadConnection(path);
        if (conn) {
            ScopedConnection c = std::move(conn).value();
            QElapsedTimer r;
            r.start();
            (void)EntityRepository::entitiesOfType(c.db(), QStringLiteral("OffStreetParking"));
            *readMs = r.nsecsElapsed() / 1e6;
        }
    }
    writer.flush();
    const double s = t.nsecsElapsed() / 1e9;
    writer.stop();
    return n / s;
}
}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 5000;
    QTemporaryDir dir;
    double readMs = -1;
    CacheWriterOptions batched;
    const double batchedRate = run(dir.filePath(QStringLiteral("a.sqlite")), n, batched, &readMs);
    CacheWriterOptions single;
    single.batchWindowMs = 0;
    single.maxBatch = 1;  // the baseline: one transaction (one WAL sync) per op
    const double singleRate = run(dir.filePath(QStringLiteral("b.sqlite")), n, single, nullptr);
    std::printf("cache writer, %d entity upserts\n", n);
    std::printf("  batched writer:        %10.0f ops/s\n", batchedRate);
    std::printf("  one transaction/op:    %10.0f ops/s\n", singleRate);
    std::printf("  ratio batched/single:  %10.1f x\n", batchedRate / singleRate);
    std::printf("  reader, full table read during writes: %.1f ms\n", readMs);
    return 0;
}
