// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/drift/fieldpath.h"
#include "core/resolve/yamltree.h"
#include "core/resolve/yamlwriter.h"

#include <nlohmann/json.hpp>

#include <QByteArray>

#include <vector>

namespace driftdeck::resolve {

using Path = std::vector<drift::PathSegment>;

// Splices single edits into the bytes of a YAML stream: each call re-reads the stream, finds
// the node by its path (map keys, list elements by merge key values or index) and replaces,
// inserts or removes only that node's bytes. Everything else (comments, quoting, key order,
// indentation, flow or block style, anchors, blank lines) stays byte for byte.
class YamlEditor
{
public:
    explicit YamlEditor(QByteArray bytes) : m_bytes(std::move(bytes)) {}

    const QByteArray &bytes() const { return m_bytes; }

    // Sets the value at path in document `doc`, creating missing maps and list elements
    // (an element from the selector's keys) below the deepest node that exists.
    Result<void> setValue(int doc, const Path &path, const nlohmann::json &value);
    // Removes the map entry or list element at path; a no-op when it is already absent.
    Result<void> remove(int doc, const Path &path);
    // Appends a value to the list at path (created when missing) unless an equal element is there.
    Result<void> appendToList(int doc, const Path &path, const nlohmann::json &value);
    // Removes the elements of the list at path equal to `value`.
    Result<void> removeFromList(int doc, const Path &path, const nlohmann::json &value);
    // Removes a whole document with its '---' line.
    Result<void> removeDocument(int doc);

    // The file's indentation habits (map indent, whether lists are indented under their key).
    static YamlWriter::Layout detectLayout(QByteArrayView bytes, const YamlTree &tree);

private:
    struct Located
    {
        std::vector<const YamlNode *> chain; // root .. deepest node found
        std::vector<int> childIndex;         // index of chain[i + 1] in chain[i]
        size_t depth = 0;                    // path segments matched
    };

    Result<Located> locate(const YamlTree &tree, int doc, const Path &path) const;
    Result<void> replaceNode(const Located &at, size_t level, const nlohmann::json &value);
    Result<void> addMapEntry(const YamlNode &map, const std::string &key, const nlohmann::json &value);
    Result<void> appendSeqItem(const YamlNode &seq, const nlohmann::json &value);
    Result<void> removeChild(const Located &at, size_t level, int child);
    void splice(qsizetype from, qsizetype to, const std::string &text);

    qsizetype lineStart(qsizetype pos) const;
    qsizetype nextLine(qsizetype pos) const; // just after the '\n' ending pos's line (or the end)
    int column(qsizetype pos) const;
    qsizetype dashOf(const YamlNode &item) const;
    qsizetype withOwnComments(qsizetype lineBegin, int indent) const;

    QByteArray m_bytes;
    YamlWriter m_writer;
};

} // namespace driftdeck::resolve
