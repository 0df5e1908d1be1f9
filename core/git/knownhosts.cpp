// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/git/knownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace driftdeck::git {

namespace {

bool hostMatches(const QString &pattern, const QString &name)
{
    if (pattern.startsWith(QStringLiteral("|1|"))) {
        const QStringList parts = pattern.split(u'|');
        if (parts.size() < 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
        return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
    }
    if (pattern.contains(u'*') || pattern.contains(u'?')) {
        const QRegularExpression rx(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion),
                                    QRegularExpression::CaseInsensitiveOption);
        const auto m = rx.match(name);
        return m.hasMatch() && m.capturedLength() == name.size();
    }
    return pattern.compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace

QString KnownHosts::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::fingerprint(const QByteArray &keySha256)
{
    return QStringLiteral("SHA256:") + QString::fromLatin1(keySha256.toBase64(QByteArray::OmitTrailingEquals));
}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    return (port <= 0 || port == 22) ? host : u'[' + host + QStringLiteral("]:") + QString::number(port);
}

KnownHosts::Verdict KnownHosts::check(const QByteArray &content, const QString &host, int port, const QByteArray &keySha256)
{
    const QString name = hostPattern(host, port);
    bool hostSeen = false;
    bool trusted = false;
    for (const QByteArray &rawLine : content.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QString marker;
        if (!fields.isEmpty() && fields[0].startsWith(u'@'))
            marker = fields.takeFirst();
        if (fields.size() < 3 || marker == u"@cert-authority")
            continue;
        bool matched = false;
        bool negated = false;
        for (const QString &p : fields[0].split(u',')) {
            if (p.startsWith(u'!')) {
                if (hostMatches(p.mid(1), name))
                    negated = true;
            } else if (hostMatches(p, name)) {
                matched = true;
            }
        }
        if (!matched || negated)
            continue;
        const QByteArray key = QByteArray::fromBase64(fields[2].toLatin1());
        const bool sameKey = QCryptographicHash::hash(key, QCryptographicHash::Sha256) == keySha256;
        if (marker == u"@revoked") {
            if (sameKey)
                return Verdict::Revoked;
            continue;
        }
        hostSeen = true;
        trusted = trusted || sameKey;
    }
    if (trusted)
        return Verdict::Trusted;
    return hostSeen ? Verdict::Mismatch : Verdict::Unknown;
}

} // namespace driftdeck::git
