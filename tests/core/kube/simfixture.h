// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared helpers for suites that run the client against an in-process kube-sim.

#include "core/kube/kubeclient.h"
#include "core/kube/kubeconfig.h"
#include "core/kube/livestore.h"

#include "kubesim.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

namespace simfixture {

using namespace driftdeck;
using namespace driftdeck::kube;

inline ResolvedContext resolveSim(const kubesim::Server &server, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("kubeconfig"));
    if (!server.writeKubeconfig(path.toStdString()))
        qFatal("kube-sim could not write its kubeconfig");
    auto cfg = Kubeconfig::load({path}, true);
    if (!cfg)
        qFatal("kubeconfig from kube-sim does not load: %s", qPrintable(cfg.error().fullText()));
    auto ctx = cfg->resolve();
    if (!ctx)
        qFatal("kubeconfig from kube-sim does not resolve: %s", qPrintable(ctx.error().fullText()));
    return *ctx;
}

inline std::shared_ptr<KubeClient> clientFor(ResolvedContext ctx, KubeClient::Options options = {})
{
    auto client = KubeClient::create(ctx, options);
    if (!client)
        qFatal("client: %s", qPrintable(client.error().fullText()));
    return *client;
}

// "group/Kind/ns/name" -> resourceVersion for the given kinds.
inline std::map<QString, std::string> serverState(const kubesim::Server &server, const QSet<GroupKind> &kinds)
{
    std::map<QString, std::string> out;
    for (const auto &o : server.objects()) {
        const QString apiVersion = QString::fromStdString(o.value("apiVersion", std::string()));
        const GroupKind gk{groupOfApiVersion(apiVersion), QString::fromStdString(o.value("kind", std::string()))};
        if (!kinds.contains(gk))
            continue;
        const auto &md = o["metadata"];
        const ResourceKey key{gk.group, gk.kind, QString::fromStdString(md.value("namespace", std::string())),
                              QString::fromStdString(md.value("name", std::string()))};
        out[key.toString()] = md.value("resourceVersion", std::string());
    }
    return out;
}

inline std::map<QString, std::string> storeState(const LiveStore &store, const QSet<GroupKind> &kinds)
{
    std::map<QString, std::string> out;
    for (const auto &o : store.allObjects()) {
        if (kinds.contains(GroupKind{o.key.group, o.key.kind}))
            out[o.key.toString()] = o.resourceVersion;
    }
    return out;
}

inline nlohmann::json configMap(const std::string &ns, const std::string &name, const std::string &value)
{
    return {{"apiVersion", "v1"},
            {"kind", "ConfigMap"},
            {"metadata", {{"namespace", ns}, {"name", name}}},
            {"data", {{"value", value}}}};
}

} // namespace simfixture
