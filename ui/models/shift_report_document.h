#pragma once

#include "core/result.h"
#include "services/shift_report.h"

#include <QString>

namespace bg {

/// The shift handover report as HTML in the current language (times in Asia/Seoul), for the
/// preview and the PDF.
QString shiftReportHtml(const ShiftReport& report, const QString& centre);

/// Writes the report as an A4 PDF (QPdfWriter + QTextDocument). Needs a QGuiApplication (fonts);
/// Hangul renders with NanumGothic (fonts-nanum).
Status writeShiftReportPdf(const ShiftReport& report, const QString& centre, const QString& path);

}  // namespace bg
