// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kube/yamljson.h"

#include "core/common/fyhandle.h"

#include <libfyaml.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <string>
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
    if (!node || depth > 128)
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

} // namespace

Result<nlohmann::json> yamlToJson(const QByteArray &yaml)
{
    fy_parse_cfg cfg{};
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_RESOLVE_DOCUMENT);
    FyDocument doc(fy_document_build_from_string(&cfg, yaml.constData(), static_cast<size_t>(yaml.size())));
    if (!doc)
        return Error(QCoreApplication::translate("driftdeck::kube", "The file is not valid YAML."),
                     QStringLiteral("libfyaml could not parse the document"));
    return toJson(fy_document_root(doc.get()), 0);
}

} // namespace driftdeck::kube
