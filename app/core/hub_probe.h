#pragma once

#include <QObject>
#include <QString>

namespace bg {

/// Port: asks the data hub whether it answers. Implemented by the hub module over HTTP;
/// the services only see this interface.
///
/// Threading: used on the thread it lives on (the GUI thread in the console).
class HubProbe : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~HubProbe() override = default;

    /// Starts one probe; `finished` follows exactly once, also on timeout.
    virtual void probe() = 0;

Q_SIGNALS:
    /// `detail` says why the hub is unreachable (or what answered), for the status bar tooltip.
    void finished(bool reachable, const QString& detail);
};

}  // namespace bg
