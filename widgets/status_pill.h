#pragma once

#include <QWidget>

class QLabel;

namespace bg {

/// A coloured dot and a short text, for a state in the status bar (hub link, cache...).
class StatusPill : public QWidget {
    Q_OBJECT
public:
    enum class Tone { Neutral, Good, Warning, Bad };

    explicit StatusPill(QWidget* parent = nullptr);

    void setState(Tone tone, const QString& text, const QString& tooltip = {});
    Tone tone() const { return m_tone; }
    QString text() const;

private:
    Tone m_tone = Tone::Neutral;
    QLabel* m_dot;
    QLabel* m_text;
};

}  // namespace bg
