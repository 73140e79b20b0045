#include "widgets/notice_panel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace bg {

NoticePanel::NoticePanel(QWidget* parent)
    : QWidget(parent), m_icon(new QLabel), m_title(new QLabel), m_body(new QLabel) {
    // A fixed-width column in the middle: a word-wrapped label inside a centring alignment gets
    // no width to wrap against and is cut to one line.
    auto* column = new QWidget;
    column->setFixedWidth(640);
    auto* inner = new QVBoxLayout(column);
    for (QLabel* l : {m_icon, m_title, m_body}) {
        l->setAlignment(Qt::AlignHCenter);
        inner->addWidget(l);
    }
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_body->setObjectName(QStringLiteral("noticeBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
}

void NoticePanel::setIcon(const QIcon& icon) {
    m_icon->setPixmap(icon.pixmap(96, 96));
}
void NoticePanel::setTitle(const QString& title) {
    m_title->setText(title);
}
void NoticePanel::setBody(const QString& body) {
    m_body->setText(body);
}
QString NoticePanel::title() const {
    return m_title->text();
}
QString NoticePanel::body() const {
    return m_body->text();
}

}  // namespace bg
