// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/driftresult.h"

namespace driftdeck::drift {

QString fieldOpName(FieldChange::Op op)
{
    switch (op) {
    case FieldChange::Op::Add: return QStringLiteral("add");
    case FieldChange::Op::Remove: return QStringLiteral("remove");
    case FieldChange::Op::Replace: return QStringLiteral("replace");
    }
    return QStringLiteral("replace");
}

nlohmann::json toJson(const FieldChange &c)
{
    nlohmann::json j{{"field", c.field.toStdString()},
                     {"pointer", c.pointer.toStdString()},
                     {"op", fieldOpName(c.op).toStdString()},
                     {"git", c.gitValue.toStdString()},
                     {"live", c.liveValue.toStdString()},
                     {"manager", c.manager.toStdString()},
                     {"operation", c.operation.toStdString()},
                     {"time", c.time.isValid() ? c.time.toUTC().toString(Qt::ISODate).toStdString() : std::string()}};
    if (c.removedInGit)
        j["removedInGit"] = true;
    return j;
}

nlohmann::json toJson(const ResourceResult &r)
{
    nlohmann::json changes = nlohmann::json::array();
    for (const FieldChange &c : r.changes)
        changes.push_back(toJson(c));
    return {{"group", r.key.group.toStdString()},
            {"version", r.version.toStdString()},
            {"kind", r.key.kind.toStdString()},
            {"namespace", r.key.ns.toStdString()},
            {"name", r.key.name.toStdString()},
            {"state", syncStateName(r.state).toStdString()},
            {"reason", r.reason.toStdString()},
            {"health", healthStateName(r.health).toStdString()},
            {"source",
             {{"repo", r.sourceRef.repo.toStdString()},
              {"revision", r.sourceRef.revision.toStdString()},
              {"path", r.sourceRef.path.toStdString()},
              {"line", r.sourceRef.line}}},
            {"changes", std::move(changes)}};
}

} // namespace driftdeck::drift
