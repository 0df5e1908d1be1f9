// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <libfyaml.h>
#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <vector>

namespace driftdeck::resolve {

// One node of a YAML document with the byte positions an edit needs. Ranges are [start, end)
// in the file: scalars include their quotes or block indicator (not the final line break),
// aliases their '*', flow collections their brackets, block collections run from their first
// token to the end of their last child.
struct YamlNode
{
    enum class Type : quint8 { Scalar, Map, Seq, Alias };
    Type type = Type::Scalar;
    bool flow = false;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype outerStart = 0; // start including an anchor or tag written before the node
    fy_scalar_style style = FYSS_PLAIN;
    bool hasAnchor = false;
    nlohmann::json value; // scalars: the value as kubectl reads it

    // Maps: one key per child. Sequences: keys stay empty.
    std::vector<std::string> keys;
    std::vector<qsizetype> keyStarts;
    std::vector<qsizetype> keyEnds;
    std::vector<YamlNode> children;

    bool isBlockContainer() const { return (type == Type::Map || type == Type::Seq) && !flow; }
    // Index of a map key, -1 when absent.
    int indexOfKey(const std::string &key) const;
    bool hasMergeKey() const;
};

struct YamlDocument
{
    qsizetype start = 0;      // the '---' line, or the first token of an implicit document
    bool explicitStart = false;
    bool hasRoot = false;
    YamlNode root;
};

// A YAML stream parsed with libfyaml into nodes with positions, for splicing (YamlEditor).
class YamlTree
{
public:
    static Result<YamlTree> parse(QByteArrayView bytes);

    const std::vector<YamlDocument> &documents() const { return m_documents; }

private:
    std::vector<YamlDocument> m_documents;
};

} // namespace driftdeck::resolve
