#include "ui/page.h"

#include "widgets/notice_panel.h"

#include <QEvent>
#include <QIcon>
#include <QVBoxLayout>

namespace bg {

void Page::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

PendingPage::PendingPage(QWidget* parent) : Page(parent), m_notice(new NoticePanel) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
}

void PendingPage::showEvent(QShowEvent* event) {
    // Virtual calls are not possible in the constructor; the first show fills the texts.
    if (m_notice->title().isEmpty()) retranslateUi();
    Page::showEvent(event);
}

void PendingPage::retranslateUi() {
    m_notice->setIcon(QIcon(iconPath()));
    m_notice->setTitle(tr("%1 — not available yet").arg(title()));
    m_notice->setBody(plannedContent());
}

QString PlaybackPage::plannedContent() const {
    return tr(
        "Incident playback comes in a later issue: recorded clips with the AI boxes "
        "replayed in sync, a timeline with bookmarks, and evidence export with privacy "
        "masking and a signed manifest.");
}

}  // namespace bg
