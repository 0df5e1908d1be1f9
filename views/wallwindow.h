// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/walllayout.h"
#include "views/wallsummary.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTimer;

namespace driftdeck::views {

class WallTile;

// The multi-cluster wall: one tile per cluster, laid out to fill the screen, dark by default,
// no interaction needed. Optional cycling shows the top drift of one drifted cluster at a time.
class WallWindow : public QWidget
{
    Q_OBJECT
public:
    explicit WallWindow(QWidget *parent = nullptr);
    ~WallWindow() override;

    // Adds or replaces one cluster's tile (cheap: only that tile repaints).
    void updateCluster(const WallClusterSummary &summary);
    void removeCluster(const QString &name);
    void setClusters(const QList<WallClusterSummary> &clusters);

    void setCycling(bool on, int intervalMs = 8000);
    bool isCycling() const;
    // The clock the wall judges staleness by; tests set it, the wall ticks it every 5 s.
    void setNow(const QDateTime &now);

    QList<WallTile *> tiles() const;
    WallTile *tile(const QString &name) const;
    const WallLayoutResult &currentLayout() const { return m_layout; }
    QString spotlightText() const;

    // True once every cluster has reported at least once (or is unreachable); --screenshot waits for it.
    bool hasDataForAll() const;

Q_SIGNALS:
    void dataReady();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    void tick();
    void advanceSpotlight();
    void retranslate();
    QRect tileArea() const;

    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_spotlight = nullptr;
    QWidget *m_header = nullptr;
    QList<WallTile *> m_order;
    QHash<QString, WallTile *> m_tiles;
    WallLayoutResult m_layout;
    QTimer *m_tick = nullptr;
    QTimer *m_cycle = nullptr;
    int m_spotlightIndex = -1;
    QDateTime m_now;
    bool m_fixedNow = false;
    bool m_dataReadyEmitted = false;
};

} // namespace driftdeck::views
