#pragma once

#include <QHttpServer>
#include <QObject>

namespace sim {

/// The simulated NGSI-LD hub on 127.0.0.1. Today it answers the type list (what the console
/// probes to know the hub is up); issue #3 fills it with Dong-gu's entities, queries,
/// subscriptions and the temporal API.
///
/// Threading: lives on the simulator's main thread (QHttpServer is single-threaded).
class HubServer : public QObject {
    Q_OBJECT
public:
    explicit HubServer(QObject* parent = nullptr);

    /// Listens on 127.0.0.1:port (0: any free port). Returns the port, or 0 on failure.
    quint16 listen(quint16 port);

private:
    QHttpServer m_server;
};

}  // namespace sim
