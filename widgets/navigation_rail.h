#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace bg {

/// A vertical bar of large icon buttons, one per page; exactly one is checked.
class NavigationRail : public QWidget {
    Q_OBJECT
public:
    explicit NavigationRail(QWidget* parent = nullptr);

    /// Appends a destination; returns its index.
    int addItem(const QIcon& icon, const QString& text, const QString& objectName);
    void setItemText(int index, const QString& text, const QString& toolTip);
    int count() const;
    int currentIndex() const;
    void setCurrentIndex(int index);
    QToolButton* button(int index) const;

Q_SIGNALS:
    void currentChanged(int index);

private:
    QButtonGroup* m_group;
    QVBoxLayout* m_layout;
};

}  // namespace bg
