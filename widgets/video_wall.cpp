#include "widgets/video_wall.h"

#include "widgets/video_tile.h"

#include <QGridLayout>

namespace bg {

VideoWall::VideoWall(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    setGrid(2);
}

void VideoWall::setGrid(int n) {
    n = std::clamp(n, 1, 8);
    if (n == m_n) return;
    m_maximised = -1;
    const int wanted = n * n;
    while (m_tiles.size() > wanted) delete m_tiles.takeLast();
    while (m_tiles.size() < wanted) {
        auto* t = new VideoTile(this);
        const int index = int(m_tiles.size());
        t->setObjectName(QStringLiteral("tile%1").arg(index));
        connect(t, &VideoTile::doubleClicked, this,
                [this, index] { m_maximised == index ? restore() : maximise(index); });
        connect(t, &VideoTile::cameraDropped, this,
                [this, index](const QString& id) { Q_EMIT cameraDropped(index, id); });
        m_tiles.append(t);
    }
    m_n = n;
    relayout();
    Q_EMIT gridChanged(n);
}

void VideoWall::relayout() {
    for (VideoTile* t : m_tiles) m_grid->removeWidget(t);
    for (int i = 0; i < m_grid->rowCount(); ++i) m_grid->setRowStretch(i, 0);
    for (int i = 0; i < m_grid->columnCount(); ++i) m_grid->setColumnStretch(i, 0);
    if (m_maximised >= 0) {
        for (int i = 0; i < m_tiles.size(); ++i) m_tiles[i]->setVisible(i == m_maximised);
        m_grid->addWidget(m_tiles[m_maximised], 0, 0);
        m_grid->setRowStretch(0, 1);
        m_grid->setColumnStretch(0, 1);
        return;
    }
    for (int i = 0; i < m_tiles.size(); ++i) {
        m_grid->addWidget(m_tiles[i], i / m_n, i % m_n);
        m_tiles[i]->setVisible(true);
    }
    for (int i = 0; i < m_n; ++i) {
        m_grid->setRowStretch(i, 1);
        m_grid->setColumnStretch(i, 1);
    }
}

void VideoWall::maximise(int index) {
    if (index < 0 || index >= m_tiles.size() || index == m_maximised) return;
    m_maximised = index;
    relayout();
    Q_EMIT maximisedChanged(index);
}

void VideoWall::restore() {
    if (m_maximised < 0) return;
    m_maximised = -1;
    relayout();
    Q_EMIT maximisedChanged(-1);
}

}  // namespace bg
