#pragma once

#include <QVector>
#include <QWidget>

class QGridLayout;

namespace bg {

class VideoTile;

/// A grid of video tiles (1×1 … 8×8). Double-clicking a tile maximises it over the whole wall;
/// double-clicking again restores the grid. The wall only arranges tiles: what plays in them is
/// decided by its owner.
class VideoWall : public QWidget {
    Q_OBJECT
public:
    explicit VideoWall(QWidget* parent = nullptr);

    /// Sets an n×n grid; tiles beyond n² are removed (their signals go with them).
    void setGrid(int n);
    int gridSize() const { return m_n; }
    int tileCount() const { return int(m_tiles.size()); }
    VideoTile* tile(int index) const { return m_tiles.value(index); }

    void maximise(int index);
    void restore();
    int maximisedIndex() const { return m_maximised; }

Q_SIGNALS:
    void gridChanged(int n);
    /// A tile was maximised (index) or the grid restored (-1).
    void maximisedChanged(int index);
    void cameraDropped(int tileIndex, const QString& cameraId);

private:
    void relayout();

    QGridLayout* m_grid;
    QVector<VideoTile*> m_tiles;
    int m_n = 0;
    int m_maximised = -1;
};

}  // namespace bg
