// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "defaults.h"
#include "registry.h"
#include "resourcetype.h"
#include "store.h"

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

namespace kubesim {

struct Reply {
    int code = 200;
    nlohmann::json body;
};

struct WriteContext {
    std::string manager;       // field manager (from fieldManager or the user agent)
    bool dryRun = false;
    bool force = false;        // server-side apply: take conflicting fields
    std::string subresource;   // "", "status" or "scale"
    // DeleteOptions
    std::string preconditionUid;
    std::string preconditionResourceVersion;
    bool orphan = false;       // propagationPolicy Orphan: dependents stay
};

// The API semantics on JSON: verbs, server-set metadata, defaults, managedFields and the side
// effects of some kinds (custom resource definitions, namespaces). HTTP lives in Server::Impl.
class Cluster
{
public:
    Cluster(size_t watchWindow);

    Registry &registry() { return m_registry; }
    const Registry &registry() const { return m_registry; }
    Store &store() { return m_store; }
    const Store &store() const { return m_store; }

    Reply get(const ResourceType &type, const std::string &ns, const std::string &name,
              const std::string &subresource = {}) const;
    Reply create(const ResourceType &type, const std::string &ns, nlohmann::json body, const WriteContext &ctx);
    Reply update(const ResourceType &type, const std::string &ns, const std::string &name, nlohmann::json body,
                 const WriteContext &ctx);
    Reply patch(const ResourceType &type, const std::string &ns, const std::string &name,
                const std::string &contentType, const std::string &body, const WriteContext &ctx);
    Reply remove(const ResourceType &type, const std::string &ns, const std::string &name, const WriteContext &ctx);
    Reply removeCollection(const ResourceType &type, const std::string &ns, const std::string &labelSelector,
                           const WriteContext &ctx);

    // Server-side apply of a full object (apiVersion and kind pick the type).
    Reply applyObject(const nlohmann::json &obj, const std::string &manager, bool force, bool createNamespace);
    nlohmann::json objects() const;

    // Objects that only the system creates: the default namespaces and their contents.
    void bootstrap();

private:
    enum class Operation { Create, Update, Apply };
    Reply notFound(const ResourceType &type, const std::string &name) const;
    // Stores obj as the new state of (old ? old : nothing). Caller holds the unique lock.
    Reply commitLocked(const ResourceType &type, const ObjectPtr &old, nlohmann::json obj, const WriteContext &ctx,
                       Operation op, const nlohmann::json &applied = nullptr);
    Reply patchLocked(const ResourceType &type, const std::string &ns, const std::string &name,
                      const std::string &contentType, const std::string &body, const WriteContext &ctx);
    Reply removeLocked(const ResourceType &type, const std::string &ns, const std::string &name,
                       const WriteContext &ctx);
    Reply applyLocked(const ResourceType &type, const std::string &ns, const std::string &name, nlohmann::json config,
                      const WriteContext &ctx);
    Reply scaleLocked(const ResourceType &type, const ObjectPtr &old, const nlohmann::json &scale,
                      const WriteContext &ctx);
    static nlohmann::json scaleOf(const nlohmann::json &obj);
    void afterWriteLocked(const ResourceType &type, const ObjectPtr &old, const ObjectPtr &stored);
    void afterDeleteLocked(const ResourceType &type, const ObjectPtr &deleted);
    void ensureNamespaceLocked(const std::string &ns, const std::string &manager);

    Registry m_registry;
    Store m_store;
    Defaults m_defaults;
    std::string m_caPem;

public:
    void setCaPem(const std::string &pem) { m_caPem = pem; }
};

} // namespace kubesim
