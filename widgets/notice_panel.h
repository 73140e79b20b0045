#pragma once

#include <QWidget>

class QLabel;

namespace bg {

/// A centred icon, title and explanation: empty states, and pages whose content is still to come.
class NoticePanel : public QWidget {
    Q_OBJECT
public:
    explicit NoticePanel(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    void setTitle(const QString& title);
    void setBody(const QString& body);
    QString title() const;
    QString body() const;

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_body;
};

}  // namespace bg
