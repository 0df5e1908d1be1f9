// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>

#include <cstdio>

namespace driftdeck::app {

bool saveScreenshot(QWidget *widget, const QString &file)
{
    const QFileInfo info(file);
    QDir().mkpath(info.absolutePath());
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
        std::fprintf(stderr, "driftdeck: %s\n",
                     qPrintable(QCoreApplication::translate("main", "cannot write screenshot to %1").arg(file)));
        return false;
    }
    return true;
}

} // namespace driftdeck::app
