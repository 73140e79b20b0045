#pragma once

#include <QWidget>

namespace bg {

/// One page of the main window (Map, Video wall, Dashboards, Alerts, Playback, Admin).
/// Pages retranslate themselves when the language changes.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Stable name used by --page and the saved last page ("map", "wall" …).
    virtual QString pageName() const = 0;
    /// The page's title in the current language.
    virtual QString title() const = 0;
    /// Resource path of the page's icon.
    virtual QString iconPath() const = 0;

protected:
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent* event) override;
};

/// A page whose content a later issue delivers: it says so plainly instead of showing
/// fake content.
class PendingPage : public Page {
    Q_OBJECT
public:
    explicit PendingPage(QWidget* parent = nullptr);

protected:
    /// What the page will hold, in the current language.
    virtual QString plannedContent() const = 0;
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    class NoticePanel* m_notice;
};

class PlaybackPage : public PendingPage {
    Q_OBJECT
public:
    using PendingPage::PendingPage;
    QString pageName() const override { return QStringLiteral("playback"); }
    QString title() const override { return tr("Playback"); }
    QString iconPath() const override { return QStringLiteral(":/icons/playback.svg"); }

protected:
    QString plannedContent() const override;
};

}  // namespace bg
