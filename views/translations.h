// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace driftdeck::views {

// Installs Driftdeck's and Qt's own translations for `language` ("de", "ja", "en", or empty for
// the system locale). Returns the language actually loaded ("en" when none matched).
QString installTranslations(const QString &language);

// Languages shipped with the application, English first.
QStringList availableLanguages();

} // namespace driftdeck::views
