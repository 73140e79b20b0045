#include "widgets/notice_panel.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace bg {

NoticePanel::NoticePanel(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel), m_title(new QLabel), m_body(new QLabel) {
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    for (QLabel* l : {m_icon, m_title, m_body}) {
        l->setAlignment(Qt::AlignHCenter);
        layout->addWidget(l);
    }
    layout->addStretch(3);
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_body->setObjectName(QStringLiteral("noticeBody"));
    m_body->setWordWrap(true);
    m_body->setMaximumWidth(640);
    m_body->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
    layout->setAlignment(m_body, Qt::AlignHCenter);
}

void NoticePanel::setIcon(const QIcon& icon) { m_icon->setPixmap(icon.pixmap(96, 96)); }
void NoticePanel::setTitle(const QString& title) { m_title->setText(title); }
void NoticePanel::setBody(const QString& body) { m_body->setText(body); }
QString NoticePanel::title() const { return m_title->text(); }
QString NoticePanel::body() const { return m_body->text(); }

}  // namespace bg
