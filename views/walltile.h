// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/walllayout.h"
#include "views/wallsummary.h"

#include <QWidget>

class QChartView;
class QPieSeries;
class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace driftdeck::views {

// One cluster on the wall. Text and shapes are painted directly (cheap for 64 tiles); the donut
// and the 24-hour trend are QtCharts views, created only when the tile is large enough to show them.
class WallTile : public QWidget
{
    Q_OBJECT
public:
    explicit WallTile(QWidget *parent = nullptr);

    void setSummary(const WallClusterSummary &summary);
    const WallClusterSummary &summary() const { return m_summary; }
    void setDetail(WallDetail detail, qreal fontScale);
    WallDetail detail() const { return m_detail; }
    // Re-evaluates the verdict and ages against `now` (the wall ticks every few seconds).
    void setNow(const QDateTime &now);

    // What the tile currently says, for tests and accessibility.
    QString verdictText() const { return m_verdict.text; }
    QString statusLine() const;
    bool isStale() const { return m_verdict.stale; }
    bool isUnreachable() const { return m_verdict.unreachable; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void ensureCharts();
    void updateCharts();
    void placeCharts();
    QRect chartArea() const;

    WallClusterSummary m_summary;
    WallVerdict m_verdict;
    QDateTime m_now;
    WallDetail m_detail = WallDetail::Compact;
    qreal m_fontScale = 1.0;
    QChartView *m_donutView = nullptr;
    QChartView *m_trendView = nullptr;
    QPieSeries *m_donut = nullptr;
    QLineSeries *m_trend = nullptr;
    QDateTimeAxis *m_trendX = nullptr;
    QValueAxis *m_trendY = nullptr;
};

} // namespace driftdeck::views
