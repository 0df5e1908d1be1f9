// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/walltile.h"

#include "models/statestyle.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QPainter>
#include <QPainterPath>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace driftdeck::views {

namespace {

const QColor kTileBackground(0x1f, 0x26, 0x30);
const QColor kTileBorder(0x34, 0x3d, 0x4a);
const QColor kText(0xe8, 0xec, 0xf1);
const QColor kDimText(0x9a, 0xa5, 0xb1);
const QColor kUnreachable(0xE9, 0x6D, 0x76);

QFont scaledFont(const QFont &base, qreal points, qreal scale, bool bold = false)
{
    QFont f = base;
    f.setPointSizeF(std::max<qreal>(7.0, points * scale));
    f.setBold(bold);
    return f;
}

void setupChart(QChart *chart)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
}

} // namespace

WallTile::WallTile(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_now = QDateTime::currentDateTimeUtc();
}

void WallTile::setSummary(const WallClusterSummary &summary)
{
    m_summary = summary;
    m_verdict = wallVerdict(m_summary, m_now);
    setAccessibleName(m_summary.name + u": " + m_verdict.text);
    if (m_detail == WallDetail::Full)
        updateCharts();
    update();
}

void WallTile::setNow(const QDateTime &now)
{
    m_now = now;
    const WallVerdict v = wallVerdict(m_summary, m_now);
    const bool changed = v.text != m_verdict.text || v.stale != m_verdict.stale;
    m_verdict = v;
    if (changed)
        setAccessibleName(m_summary.name + u": " + m_verdict.text);
    update(); // ages change every tick
}

void WallTile::setDetail(WallDetail detail, qreal fontScale)
{
    m_fontScale = fontScale;
    if (detail == m_detail) {
        placeCharts();
        update();
        return;
    }
    m_detail = detail;
    if (m_detail == WallDetail::Full) {
        ensureCharts();
        updateCharts();
    }
    if (m_donutView) {
        m_donutView->setVisible(m_detail == WallDetail::Full);
        m_trendView->setVisible(m_detail == WallDetail::Full);
    }
    placeCharts();
    update();
}

QString WallTile::statusLine() const
{
    if (m_verdict.unreachable)
        return tr("Unreachable for %1: %2").arg(wallDuration(m_summary.lastGoodData, m_now), m_summary.reason);
    if (m_verdict.stale)
        return tr("Stale: last data %1").arg(wallAge(m_summary.lastGoodData, m_now));
    return tr("Changed %1").arg(wallAge(m_summary.lastChange, m_now));
}

void WallTile::ensureCharts()
{
    if (m_donutView)
        return;
    m_donut = new QPieSeries;
    m_donut->setHoleSize(0.58);
    m_donut->setPieSize(0.95);
    auto donutChart = new QChart;
    setupChart(donutChart);
    donutChart->addSeries(m_donut);
    m_donutView = new QChartView(donutChart, this);
    m_donutView->setRenderHint(QPainter::Antialiasing);
    m_donutView->setStyleSheet(QStringLiteral("background: transparent"));
    m_donutView->setAttribute(Qt::WA_TransparentForMouseEvents);

    m_trend = new QLineSeries;
    auto trendChart = new QChart;
    setupChart(trendChart);
    trendChart->addSeries(m_trend);
    m_trendX = new QDateTimeAxis;
    m_trendX->setFormat(QStringLiteral("HH:mm"));
    m_trendX->setTickCount(3);
    m_trendY = new QValueAxis;
    m_trendY->setLabelFormat(QStringLiteral("%d"));
    m_trendY->setTickCount(3);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_trendX), static_cast<QAbstractAxis *>(m_trendY)}) {
        axis->setLabelsColor(kDimText);
        axis->setGridLineColor(kTileBorder);
        axis->setLinePenColor(kTileBorder);
    }
    trendChart->addAxis(m_trendX, Qt::AlignBottom);
    trendChart->addAxis(m_trendY, Qt::AlignLeft);
    m_trend->attachAxis(m_trendX);
    m_trend->attachAxis(m_trendY);
    m_trend->setPen(QPen(models::StateStyle::color(SyncState::Drifted), 2));
    m_trendView = new QChartView(trendChart, this);
    m_trendView->setRenderHint(QPainter::Antialiasing);
    m_trendView->setStyleSheet(QStringLiteral("background: transparent"));
    m_trendView->setAttribute(Qt::WA_TransparentForMouseEvents);
}

void WallTile::updateCharts()
{
    if (!m_donut)
        return;
    m_donut->clear();
    for (SyncState s : kAllSyncStates) {
        const int n = m_summary.count(s);
        if (n <= 0)
            continue;
        QPieSlice *slice = m_donut->append(models::StateStyle::label(s), n);
        QColor c = models::StateStyle::color(s);
        if (m_verdict.stale || m_verdict.unreachable)
            c = c.darker(180);
        slice->setColor(c);
        slice->setBorderColor(kTileBackground);
        slice->setBorderWidth(1);
    }
    if (m_donut->count() == 0)
        m_donut->append(QString(), 1)->setColor(kTileBorder);

    m_trend->clear();
    const QDateTime to = m_now;
    const QDateTime from = to.addSecs(-24 * 3600);
    qreal maxY = 1;
    QList<QPointF> points;
    points.reserve(m_summary.trend.size());
    for (const QPointF &p : m_summary.trend) {
        if (p.x() >= from.toMSecsSinceEpoch()) {
            points.append(p);
            maxY = std::max(maxY, p.y());
        }
    }
    m_trend->replace(points);
    m_trendX->setRange(from, to);
    m_trendY->setRange(0, std::ceil(maxY * 1.2));
}

QRect WallTile::chartArea() const
{
    const int pad = int(10 * m_fontScale);
    const int top = int(height() * 0.42);
    const int bottom = height() - int(height() * 0.22);
    return QRect(pad, top, width() - 2 * pad, std::max(10, bottom - top));
}

void WallTile::placeCharts()
{
    if (!m_donutView)
        return;
    const QRect area = chartArea();
    const int donut = std::min(area.height(), area.width() / 3);
    m_donutView->setGeometry(area.left(), area.top(), donut, donut);
    m_trendView->setGeometry(area.left() + donut + 8, area.top(), area.width() - donut - 8, area.height());
}

void WallTile::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCharts();
}

void WallTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(box, 8, 8);
    p.fillPath(path, kTileBackground);

    const QColor stateColor = m_verdict.unreachable ? kUnreachable : models::StateStyle::color(m_verdict.state);
    QPen border(m_verdict.unreachable ? kUnreachable : kTileBorder, m_verdict.unreachable ? 3 : 1);
    if (m_verdict.unreachable || m_verdict.stale)
        border.setStyle(Qt::DashLine);
    p.setPen(border);
    p.drawPath(path);
    // A state stripe along the left edge: colour, and the icon shape beside the name.
    p.fillRect(QRectF(box.left(), box.top() + 8, 6, box.height() - 16), stateColor);

    const qreal s = m_fontScale;
    const int pad = int(12 * s);
    const bool full = m_detail == WallDetail::Full;
    QRect r = rect().adjusted(pad + 4, pad / 2, -pad, -pad / 2);

    // Header: shape icon + name, and the age on the right.
    const int iconSize = int((full ? 26 : 20) * s);
    const QIcon icon = models::StateStyle::icon(m_verdict.state);
    icon.paint(&p, QRect(r.left(), r.top() + 2, iconSize, iconSize));
    p.setPen(kText);
    p.setFont(scaledFont(font(), full ? 16 : 12, s, true));
    const QRect nameRect(r.left() + iconSize + int(6 * s), r.top(), r.width() - iconSize - int(6 * s), iconSize + 4);
    p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(m_summary.name, Qt::ElideMiddle, nameRect.width()));

    // Verdict in large type.
    const qreal verdictPt = full ? 30 : 17;
    p.setFont(scaledFont(font(), verdictPt, s, true));
    p.setPen(m_verdict.unreachable ? kUnreachable : (m_verdict.stale ? kDimText : stateColor));
    const int verdictTop = nameRect.bottom() + int(2 * s);
    const QRect verdictRect(r.left(), verdictTop, r.width(), p.fontMetrics().height());
    p.drawText(verdictRect, Qt::AlignLeft | Qt::AlignVCenter, m_verdict.text);

    // Full tiles: the top drifted resources and who changed them, between verdict and charts.
    if (full && !m_summary.topDrift.isEmpty() && !m_verdict.unreachable) {
        p.setFont(scaledFont(font(), 11, s));
        const QFontMetrics dfm = p.fontMetrics();
        int y = verdictRect.bottom() + int(6 * s);
        const int limit = chartArea().top() - dfm.height();
        for (const WallDriftItem &d : m_summary.topDrift) {
            if (y > limit)
                break;
            const QString line = tr("%1 · %2 · by %3")
                                     .arg(d.resource, d.field, d.manager.isEmpty() ? tr("an unknown manager") : d.manager);
            p.setPen(m_verdict.stale ? kDimText : kText);
            p.drawText(QRect(r.left(), y, r.width(), dfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       dfm.elidedText(line, Qt::ElideMiddle, r.width()));
            y += dfm.height() + 2;
        }
    }

    // Counts strip (compact) or the charts (full, drawn by the child views).
    p.setFont(scaledFont(font(), full ? 11 : 9.5, s));
    const QFontMetrics fm = p.fontMetrics();
    if (!full) {
        int x = r.left();
        const int y = verdictRect.bottom() + int(4 * s);
        for (SyncState st : {SyncState::Synced, SyncState::Drifted, SyncState::Missing, SyncState::Extra, SyncState::Unknown}) {
            const int n = m_summary.count(st);
            if (n == 0 && st != SyncState::Synced)
                continue;
            const int sz = fm.height() - 2;
            models::StateStyle::icon(st).paint(&p, QRect(x, y + 1, sz, sz));
            x += sz + 3;
            p.setPen(m_verdict.stale ? kDimText : kText);
            const QString num = QString::number(n);
            p.drawText(QPoint(x, y + fm.ascent()), num);
            x += fm.horizontalAdvance(num) + int(10 * s);
            if (x > r.right() - 20)
                break;
        }
    }

    // Footer: revisions (full) and the status line.
    p.setPen(m_verdict.unreachable ? kUnreachable : kDimText);
    const QRect statusRect(r.left(), r.bottom() - fm.height(), r.width(), fm.height());
    p.drawText(statusRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(statusLine(), Qt::ElideRight, statusRect.width()));
    if (full) {
        const QRect revRect = statusRect.translated(0, -fm.height() - 2);
        QString rev;
        const QString applied = m_summary.appliedRevision.left(7);
        const QString head = m_summary.branchHead.left(7);
        if (!applied.isEmpty() && !head.isEmpty() && applied != head)
            rev = tr("Runs %1 · branch at %2").arg(applied, head);
        else if (!applied.isEmpty())
            rev = tr("Runs %1 (branch head)").arg(applied);
        if (!rev.isEmpty()) {
            p.setPen(applied != head && !head.isEmpty() ? models::StateStyle::color(SyncState::Drifted) : kDimText);
            p.drawText(revRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(rev, Qt::ElideRight, revRect.width()));
        }
    }
    if (m_verdict.stale || m_verdict.unreachable) {
        // Old data must never look fresh: veil the tile's contents.
        p.fillPath(path, QColor(0, 0, 0, 70));
    }
}

} // namespace driftdeck::views
