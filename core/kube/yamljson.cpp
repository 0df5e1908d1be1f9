// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/yamljson.h"

#include "core/common/fyhandle.h"

#include <libfyaml.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <string>
#include <unordered_map>
#include <string_view>

namespace driftdeck::kube {

namespace {

nlohmann::json scalarValue(fy_node *node)
{
    size_t len = 0;
    const char *text = fy_node_get_scalar(node, &len);
    std::string value(text ? text : "", text ? len : 0);
    if (fy_node_get_style(node) != FYNS_PLAIN)
        return value;
    if (value == "true" || value == "True" || value == "TRUE")
        return true;
    if (value == "false" || value == "False" || value == "FALSE")
        return false;
    if (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL")
        return nullptr;
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]{1,18}$"));
    if (integer.match(QString::fromStdString(value)).hasMatch())
        return std::stoll(value);
    return value;
}

nlohmann::json toJson(fy_node *node, int depth)
{
    if (!node || depth > kMaxYamlDepth)
        return nullptr;
    switch (fy_node_get_type(node)) {
    case FYNT_SCALAR:
        return scalarValue(node);
    case FYNT_SEQUENCE: {
        nlohmann::json array = nlohmann::json::array();
        void *iter = nullptr;
        while (fy_node *item = fy_node_sequence_iterate(node, &iter))
            array.push_back(toJson(item, depth + 1));
        return array;
    }
    case FYNT_MAPPING: {
        nlohmann::json object = nlohmann::json::object();
        void *iter = nullptr;
        while (fy_node_pair *pair = fy_node_mapping_iterate(node, &iter)) {
            fy_node *key = fy_node_pair_key(pair);
            size_t len = 0;
            const char *text = key ? fy_node_get_scalar(key, &len) : nullptr;
            std::string name(text ? text : "", text ? len : 0);
            if (!object.contains(name)) // YAML forbids duplicates; keep the first like kubectl's decoder
                object[name] = toJson(fy_node_pair_value(pair), depth + 1);
        }
        return object;
    }
    }
    return nullptr;
}

// The number of nodes the tree has once every alias is replaced by a copy of its anchor
// (what fy_document_resolve() would build), without building it; stops counting past `limit`.
// Aliases are memoised, so a billion-laughs bomb is counted in linear time.
struct ExpansionCounter
{
    std::unordered_map<fy_node *, std::size_t> memo;
    std::size_t limit = 0;
    bool tooDeep = false;

    std::size_t count(fy_node *node, int depth)
    {
        if (!node)
            return 0;
        if (depth > kMaxYamlDepth) {
            tooDeep = true;
            return limit + 1;
        }
        if (fy_node_is_alias(node)) {
            fy_node *target = fy_node_resolve_alias(node);
            if (!target || target == node)
                return 1;
            if (auto it = memo.find(target); it != memo.end())
                return it->second;
            memo.emplace(target, limit + 1); // a cycle through this anchor counts as too big
            const std::size_t n = count(target, depth + 1);
            memo[target] = n;
            return n;
        }
        std::size_t total = 1;
        void *iter = nullptr;
        switch (fy_node_get_type(node)) {
        case FYNT_SCALAR:
            return 1;
        case FYNT_SEQUENCE:
            while (fy_node *item = fy_node_sequence_iterate(node, &iter)) {
                total += count(item, depth + 1);
                if (total > limit)
                    return total;
            }
            return total;
        case FYNT_MAPPING:
            while (fy_node_pair *pair = fy_node_mapping_iterate(node, &iter)) {
                total += count(fy_node_pair_key(pair), depth + 1) + count(fy_node_pair_value(pair), depth + 1);
                if (total > limit)
                    return total;
            }
            return total;
        }
        return total;
    }
};

} // namespace

Result<nlohmann::json> yamlToJson(const QByteArray &yaml)
{
    if (yaml.size() > kMaxYamlBytes)
        return Error(QCoreApplication::translate("driftdeck::kube", "The file is too large (%1 KiB; the limit is %2 KiB).")
                         .arg(yaml.size() >> 10)
                         .arg(kMaxYamlBytes >> 10),
                     QStringLiteral("%1 bytes").arg(yaml.size()));
    if (const auto bad = firstInvalidUtf8(std::string_view(yaml.constData(), size_t(yaml.size()))))
        return Error(QCoreApplication::translate("driftdeck::kube", "The file is not valid UTF-8 (line %1, column %2).").arg(bad->line).arg(bad->column),
                     QStringLiteral("invalid UTF-8 at line %1, column %2").arg(bad->line).arg(bad->column));
    // Anchors are resolved only after counting what resolving them would build.
    // Silent diagnostics: libfyaml's default ones write every error of a bad file to stderr.
    FyDiag diag = makeQuietDiag();
    fy_parse_cfg cfg{};
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET);
    cfg.diag = diag.get();
    FyDocument doc(fy_document_build_from_string(&cfg, yaml.constData(), static_cast<size_t>(yaml.size())));
    if (!doc)
        return Error(QCoreApplication::translate("driftdeck::kube", "The file is not valid YAML."),
                     QStringLiteral("libfyaml could not parse the document"));
    ExpansionCounter counter;
    counter.limit = kMaxYamlNodes;
    const std::size_t nodes = counter.count(fy_document_root(doc.get()), 0);
    if (counter.tooDeep)
        return Error(QCoreApplication::translate("driftdeck::kube", "The file is nested too deeply (more than %1 levels).").arg(kMaxYamlDepth),
                     QStringLiteral("YAML nesting over %1 levels").arg(kMaxYamlDepth));
    if (nodes > kMaxYamlNodes)
        return Error(QCoreApplication::translate("driftdeck::kube", "The file's aliases expand to too many values (more than %1); it may be a YAML bomb.")
                         .arg(kMaxYamlNodes),
                     QStringLiteral("YAML expands to over %1 nodes").arg(kMaxYamlNodes));
    if (fy_document_resolve(doc.get()) != 0)
        return Error(QCoreApplication::translate("driftdeck::kube", "The file is not valid YAML."),
                     QStringLiteral("libfyaml could not resolve the document's anchors"));
    return toJson(fy_document_root(doc.get()), 0);
}

} // namespace driftdeck::kube
