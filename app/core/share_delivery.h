#pragma once

#include "core/result.h"

#include <QJsonObject>

#include <functional>

namespace bg {

/// Port: hands a camera share's manifest to whoever serves the cameras to 112/119 (a gateway
/// picking up files, an HTTP endpoint). "record" needs none: the share only lives in the cache.
///
/// Threading: called on the thread of the incident service; `done` is called once, on that
/// thread, possibly before deliver() returns.
class ShareDelivery {
public:
    using Done = std::function<void(const Status&)>;
    virtual ~ShareDelivery() = default;
    /// The mechanism as configured ("file:/srv/shares"), kept with the share.
    virtual QString name() const = 0;
    virtual void deliver(const QJsonObject& manifest, Done done) = 0;
};

}  // namespace bg
