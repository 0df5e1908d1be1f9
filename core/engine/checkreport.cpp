// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/checkreport.h"

#include <QCoreApplication>
#include <QXmlStreamWriter>

namespace driftdeck::engine {

bool FailOn::parse(const QString &text, FailOn *out, QString *error)
{
    FailOn f;
    f.drift = f.missing = f.extra = f.unknown = false;
    for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toLower();
        if (w == u"drift" || w == u"drifted")
            f.drift = true;
        else if (w == u"missing")
            f.missing = true;
        else if (w == u"extra")
            f.extra = true;
        else if (w == u"unknown")
            f.unknown = true;
        else {
            *error = QCoreApplication::translate("check", "unknown state '%1' in --fail-on (use drift, missing, extra, unknown)").arg(word);
            return false;
        }
    }
    *out = f;
    return true;
}

namespace {

bool fails(SyncState s, const FailOn &f)
{
    switch (s) {
    case SyncState::Drifted: return f.drift;
    case SyncState::Missing: return f.missing;
    case SyncState::Extra: return f.extra;
    case SyncState::Unknown: return f.unknown;
    case SyncState::Synced:
    case SyncState::Ignored: return false;
    }
    return false;
}

QString stateWord(SyncState s)
{
    switch (s) {
    case SyncState::Drifted: return QCoreApplication::translate("check", "drifted");
    case SyncState::Missing: return QCoreApplication::translate("check", "missing from the cluster");
    case SyncState::Extra: return QCoreApplication::translate("check", "extra (not in Git)");
    case SyncState::Ignored: return QCoreApplication::translate("check", "ignored");
    case SyncState::Unknown: return QCoreApplication::translate("check", "unknown");
    case SyncState::Synced: return QCoreApplication::translate("check", "in sync");
    }
    return {};
}

} // namespace

int checkExitCode(const QList<ClusterReport> &reports, const FailOn &failOn)
{
    for (const ClusterReport &c : reports) {
        for (const drift::ResourceResult &r : c.resources) {
            if (fails(r.state, failOn))
                return 1;
        }
    }
    return 0;
}

QString formatText(const QList<ClusterReport> &reports, bool includeSynced)
{
    QString out;
    for (const ClusterReport &c : reports) {
        if (!c.reachable) {
            out += QCoreApplication::translate("check", "✗ %1: unreachable: %2").arg(c.context, c.message) + u'\n';
            continue;
        }
        int counts[6] = {};
        for (const auto &r : c.resources)
            ++counts[size_t(r.state)];
        out += QCoreApplication::translate("check", "● %1: %2 resources, %3 drifted, %4 missing, %5 extra, %6 unknown")
                   .arg(c.context)
                   .arg(c.resources.size())
                   .arg(counts[size_t(SyncState::Drifted)])
                   .arg(counts[size_t(SyncState::Missing)])
                   .arg(counts[size_t(SyncState::Extra)])
                   .arg(counts[size_t(SyncState::Unknown)])
               + u'\n';
        if (!c.message.isEmpty())
            out += u"  " + c.message + u'\n';
        for (const auto &r : c.resources) {
            if (r.state == SyncState::Synced && !includeSynced)
                continue;
            QString line = u"► " + r.key.displayName() + u' ' + stateWord(r.state);
            if (!r.reason.isEmpty())
                line += u": " + r.reason;
            out += line + u'\n';
            for (const auto &ch : r.changes) {
                QString detail;
                switch (ch.op) {
                case drift::FieldChange::Op::Replace:
                    detail = QCoreApplication::translate("check", "%1: %2 -> %3").arg(ch.field, ch.gitValue, ch.liveValue);
                    break;
                case drift::FieldChange::Op::Add:
                    detail = QCoreApplication::translate("check", "%1: not in Git, live %2").arg(ch.field, ch.liveValue);
                    break;
                case drift::FieldChange::Op::Remove:
                    detail = QCoreApplication::translate("check", "%1: Git %2, not live").arg(ch.field, ch.gitValue);
                    break;
                }
                if (ch.removedInGit)
                    detail += u' ' + QCoreApplication::translate("check", "(removed in Git)");
                if (!ch.manager.isEmpty()) {
                    detail += u' '
                              + (ch.time.isValid()
                                     ? QCoreApplication::translate("check", "changed by %1 at %2")
                                           .arg(ch.manager, ch.time.toUTC().toString(Qt::ISODate))
                                     : QCoreApplication::translate("check", "changed by %1").arg(ch.manager));
                }
                out += u"    " + detail + u'\n';
            }
        }
    }
    return out;
}

QByteArray formatJson(const QList<ClusterReport> &reports)
{
    nlohmann::json clusters = nlohmann::json::array();
    for (const ClusterReport &c : reports) {
        nlohmann::json resources = nlohmann::json::array();
        for (const auto &r : c.resources)
            resources.push_back(drift::toJson(r));
        nlohmann::json cj{{"context", c.context.toStdString()},
                          {"status", c.reachable ? "live" : "unreachable"},
                          {"resources", std::move(resources)}};
        if (!c.message.isEmpty())
            cj["message"] = c.message.toStdString();
        clusters.push_back(std::move(cj));
    }
    const nlohmann::json doc{{"clusters", std::move(clusters)}};
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

QByteArray formatJunit(const QList<ClusterReport> &reports, const FailOn &failOn)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("driftdeck check"));
    for (const ClusterReport &c : reports) {
        int failures = 0;
        for (const auto &r : c.resources)
            failures += fails(r.state, failOn) ? 1 : 0;
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), c.context);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(c.reachable ? c.resources.size() : 1));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        xml.writeAttribute(QStringLiteral("errors"), c.reachable ? QStringLiteral("0") : QStringLiteral("1"));
        if (!c.reachable) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("name"), QStringLiteral("connect"));
            xml.writeAttribute(QStringLiteral("classname"), c.context);
            xml.writeStartElement(QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("message"), c.message);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (const auto &r : c.resources) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("name"), r.key.displayName());
            xml.writeAttribute(QStringLiteral("classname"), c.context + u'.' + (r.key.group.isEmpty() ? QStringLiteral("core") : r.key.group) + u'.' + r.key.kind);
            if (fails(r.state, failOn)) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("type"), syncStateName(r.state));
                xml.writeAttribute(QStringLiteral("message"), r.reason.isEmpty() ? syncStateName(r.state) : r.reason);
                QStringList lines;
                for (const auto &ch : r.changes)
                    lines << ch.field + u": " + ch.gitValue + u" -> " + ch.liveValue + (ch.manager.isEmpty() ? QString() : u" (" + ch.manager + u')');
                xml.writeCharacters(lines.join(u'\n'));
                xml.writeEndElement();
            } else if (r.state == SyncState::Ignored) {
                xml.writeEmptyElement(QStringLiteral("skipped"));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray formatWatchLine(const drift::ResourceResult &result)
{
    nlohmann::json j = drift::toJson(result);
    j["cluster"] = result.cluster.toStdString();
    return QByteArray::fromStdString(j.dump()) + '\n';
}

QByteArray formatWatchRemovedLine(const QString &cluster, const ResourceKey &key)
{
    const nlohmann::json j{{"cluster", cluster.toStdString()}, {"group", key.group.toStdString()},
                           {"kind", key.kind.toStdString()},    {"namespace", key.ns.toStdString()},
                           {"name", key.name.toStdString()},    {"removed", true}};
    return QByteArray::fromStdString(j.dump()) + '\n';
}

} // namespace driftdeck::engine
