#include "widgets/navigation_rail.h"

#include <QButtonGroup>
#include <QToolButton>
#include <QVBoxLayout>

namespace bg {

NavigationRail::NavigationRail(QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this)), m_layout(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("navigationRail"));
    setAttribute(Qt::WA_StyledBackground);
    m_layout->setContentsMargins(6, 10, 6, 10);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) Q_EMIT currentChanged(id);
    });
}

int NavigationRail::addItem(const QIcon& icon, const QString& text, const QString& objectName) {
    auto* b = new QToolButton;
    b->setObjectName(objectName);
    b->setIcon(icon);
    b->setIconSize(QSize(28, 28));
    b->setText(text);
    b->setCheckable(true);
    b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    b->setMinimumSize(84, 64);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const int index = count();
    m_group->addButton(b, index);
    m_layout->insertWidget(index, b);  // before the stretch
    return index;
}

void NavigationRail::setItemText(int index, const QString& text, const QString& toolTip) {
    if (QToolButton* b = button(index)) {
        b->setText(text);
        b->setToolTip(toolTip);
    }
}

int NavigationRail::count() const {
    return int(m_group->buttons().size());
}
int NavigationRail::currentIndex() const {
    return m_group->checkedId();
}

void NavigationRail::setCurrentIndex(int index) {
    if (QToolButton* b = button(index)) b->setChecked(true);
}

QToolButton* NavigationRail::button(int index) const {
    return qobject_cast<QToolButton*>(m_group->button(index));
}

}  // namespace bg
