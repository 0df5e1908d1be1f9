// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/wallwindow.h"

#include "models/statestyle.h"
#include "views/walltile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace driftdeck::views {

namespace {
constexpr int kHeaderHeight1080 = 56;
constexpr int kSpotlightHeight1080 = 64;
constexpr int kGap = 10;
} // namespace

WallWindow::WallWindow(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("wallWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/driftdeck.svg")));
    // Dark by default: a wall is looked at from across a room, all day.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0x12, 0x17, 0x1e));
    pal.setColor(QPalette::WindowText, QColor(0xe8, 0xec, 0xf1));
    setPalette(pal);
    setAutoFillBackground(true);

    m_header = new QWidget(this);
    m_title = new QLabel(m_header);
    m_title->setObjectName(QStringLiteral("wallTitle"));
    m_legend = new QLabel(m_header);
    m_legend->setObjectName(QStringLiteral("wallLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_clock = new QLabel(m_header);
    m_clock->setObjectName(QStringLiteral("wallClock"));
    auto header = new QHBoxLayout(m_header);
    header->setContentsMargins(kGap, 0, kGap, 0);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_legend);
    header->addSpacing(24);
    header->addWidget(m_clock);

    m_spotlight = new QLabel(this);
    m_spotlight->setObjectName(QStringLiteral("wallSpotlight"));
    m_spotlight->setTextFormat(Qt::RichText);
    m_spotlight->setWordWrap(true);
    m_spotlight->hide();

    m_now = QDateTime::currentDateTimeUtc();
    m_tick = new QTimer(this);
    m_tick->setInterval(5000);
    connect(m_tick, &QTimer::timeout, this, &WallWindow::tick);
    m_tick->start();
    m_cycle = new QTimer(this);
    connect(m_cycle, &QTimer::timeout, this, &WallWindow::advanceSpotlight);

    retranslate();
    resize(1920, 1080);
}

WallWindow::~WallWindow() = default;

void WallWindow::retranslate()
{
    setWindowTitle(tr("Driftdeck wall"));
    m_title->setText(tr("Driftdeck — clusters: %1").arg(m_order.size()));
    QString legend;
    for (SyncState s : {SyncState::Synced, SyncState::Drifted, SyncState::Missing, SyncState::Extra, SyncState::Unknown}) {
        legend += QStringLiteral("<img src=\"%1\" width=16 height=16>&nbsp;%2&nbsp;&nbsp;&nbsp;")
                      .arg(models::StateStyle::iconPath(s), models::StateStyle::label(s).toHtmlEscaped());
    }
    m_legend->setText(legend);
}

void WallWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<WallTile *> WallWindow::tiles() const
{
    return m_order;
}

WallTile *WallWindow::tile(const QString &name) const
{
    return m_tiles.value(name);
}

void WallWindow::updateCluster(const WallClusterSummary &summary)
{
    WallTile *t = m_tiles.value(summary.name);
    const bool added = !t;
    if (added) {
        t = new WallTile(this);
        t->setObjectName(u"wallTile:" + summary.name);
        t->setPalette(palette());
        t->setNow(m_now);
        m_tiles.insert(summary.name, t);
        m_order.append(t);
    }
    t->setSummary(summary);
    if (added) {
        std::sort(m_order.begin(), m_order.end(),
                  [](WallTile *a, WallTile *b) { return a->summary().name < b->summary().name; });
    }
    if (added) {
        t->show();
        m_title->setText(tr("Driftdeck — clusters: %1").arg(m_order.size()));
        relayout();
    }
    if (!m_dataReadyEmitted && hasDataForAll()) {
        m_dataReadyEmitted = true;
        Q_EMIT dataReady();
    }
}

void WallWindow::setClusters(const QList<WallClusterSummary> &clusters)
{
    QSet<QString> names;
    for (const auto &c : clusters)
        names.insert(c.name);
    for (const QString &name : m_tiles.keys()) {
        if (!names.contains(name))
            removeCluster(name);
    }
    for (const auto &c : clusters)
        updateCluster(c);
}

void WallWindow::removeCluster(const QString &name)
{
    WallTile *t = m_tiles.take(name);
    if (!t)
        return;
    m_order.removeOne(t);
    t->deleteLater();
    m_title->setText(tr("Driftdeck — clusters: %1").arg(m_order.size()));
    relayout();
}

bool WallWindow::hasDataForAll() const
{
    if (m_order.isEmpty())
        return false;
    for (WallTile *t : m_order) {
        const auto &s = t->summary();
        if (s.connection == WallClusterSummary::Connection::Connecting && !s.lastGoodData.isValid())
            return false;
    }
    return true;
}

QRect WallWindow::tileArea() const
{
    const qreal scale = std::max<qreal>(0.6, height() / 1080.0);
    const int header = int(kHeaderHeight1080 * scale);
    const int spot = m_spotlight->isVisible() ? int(kSpotlightHeight1080 * scale) + kGap : 0;
    return QRect(kGap, header, width() - 2 * kGap, height() - header - kGap - spot);
}

void WallWindow::relayout()
{
    const qreal scale = std::max<qreal>(0.6, height() / 1080.0);
    const int headerH = int(kHeaderHeight1080 * scale);
    m_header->setGeometry(0, 0, width(), headerH);
    QFont hf = font();
    hf.setPointSizeF(16 * scale);
    hf.setBold(true);
    m_title->setFont(hf);
    hf.setBold(false);
    m_clock->setFont(hf);
    QFont lf = font();
    lf.setPointSizeF(10.5 * scale);
    m_legend->setFont(lf);
    const QRect area = tileArea();
    if (m_spotlight->isVisible()) {
        m_spotlight->setGeometry(kGap, area.bottom() + kGap, width() - 2 * kGap, int(kSpotlightHeight1080 * scale));
        QFont sf = font();
        sf.setPointSizeF(13 * scale);
        m_spotlight->setFont(sf);
    }
    m_layout = layoutWall(int(m_order.size()), area, kGap);
    for (int i = 0; i < m_order.size(); ++i) {
        m_order[i]->setGeometry(m_layout.tiles[i]);
        m_order[i]->setDetail(m_layout.detail, m_layout.fontScale);
    }
}

void WallWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WallWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    if (event->key() == Qt::Key_C) {
        setCycling(!isCycling());
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallWindow::setNow(const QDateTime &now)
{
    m_fixedNow = true;
    m_now = now;
    for (WallTile *t : std::as_const(m_order))
        t->setNow(m_now);
    m_clock->setText(QLocale().toString(m_now.toLocalTime().time(), QLocale::ShortFormat));
}

void WallWindow::tick()
{
    if (!m_fixedNow)
        m_now = QDateTime::currentDateTimeUtc();
    for (WallTile *t : std::as_const(m_order))
        t->setNow(m_now);
    m_clock->setText(QLocale().toString(m_now.toLocalTime().time(), QLocale::ShortFormat));
}

void WallWindow::setCycling(bool on, int intervalMs)
{
    m_cycle->setInterval(intervalMs);
    if (on) {
        m_spotlight->show();
        m_cycle->start();
        advanceSpotlight();
    } else {
        m_cycle->stop();
        m_spotlight->hide();
    }
    relayout();
}

bool WallWindow::isCycling() const
{
    return m_cycle->isActive();
}

QString WallWindow::spotlightText() const
{
    return m_spotlight->text();
}

void WallWindow::advanceSpotlight()
{
    QList<WallTile *> drifted;
    for (WallTile *t : std::as_const(m_order)) {
        if (!t->summary().topDrift.isEmpty() && !t->isUnreachable())
            drifted.append(t);
    }
    if (drifted.isEmpty()) {
        m_spotlight->setText(tr("No drift anywhere."));
        return;
    }
    m_spotlightIndex = (m_spotlightIndex + 1) % int(drifted.size());
    const WallClusterSummary &s = drifted[m_spotlightIndex]->summary();
    QStringList items;
    for (const WallDriftItem &d : s.topDrift.mid(0, 3)) {
        items << tr("%1 <b>%2</b> changed by %3 %4")
                     .arg(d.resource.toHtmlEscaped(), d.field.toHtmlEscaped(),
                          d.manager.isEmpty() ? tr("an unknown manager") : d.manager.toHtmlEscaped(), wallAge(d.time, m_now));
    }
    m_spotlight->setText(u"<b>" + s.name.toHtmlEscaped() + u"</b>: " + items.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

} // namespace driftdeck::views
