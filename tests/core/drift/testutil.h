// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTest>

// Reads tests/core/drift/data/<name>.
inline nlohmann::json loadJson(const char *name)
{
    QFile f(QStringLiteral(DRIFTDECK_SOURCE_DIR "/tests/core/drift/data/") + QString::fromUtf8(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    const QByteArray bytes = f.readAll();
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
}

inline nlohmann::json parseJson(const QByteArray &text)
{
    return nlohmann::json::parse(text.constData(), text.constData() + text.size());
}

inline QByteArray dumpJson(const nlohmann::json &j)
{
    return QByteArray::fromStdString(j.dump(1));
}
