// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/driftreport.h"

#include "models/statestyle.h"

#include <nlohmann/json.hpp>

namespace driftdeck::models {

QByteArray DriftReport::toJson(const QList<drift::ResourceResult> &results, const QDateTime &generated)
{
    nlohmann::json resources = nlohmann::json::array();
    for (const drift::ResourceResult &r : results) {
        nlohmann::json j = drift::toJson(r);
        j["cluster"] = r.cluster.toStdString();
        j["sourceId"] = r.source.toStdString();
        resources.push_back(std::move(j));
    }
    const nlohmann::json doc{{"generated", generated.toUTC().toString(Qt::ISODate).toStdString()},
                             {"resources", std::move(resources)}};
    return QByteArray::fromStdString(doc.dump(2));
}

QString DriftReport::toHtml(const QList<drift::ResourceResult> &results, const QDateTime &generated)
{
    QString html;
    html += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + tr("Drift report").toHtmlEscaped()
            + u"</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}"
              u"td,th{border:1px solid #ccd6dd;padding:2px 6px;text-align:left;vertical-align:top}"
              u"code{white-space:pre-wrap}</style></head><body>\n";
    html += u"<h1>" + tr("Drift report").toHtmlEscaped() + u"</h1>\n<p>"
            + tr("Generated %1").arg(generated.toUTC().toString(Qt::ISODate)).toHtmlEscaped() + u"</p>\n";
    for (const drift::ResourceResult &r : results) {
        const QString color = StateStyle::color(r.state).name();
        html += u"<h2>" + r.key.displayName().toHtmlEscaped() + u"</h2>\n<p><b style=\"color:" + color + u"\">"
                + StateStyle::label(r.state).toHtmlEscaped() + u"</b> · "
                + tr("cluster %1, source %2").arg(r.cluster, r.source).toHtmlEscaped();
        if (!r.reason.isEmpty())
            html += u" · " + r.reason.toHtmlEscaped();
        html += u"</p>\n";
        if (!r.sourceRef.path.isEmpty())
            html += u"<p>" + tr("Declared in %1:%2 at %3").arg(r.sourceRef.path).arg(r.sourceRef.line).arg(r.sourceRef.revision.left(12)).toHtmlEscaped() + u"</p>\n";
        if (r.changes.isEmpty())
            continue;
        html += u"<table><tr><th>" + tr("Field").toHtmlEscaped() + u"</th><th>" + tr("Git").toHtmlEscaped()
                + u"</th><th>" + tr("Live").toHtmlEscaped() + u"</th><th>" + tr("Changed by").toHtmlEscaped()
                + u"</th><th>" + tr("When").toHtmlEscaped() + u"</th></tr>\n";
        for (const drift::FieldChange &c : r.changes) {
            html += u"<tr><td><code>" + c.field.toHtmlEscaped() + u"</code></td><td><code>"
                    + c.gitValue.toHtmlEscaped() + u"</code></td><td><code>" + c.liveValue.toHtmlEscaped()
                    + u"</code></td><td>" + c.manager.toHtmlEscaped() + u"</td><td>"
                    + (c.time.isValid() ? c.time.toUTC().toString(Qt::ISODate) : QString()) + u"</td></tr>\n";
        }
        html += u"</table>\n";
    }
    html += u"</body></html>\n";
    return html;
}

QString DriftReport::toPatch(const drift::SideBySide &diff, const QString &path, int context)
{
    const QStringList left = diff.leftText.split(u'\n');
    const QStringList right = diff.rightText.split(u'\n');
    const auto &rows = diff.rows;
    QString out = u"--- a/" + path + u"\n+++ b/" + path + u'\n';
    const qsizetype n = rows.size();
    qsizetype i = 0;
    while (i < n) {
        if (rows[i].kind == drift::DiffRow::Kind::Same) {
            ++i;
            continue;
        }
        // A hunk: from `context` rows before this change to `context` rows after the last change
        // that is closer than 2*context to the previous one.
        const qsizetype start = qMax<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype j = i;
        while (j < n) {
            if (rows[j].kind != drift::DiffRow::Kind::Same) {
                end = j;
                ++j;
                continue;
            }
            if (j - end > 2 * context)
                break;
            ++j;
        }
        const qsizetype stop = qMin(n, end + context + 1);
        int leftStart = -1, rightStart = -1, leftCount = 0, rightCount = 0;
        QString body;
        for (qsizetype k = start; k < stop; ++k) {
            const drift::DiffRow &row = rows[k];
            if (row.leftLine >= 0) {
                if (leftStart < 0)
                    leftStart = row.leftLine;
                ++leftCount;
            }
            if (row.rightLine >= 0) {
                if (rightStart < 0)
                    rightStart = row.rightLine;
                ++rightCount;
            }
            if (row.kind == drift::DiffRow::Kind::Same) {
                body += u' ' + left.value(row.leftLine) + u'\n';
                continue;
            }
            if (row.leftLine >= 0)
                body += u'-' + left.value(row.leftLine) + u'\n';
            if (row.rightLine >= 0)
                body += u'+' + right.value(row.rightLine) + u'\n';
        }
        // A pure addition has no left lines: unified diff names the line before it, count 0.
        auto range = [](int startLine, int count) -> QString {
            const int first = count == 0 ? qMax(0, startLine) : startLine + 1;
            return QString::number(first) + u',' + QString::number(count);
        };
        if (leftStart < 0)
            leftStart = 0;
        if (rightStart < 0)
            rightStart = 0;
        out += u"@@ -" + range(leftStart, leftCount) + u" +" + range(rightStart, rightCount) + u" @@\n" + body;
        i = stop;
    }
    return out;
}

} // namespace driftdeck::models
