// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace/sourcespec.h"

#include <QRegularExpression>

namespace driftdeck::workspace {

QString trackingName(Tracking t)
{
    switch (t) {
    case Tracking::None:
        return QStringLiteral("none");
    case Tracking::Flux:
        return QStringLiteral("flux");
    case Tracking::ArgoCd:
        return QStringLiteral("argocd");
    case Tracking::Labels:
        return QStringLiteral("labels");
    }
    return {};
}

Tracking trackingFromName(const QString &name, bool *ok)
{
    const QString n = name.toLower();
    if (ok)
        *ok = true;
    if (n.isEmpty() || n == u"none")
        return Tracking::None;
    if (n == u"flux")
        return Tracking::Flux;
    if (n == u"argocd" || n == u"argo")
        return Tracking::ArgoCd;
    if (n == u"labels" || n == u"label")
        return Tracking::Labels;
    if (ok)
        *ok = false;
    return Tracking::None;
}

QString commitOfRevision(const QString &revision)
{
    static const QRegularExpression sha(QStringLiteral("(?:^|[@:])([0-9a-f]{40}|[0-9a-f]{64})$"));
    const auto m = sha.match(revision);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace driftdeck::workspace
