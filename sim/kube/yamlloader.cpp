// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlloader.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <sstream>

#include <libfyaml.h>

namespace kubesim {

using nlohmann::json;

namespace {

struct ParserFree { void operator()(fy_parser *p) const { fy_parser_destroy(p); } };
struct DocFree {
    fy_parser *parser;
    void operator()(fy_document *d) const { fy_parse_document_destroy(parser, d); }
};

json scalarValue(fy_node *node)
{
    size_t len = 0;
    const char *s = fy_node_get_scalar(node, &len);
    const std::string text = s ? std::string(s, len) : std::string();
    size_t tagLen = 0;
    const char *tag = fy_node_get_tag(node, &tagLen);
    const std::string tagText = tag ? std::string(tag, tagLen) : std::string();
    if (tagText == "tag:yaml.org,2002:str" || tagText == "!!str")
        return text;
    if (fy_node_get_style(node) != FYNS_PLAIN)
        return text;
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return nullptr;
    if (text == "true" || text == "True" || text == "TRUE")
        return true;
    if (text == "false" || text == "False" || text == "FALSE")
        return false;
    static const std::regex kInt("^[-+]?[0-9]+$");
    static const std::regex kFloat("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    if (std::regex_match(text, kInt)) {
        try {
            return std::stoll(text);
        } catch (...) {
            return text;
        }
    }
    if (std::regex_match(text, kFloat)) {
        try {
            return std::stod(text);
        } catch (...) {
            return text;
        }
    }
    return text;
}

json toJson(fy_node *node)
{
    if (!node)
        return nullptr;
    if (fy_node_is_alias(node))
        node = fy_node_resolve_alias(node);
    if (!node)
        return nullptr;
    switch (fy_node_get_type(node)) {
    case FYNT_SCALAR:
        return scalarValue(node);
    case FYNT_SEQUENCE: {
        json arr = json::array();
        void *iter = nullptr;
        while (fy_node *item = fy_node_sequence_iterate(node, &iter))
            arr.push_back(toJson(item));
        return arr;
    }
    case FYNT_MAPPING: {
        json obj = json::object();
        void *iter = nullptr;
        while (fy_node_pair *pair = fy_node_mapping_iterate(node, &iter)) {
            fy_node *key = fy_node_pair_key(pair);
            size_t len = 0;
            const char *k = key ? fy_node_get_scalar(key, &len) : nullptr;
            obj[k ? std::string(k, len) : std::string()] = toJson(fy_node_pair_value(pair));
        }
        return obj;
    }
    }
    return nullptr;
}

} // namespace

std::vector<json> YamlLoader::parseAll(const std::string &text, std::string *error)
{
    std::vector<json> out;
    fy_parse_cfg cfg{};
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_RESOLVE_DOCUMENT);
    std::unique_ptr<fy_parser, ParserFree> parser(fy_parser_create(&cfg));
    if (!parser) {
        if (error)
            *error = "cannot create a YAML parser";
        return out;
    }
    if (fy_parser_set_string(parser.get(), text.data(), text.size()) != 0) {
        if (error)
            *error = "cannot read the YAML input";
        return out;
    }
    while (true) {
        std::unique_ptr<fy_document, DocFree> doc(fy_parse_load_document(parser.get()), DocFree{parser.get()});
        if (!doc)
            break;
        json value = toJson(fy_document_root(doc.get()));
        if (value.is_null())
            continue;
        if (value.is_object() && value.contains("items") && value["items"].is_array()
            && value.value("kind", std::string()).size() > 4
            && value.value("kind", std::string()).substr(value.value("kind", std::string()).size() - 4) == "List") {
            for (auto &item : value["items"])
                out.push_back(std::move(item));
            continue;
        }
        out.push_back(std::move(value));
    }
    if (fy_parser_get_stream_error(parser.get())) {
        if (error)
            *error = "invalid YAML";
        out.clear();
    }
    return out;
}

json YamlLoader::parseOne(const std::string &text, std::string *error)
{
    json direct = json::parse(text, nullptr, false);
    if (!direct.is_discarded())
        return direct;
    auto docs = parseAll(text, error);
    if (docs.empty()) {
        if (error && error->empty())
            *error = "empty document";
        return nullptr;
    }
    return docs.front();
}

std::vector<json> YamlLoader::loadDirectory(const std::string &dir, std::string *error)
{
    std::vector<json> out;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file())
            continue;
        const std::string ext = it->path().extension().string();
        if (ext == ".yaml" || ext == ".yml" || ext == ".json")
            files.push_back(it->path());
    }
    if (ec) {
        if (error)
            *error = "cannot read " + dir + ": " + ec.message();
        return out;
    }
    std::sort(files.begin(), files.end());
    for (const auto &f : files) {
        std::ifstream in(f);
        std::stringstream ss;
        ss << in.rdbuf();
        std::string err;
        auto docs = parseAll(ss.str(), &err);
        if (!err.empty()) {
            if (error)
                *error = f.string() + ": " + err;
            continue;
        }
        for (auto &d : docs) {
            if (d.is_object() && d.contains("apiVersion") && d.contains("kind"))
                out.push_back(std::move(d));
        }
    }
    return out;
}

} // namespace kubesim
