#include "widgets/status_pill.h"

#include <QHBoxLayout>
#include <QLabel>

namespace bg {

StatusPill::StatusPill(QWidget* parent) : QWidget(parent), m_dot(new QLabel), m_text(new QLabel) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_dot->setFixedSize(10, 10);
    m_dot->setObjectName(QStringLiteral("statusDot"));
    layout->addWidget(m_dot);
    layout->addWidget(m_text);
    setState(Tone::Neutral, {});
}

void StatusPill::setState(Tone tone, const QString& text, const QString& tooltip) {
    m_tone = tone;
    m_text->setText(text);
    setToolTip(tooltip);
    const char* colour = "#8a94a6";
    switch (tone) {
        case Tone::Neutral:
            colour = "#8a94a6";
            break;
        case Tone::Good:
            colour = "#30a46c";
            break;
        case Tone::Warning:
            colour = "#f5a524";
            break;
        case Tone::Bad:
            colour = "#e5484d";
            break;
    }
    m_dot->setStyleSheet(
        QStringLiteral("background:%1;border-radius:5px;").arg(QLatin1String(colour)));
}

QString StatusPill::text() const {
    return m_text->text();
}

}  // namespace bg
