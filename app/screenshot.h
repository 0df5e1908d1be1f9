// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace driftdeck::app {

// Saves `widget` as a PNG; the widget must be shown and laid out. Returns false with a message
// on stderr when the file cannot be written.
bool saveScreenshot(QWidget *widget, const QString &file);

} // namespace driftdeck::app
