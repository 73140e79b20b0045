#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace bg {

/// An NGSI-LD error body (IETF RFC 7807 ProblemDetails, GS CIM 009 5.5.2).
struct ProblemDetails {
    QString type;  ///< e.g. "https://uri.etsi.org/ngsi-ld/errors/BadRequestData"
    QString title;
    QString detail;
    int status = 0;  ///< 0 when the body did not say

    /// The body as ProblemDetails, or nothing when it is not a JSON object with a type, title
    /// or detail.
    static std::optional<ProblemDetails> parse(const QByteArray& body);
    /// "BadRequestData: Invalid coordinates — coordinates: not a valid JSON array (400)".
    QString message() const;
    /// The body to answer with, as a broker would.
    QByteArray toJson() const;
};

}  // namespace bg
