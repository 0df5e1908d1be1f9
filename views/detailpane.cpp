// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/detailpane.h"

#include "models/resourcetreemodel.h"
#include "models/statestyle.h"

#include <QScrollBar>

namespace driftdeck::views {

using models::StateStyle;

DetailPane::DetailPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("detailPane"));
    setOpenExternalLinks(true);
    setFrameShape(QFrame::NoFrame);
    showNothing();
}

QUrl DetailPane::forgeFileUrl(const QString &repo, const QString &revision, const QString &path, int line)
{
    QString r = repo.trimmed();
    // scp-like "git@github.com:o/r.git"
    if (r.startsWith(u"git@")) {
        r = r.mid(4);
        r.replace(r.indexOf(u':'), 1, u'/');
        r = u"https://" + r;
    }
    QUrl url(r);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || revision.isEmpty() || path.isEmpty())
        return {};
    QString project = url.path();
    if (project.endsWith(u".git"))
        project.chop(4);
    const QString host = url.host().toLower();
    QString blob;
    if (host.contains(u"github"))
        blob = QStringLiteral("/blob/");
    else if (host.contains(u"gitlab"))
        blob = QStringLiteral("/-/blob/");
    else if (host.contains(u"gitea") || host.contains(u"codeberg") || host.contains(u"forgejo"))
        blob = QStringLiteral("/src/commit/");
    else
        return {};
    QUrl out;
    out.setScheme(QStringLiteral("https"));
    out.setHost(url.host());
    if (url.port() > 0)
        out.setPort(url.port());
    out.setPath(project + blob + revision + u'/' + path);
    if (line > 0)
        out.setFragment(u"L" + QString::number(line));
    return out;
}

QString DetailPane::resultHtml(const drift::ResourceResult &r, const models::SourceStatus *source)
{
    QString html = u"<h3>" + r.key.displayName().toHtmlEscaped() + u"</h3>";
    html += u"<p><b style=\"color:" + StateStyle::color(r.state).name() + u"\">" + StateStyle::label(r.state).toHtmlEscaped()
            + u"</b>";
    if (!r.reason.isEmpty())
        html += u" · " + r.reason.toHtmlEscaped();
    html += u"<br>" + tr("Health: %1").arg(StateStyle::label(r.health)).toHtmlEscaped();
    if (!r.healthMessage.isEmpty())
        html += u" · " + r.healthMessage.toHtmlEscaped();
    html += u"<br>" + tr("Cluster %1, source %2").arg(r.cluster, r.source).toHtmlEscaped() + u"</p>";
    if (!r.sourceRef.path.isEmpty()) {
        const QString where = r.sourceRef.line > 0 ? r.sourceRef.path + u':' + QString::number(r.sourceRef.line)
                                                   : r.sourceRef.path;
        const QString text = tr("%1 at %2").arg(where, r.sourceRef.revision.left(12));
        const QUrl url = forgeFileUrl(r.sourceRef.repo, r.sourceRef.revision, r.sourceRef.path, r.sourceRef.line);
        html += u"<p>" + tr("Declared in:").toHtmlEscaped() + u" ";
        if (url.isValid())
            html += u"<a href=\"" + url.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">" + text.toHtmlEscaped() + u"</a>";
        else
            html += text.toHtmlEscaped();
        html += u"<br><small>" + r.sourceRef.repo.toHtmlEscaped() + u"</small></p>";
    } else if (r.state == SyncState::Extra) {
        html += u"<p>" + tr("Not declared in any Git source.").toHtmlEscaped() + u"</p>";
    }
    if (source && !source->appliedRevision.isEmpty()) {
        QString line = tr("Applied revision %1").arg(source->appliedRevision.left(12));
        if (!source->headRevision.isEmpty()) {
            if (source->headRevision == source->appliedRevision)
                line = tr("Applied revision %1, the head of %2").arg(source->appliedRevision.left(12), source->branch);
            else
                line = tr("Applied revision %1, behind the head of %2 (%3)")
                           .arg(source->appliedRevision.left(12), source->branch, source->headRevision.left(12));
        }
        html += u"<p>" + line.toHtmlEscaped() + u"</p>";
    }
    if (!r.owners.isEmpty()) {
        html += u"<p>" + tr("Owned by:").toHtmlEscaped() + u"<br>";
        for (const ResourceKey &o : r.owners)
            html += u"&nbsp;&nbsp;" + o.displayName().toHtmlEscaped() + u"<br>";
        html += u"</p>";
    }
    return html;
}

void DetailPane::showResult(const drift::ResourceResult &result, const models::SourceStatus *source)
{
    m_resultHtml = resultHtml(result, source);
    m_events = {};
    setHtml(m_resultHtml);
}

void DetailPane::setEvents(const ObjectEvents &events)
{
    m_events = events;
    const int scroll = verticalScrollBar()->value();
    setHtml(m_resultHtml + eventsHtml(events));
    verticalScrollBar()->setValue(scroll);
}

QString DetailPane::eventsHtml(const ObjectEvents &e)
{
    QString html = u"<p><b>" + tr("Events").toHtmlEscaped() + u"</b><br>";
    switch (e.state) {
    case ObjectEvents::State::Loading: html += u"<i>" + tr("Reading events…").toHtmlEscaped() + u"</i>"; break;
    case ObjectEvents::State::Forbidden:
        html += u"<i>" + tr("Events are not readable with your permissions.").toHtmlEscaped() + u"</i>";
        break;
    case ObjectEvents::State::Failed:
        html += u"<i>" + tr("Events could not be read: %1").arg(e.error).toHtmlEscaped() + u"</i>";
        break;
    case ObjectEvents::State::Loaded:
        if (e.events.isEmpty()) {
            html += u"<i>" + tr("No recent events for this object.").toHtmlEscaped() + u"</i>";
            break;
        }
        for (const ObjectEvent &ev : e.events) {
            const bool warning = ev.type == u"Warning";
            html += u"<span style=\"color:" + (warning ? QStringLiteral("#c0392b") : QStringLiteral("#2e7d32")) + u"\">"
                    + ev.type.toHtmlEscaped() + u"</span> <b>" + ev.reason.toHtmlEscaped() + u"</b> " + ev.message.toHtmlEscaped();
            QStringList meta;
            if (ev.count > 1)
                meta << tr("%1 times").arg(ev.count);
            if (ev.last.isValid())
                meta << ev.last.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            if (!ev.source.isEmpty())
                meta << ev.source;
            if (!meta.isEmpty())
                html += u" <small>(" + meta.join(QStringLiteral(", ")).toHtmlEscaped() + u")</small>";
            html += u"<br>";
        }
        break;
    }
    return html + u"</p>";
}

void DetailPane::showCluster(const models::ClusterStatus &cluster)
{
    m_resultHtml.clear();
    setHtml(u"<h3>" + cluster.name.toHtmlEscaped() + u"</h3><p>"
            + models::ResourceTreeModel::clusterStatusText(cluster).toHtmlEscaped() + u"</p>");
}

void DetailPane::showSource(const models::SourceStatus &s)
{
    m_resultHtml.clear();
    QString html = u"<h3>" + s.source.toHtmlEscaped() + u"</h3><p>" + s.origin.toHtmlEscaped();
    if (!s.repo.isEmpty())
        html += u"<br>" + s.repo.toHtmlEscaped();
    if (!s.branch.isEmpty())
        html += u"<br>" + tr("Branch %1").arg(s.branch).toHtmlEscaped();
    html += u"</p>";
    if (!s.errors.isEmpty()) {
        html += u"<p><b>" + tr("Files that failed to render:").toHtmlEscaped() + u"</b><br>";
        for (const models::RenderError &e : s.errors)
            html += e.file.toHtmlEscaped() + (e.line > 0 ? u":" + QString::number(e.line) : QString()) + u": "
                    + e.message.toHtmlEscaped() + u"<br>";
        html += u"</p>";
    }
    setHtml(html);
}

void DetailPane::showOwned(const models::OwnedObject &o, const QStringList &owners)
{
    m_events = {};
    QString html = u"<h3>" + o.key.displayName().toHtmlEscaped() + u"</h3><p>";
    if (o.healthRead) {
        html += tr("Health: %1").arg(models::StateStyle::label(o.health)).toHtmlEscaped();
        if (!o.healthMessage.isEmpty())
            html += u" · " + o.healthMessage.toHtmlEscaped();
    } else {
        html += tr("Reading the object from the cluster…").toHtmlEscaped();
    }
    html += u"</p>";
    if (!owners.isEmpty())
        html += u"<p>" + tr("Owned by %1").arg(owners.join(QStringLiteral(" ← "))).toHtmlEscaped() + u"</p>";
    html += u"<p>" + tr("Created in the cluster by its owner; not declared in Git, so it has no sync state and no diff of its own.").toHtmlEscaped()
            + u"</p>";
    m_resultHtml = html; // the events follow
    setHtml(html);
}

void DetailPane::showNothing()
{
    m_resultHtml.clear();
    m_events = {};
    setHtml(QString());
}

} // namespace driftdeck::views
