// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/walllayout.h"

#include <algorithm>
#include <cmath>

namespace driftdeck::views {

WallLayoutResult layoutWall(int count, const QRect &area, int gap)
{
    WallLayoutResult best;
    if (count <= 0 || area.isEmpty())
        return best;
    double bestScore = -1;
    for (int cols = 1; cols <= count; ++cols) {
        const int rows = (count + cols - 1) / cols;
        const double w = double(area.width() - gap * (cols - 1)) / cols;
        const double h = double(area.height() - gap * (rows - 1)) / rows;
        if (w <= 0 || h <= 0)
            continue;
        // Tiles are drawn at most 2:1 wide and 4:3 tall-ish; the usable area counts.
        const double usableW = std::min(w, h * 2.0);
        const double usableH = std::min(h, w * 0.75 > h ? h : w * 0.75);
        const double score = usableW * usableH - (rows * cols - count) * 0.01;
        if (score > bestScore) {
            bestScore = score;
            best.columns = cols;
            best.rows = rows;
        }
    }
    const int cols = best.columns;
    const int rows = best.rows;
    const int tileW = (area.width() - gap * (cols - 1)) / cols;
    const int tileH = (area.height() - gap * (rows - 1)) / rows;
    // Centre the last, possibly shorter, row.
    for (int i = 0; i < count; ++i) {
        const int r = i / cols;
        const int c = i % cols;
        const int inRow = (r == rows - 1) ? count - r * cols : cols;
        const int rowOffset = (cols - inRow) * (tileW + gap) / 2;
        best.tiles.append(QRect(area.left() + rowOffset + c * (tileW + gap), area.top() + r * (tileH + gap), tileW, tileH));
    }
    const qreal scale = area.height() / 1000.0; // ~1 at 1080p, ~2 at 2160p
    best.fontScale = std::max<qreal>(0.6, scale);
    best.detail = (tileW >= 360 * scale && tileH >= 230 * scale) ? WallDetail::Full : WallDetail::Compact;
    return best;
}

} // namespace driftdeck::views
