// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QSize>

namespace driftdeck::views {

// How much a tile shows, by the room it gets.
enum class WallDetail : quint8 {
    Compact, // name, verdict, counts strip, age
    Full     // plus the donut, the 24 h trend, revisions and top drift
};

struct WallLayoutResult
{
    int columns = 0;
    int rows = 0;
    QList<QRect> tiles;
    WallDetail detail = WallDetail::Compact;
    qreal fontScale = 1.0; // relative to a 1080p screen
};

// Smallest tile that is still readable from across a room at 1080p (scaled with the screen).
inline constexpr QSize kWallMinTile1080(200, 110);

// Lays out `count` tiles in `area` (the wall minus its header): the grid that gives the
// largest tiles with an aspect between 4:3 and 2:1, gaps between tiles, no overlap.
WallLayoutResult layoutWall(int count, const QRect &area, int gap);

} // namespace driftdeck::views
