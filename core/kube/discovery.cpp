// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/discovery.h"

#include "core/common/logging.h"

#include <QCoreApplication>

#include <future>
#include <map>

namespace driftdeck::kube {

namespace {

struct Pending
{
    std::shared_ptr<KubeClient> client;
    Discovery::DoneFn done;
    DiscoveryResult result;
    std::map<QString, std::vector<ApiResource>> byGroupVersion; // keeps a stable order
    QStringList order;
    int outstanding = 0;
    bool failed = false;

    void finishOne()
    {
        if (--outstanding > 0 || failed)
            return;
        for (const QString &gv : order) {
            auto &list = byGroupVersion[gv];
            result.resources.insert(result.resources.end(), list.begin(), list.end());
        }
        done(std::move(result));
    }
    void fail(Error error)
    {
        if (failed)
            return;
        failed = true;
        done(std::move(error));
    }
};

QString str(const nlohmann::json &o, const char *key)
{
    if (!o.is_object())
        return {};
    auto it = o.find(key);
    return (it != o.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>()) : QString();
}

void fetchGroupVersion(const std::shared_ptr<Pending> &p, const QString &group, const QString &version)
{
    const QString gv = group.isEmpty() ? version : group + QLatin1Char('/') + version;
    p->order << gv;
    ++p->outstanding;
    ApiRequest req;
    req.path = group.isEmpty() ? "/api/" + version.toStdString() : "/apis/" + gv.toStdString();
    p->client->send(req, [p, gv, group, version](ApiResponse &&r) {
        if (r.ok()) {
            nlohmann::json doc = nlohmann::json::parse(r.body, nullptr, false);
            p->byGroupVersion[gv] = Discovery::parseResourceList(doc, group, version);
        } else if (!r.reachedServer()) {
            p->fail(r.error);
            return;
        } else {
            qCInfo(lcKube) << "discovery of" << gv << "failed:" << r.status;
            p->result.failedGroupVersions << gv;
        }
        p->finishOne();
    });
}

} // namespace

std::vector<ApiResource> Discovery::parseResourceList(const nlohmann::json &doc, const QString &group, const QString &version)
{
    std::vector<ApiResource> out;
    if (!doc.is_object())
        return out;
    auto resources = doc.find("resources");
    if (resources == doc.end() || !resources->is_array())
        return out;
    for (const auto &r : *resources) {
        if (!r.is_object())
            continue; // a hostile or broken server: skip what is not a resource entry
        ApiResource res;
        res.plural = str(r, "name");
        if (res.plural.isEmpty() || res.plural.contains(QLatin1Char('/')))
            continue; // subresource
        res.group = group;
        res.version = version;
        res.kind = str(r, "kind");
        const auto namespaced = r.find("namespaced"); // json::value() throws on a wrong type
        res.namespaced = namespaced != r.end() && namespaced->is_boolean() && namespaced->get<bool>();
        if (auto verbs = r.find("verbs"); verbs != r.end() && verbs->is_array()) {
            for (const auto &v : *verbs) {
                if (v.is_string())
                    res.verbs << QString::fromStdString(v.get<std::string>());
            }
        }
        out.push_back(std::move(res));
    }
    return out;
}

void Discovery::run(const std::shared_ptr<KubeClient> &client, DoneFn done)
{
    auto p = std::make_shared<Pending>();
    p->client = client;
    p->done = std::move(done);
    p->outstanding = 3; // /version, /api, /apis
    ApiRequest version;
    version.path = "/version";
    client->send(version, [p](ApiResponse &&r) {
        if (r.ok()) {
            nlohmann::json doc = nlohmann::json::parse(r.body, nullptr, false);
            p->result.serverVersion = str(doc, "gitVersion");
        } else if (!r.reachedServer()) {
            p->fail(r.error);
            return;
        }
        p->finishOne();
    });
    ApiRequest core;
    core.path = "/api";
    client->send(core, [p](ApiResponse &&r) {
        if (!r.ok()) {
            p->fail(r.error);
            return;
        }
        nlohmann::json doc = nlohmann::json::parse(r.body, nullptr, false);
        if (doc.is_object() && doc.contains("versions") && doc["versions"].is_array()) {
            for (const auto &v : doc["versions"]) {
                if (v.is_string() && v.get<std::string>() == "v1")
                    fetchGroupVersion(p, QString(), QStringLiteral("v1"));
            }
        }
        p->finishOne();
    });
    ApiRequest groups;
    groups.path = "/apis";
    client->send(groups, [p](ApiResponse &&r) {
        if (!r.ok()) {
            p->fail(r.error);
            return;
        }
        nlohmann::json doc = nlohmann::json::parse(r.body, nullptr, false);
        if (doc.is_object() && doc.contains("groups") && doc["groups"].is_array()) {
            for (const auto &g : doc["groups"]) {
                const QString name = str(g, "name");
                QString version = g.contains("preferredVersion") ? str(g["preferredVersion"], "version") : QString();
                if (version.isEmpty() && g.contains("versions") && g["versions"].is_array() && !g["versions"].empty())
                    version = str(g["versions"][0], "version");
                if (!name.isEmpty() && !version.isEmpty())
                    fetchGroupVersion(p, name, version);
            }
        }
        p->finishOne();
    });
}

Result<DiscoveryResult> Discovery::runBlocking(const std::shared_ptr<KubeClient> &client)
{
    auto promise = std::make_shared<std::promise<Result<DiscoveryResult>>>();
    auto future = promise->get_future();
    run(client, [promise](Result<DiscoveryResult> r) { promise->set_value(std::move(r)); });
    return future.get();
}

} // namespace driftdeck::kube
