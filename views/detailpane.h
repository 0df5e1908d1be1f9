// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/drift/driftresult.h"
#include "models/clusterstatus.h"
#include "models/resourcebatch.h"

#include <QDateTime>
#include <QTextBrowser>
#include <QUrl>

namespace driftdeck::views {

// One Kubernetes Event about the selected object (core/v1 Event, newest first).
struct ObjectEvent
{
    QString type;    // "Normal", "Warning"
    QString reason;  // "ScalingReplicaSet"
    QString message;
    QString source;  // reporting component
    int count = 1;
    QDateTime last;

    bool operator==(const ObjectEvent &) const = default;
};

// The answer to "events of this object", read asynchronously from the cluster.
struct ObjectEvents
{
    enum class State : quint8 { Loading, Loaded, Forbidden, Failed };
    State state = State::Loading;
    QList<ObjectEvent> events;
    QString error; // Failed: why, in words

    bool operator==(const ObjectEvents &) const = default;
};

// What a selected resource is and where it comes from: state and health, the source file and
// line at the commit (linked to the forge when the remote is a known one), the applied
// revision against the branch head, the owner chain, and the object's events when readable
// (forbidden or none is a short note, never an error dialog).
class DetailPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showResult(const drift::ResourceResult &result, const models::SourceStatus *source);
    void showCluster(const models::ClusterStatus &cluster);
    void showSource(const models::SourceStatus &source);
    // An object a workload owns (a ReplicaSet or Pod row): health and owner chain, nearest first.
    void showOwned(const models::OwnedObject &owned, const QStringList &owners);
    void showNothing();
    // The events section under the shown resource.
    void setEvents(const ObjectEvents &events);
    const ObjectEvents &events() const { return m_events; }

    static QString resultHtml(const drift::ResourceResult &result, const models::SourceStatus *source);
    // https://github.com/o/r(.git) -> https://github.com/o/r/blob/REV/PATH#LLINE; GitLab uses /-/blob/;
    // Gitea and Forgejo /src/commit/. Empty for a local path or an unknown host.
    static QUrl forgeFileUrl(const QString &repo, const QString &revision, const QString &path, int line);
    static QString eventsHtml(const ObjectEvents &events);

private:
    QString m_resultHtml;
    ObjectEvents m_events;
};

} // namespace driftdeck::views
