// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringView>

#include <string>
#include <utility>
#include <vector>

namespace driftdeck::drift {

// One step of a field path: a map key, a list element chosen by its merge key values
// ([name=web], [containerPort=8080,protocol=TCP]) or a list element chosen by index ([3]).
struct PathSegment
{
    enum class Kind : quint8 { Field, Key, Index };
    Kind kind = Kind::Field;
    std::string name;                                        // Field
    std::vector<std::pair<std::string, nlohmann::json>> keys; // Key: merge key name -> value
    int index = -1; // Index; for Key the element's index in the live list (-1: not in live)

    bool operator==(const PathSegment &) const = default;
};

// A path into an object, shown as people read it (spec.template.spec.containers[name=web].image)
// and as an RFC 6901 JSON Pointer for machines (/spec/template/spec/containers/0/image).
class FieldPath
{
public:
    FieldPath() = default;

    // Parses the people's form. Keys holding '.', '[', ']' or '"' are written ["a.b/c"];
    // selector values are strings unless they read as integers ([containerPort=8080]).
    static Result<FieldPath> parse(QStringView text);

    void appendField(std::string name);
    void appendKey(std::vector<std::pair<std::string, nlohmann::json>> keys, int liveIndex);
    void appendIndex(int index);
    void removeLast() { m_segments.pop_back(); }

    const std::vector<PathSegment> &segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.empty(); }
    qsizetype size() const { return qsizetype(m_segments.size()); }

    QString toString() const;
    // Key segments without a live index (the element exists only in Git) become "-".
    QString toPointer() const;

    // True when this rule path selects `path` or one of its ancestors: fields match by name,
    // a selector matches an element whose keys include every selector value, an index only
    // that index.
    bool isPrefixOf(const FieldPath &path) const;
    // Whether this rule path's segment at `depth` selects the given step.
    bool segmentMatches(qsizetype depth, const PathSegment &step) const;

    bool operator==(const FieldPath &) const = default;

private:
    std::vector<PathSegment> m_segments;
};

} // namespace driftdeck::drift
