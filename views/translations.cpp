// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace driftdeck::views {

namespace {
QTranslator *s_app = nullptr;
QTranslator *s_qt = nullptr;

void removeInstalled()
{
    for (QTranslator **t : {&s_app, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QString installTranslations(const QString &language)
{
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto app = new QTranslator;
    if (!app->load(locale, QStringLiteral("driftdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // English is the source language; its catalogue only holds plural forms.
        if (app->load(QStringLiteral("driftdeck_en"), QStringLiteral(":/i18n"))) {
            s_app = app;
            QCoreApplication::installTranslator(s_app);
        } else {
            delete app;
        }
        QLocale::setDefault(QLocale(QLocale::English));
        return QStringLiteral("en");
    }
    s_app = app;
    QCoreApplication::installTranslator(s_app);
    auto qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        s_qt = qt;
        QCoreApplication::installTranslator(s_qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return locale.name().section(u'_', 0, 0);
}

} // namespace driftdeck::views
