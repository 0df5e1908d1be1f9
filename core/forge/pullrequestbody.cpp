// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/pullrequestbody.h"

#include <QSet>
#include <QTimeZone>

namespace driftdeck::forge {

namespace {
constexpr qsizetype kMaxCell = 200;
}

QString PullRequestBody::cell(const QString &value)
{
    QString text = value;
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    if (text.size() > kMaxCell)
        text = text.left(kMaxCell) + u'…';
    text.replace(u'|', QStringLiteral("\\|"));
    const QString fence = text.contains(u'`') ? QStringLiteral("``") : QStringLiteral("`");
    const QString pad = text.contains(u'`') ? QStringLiteral(" ") : QString();
    return fence + pad + text + pad + fence;
}

QString PullRequestBody::title(const QList<drift::ResourceResult> &results)
{
    if (results.isEmpty())
        return tr("Make Git match the cluster");
    QSet<QString> clusters;
    for (const auto &r : results)
        clusters.insert(r.cluster);
    const QString cluster = results.front().cluster;
    if (results.size() == 1)
        return tr("Make Git match %1 in %2").arg(results.front().key.displayName(), cluster);
    if (clusters.size() == 1)
        return tr("Make Git match %n resources in %1", nullptr, int(results.size())).arg(cluster);
    return tr("Make Git match %n resources", nullptr, int(results.size()));
}

QString PullRequestBody::build(const QList<drift::ResourceResult> &results)
{
    QStringList clusters;
    for (const auto &r : results) {
        if (!clusters.contains(r.cluster))
            clusters << r.cluster;
    }
    QStringList quoted;
    for (const QString &c : clusters)
        quoted << cell(c);
    QString body = tr("Driftdeck found that the live state in cluster %1 differs from Git. "
                      "This pull request makes Git match the live values below.")
                       .arg(quoted.join(QStringLiteral(", ")))
        + u"\n";

    const QString notSet = tr("(not set)");
    const QString unknown = tr("unknown");
    for (const auto &result : results) {
        body += u"\n### " + result.key.displayName() + u"\n\n";
        if (clusters.size() > 1)
            body += tr("Cluster: %1").arg(cell(result.cluster)) + u"\n\n";
        if (!result.sourceRef.path.isEmpty()) {
            QString source = cell(result.sourceRef.path);
            if (result.sourceRef.line > 0)
                source = tr("%1 line %2").arg(source).arg(result.sourceRef.line);
            if (!result.sourceRef.revision.isEmpty())
                source = tr("%1 at %2").arg(source, cell(result.sourceRef.revision.left(12)));
            body += tr("Source: %1").arg(source) + u"\n\n";
        }
        body += u"| " + tr("Field") + u" | " + tr("Git value") + u" | " + tr("Live value") + u" | " + tr("Changed by")
            + u" | " + tr("When") + u" |\n| --- | --- | --- | --- | --- |\n";
        for (const auto &change : result.changes) {
            const QString gitValue = change.op == drift::FieldChange::Op::Add ? notSet : cell(change.gitValue);
            const QString liveValue = change.op == drift::FieldChange::Op::Remove ? notSet : cell(change.liveValue);
            QString who = change.manager.isEmpty() ? unknown : cell(change.manager);
            if (!change.manager.isEmpty() && !change.operation.isEmpty())
                who += u" (" + change.operation + u')';
            const QString when = change.time.isValid()
                ? change.time.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                : unknown;
            body += u"| " + cell(change.field) + u" | " + gitValue + u" | " + liveValue + u" | " + who + u" | " + when + u" |\n";
        }
    }
    body += u"\n---\n" + tr("Opened by Driftdeck %1. Review the change before merging.").arg(QStringLiteral(DRIFTDECK_VERSION))
        + u"\n";
    return body;
}

} // namespace driftdeck::forge
