// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resolve/yamleditor.h"

#include <functional>

#include <QCoreApplication>

namespace driftdeck::resolve {

namespace {

using Kind = drift::PathSegment::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("driftdeck::resolve::YamlEditor", text);
}

QString pathText(const Path &path, size_t upTo)
{
    drift::FieldPath p;
    for (size_t i = 0; i < upTo && i < path.size(); ++i) {
        const auto &s = path[i];
        if (s.kind == Kind::Field)
            p.appendField(s.name);
        else if (s.kind == Kind::Key)
            p.appendKey(s.keys, s.index);
        else
            p.appendIndex(s.index);
    }
    return p.toString();
}

bool selectorEquals(const nlohmann::json &want, const nlohmann::json &have)
{
    if (want == have)
        return true;
    if (want.is_string() && have.is_number_integer())
        return want.get<std::string>() == have.dump();
    if (want.is_number_integer() && have.is_string())
        return want.dump() == have.get<std::string>();
    return false;
}

bool elementMatches(const YamlNode &item, const drift::PathSegment &seg)
{
    if (item.type != YamlNode::Type::Map)
        return false;
    for (const auto &[k, v] : seg.keys) {
        const int i = item.indexOfKey(k);
        if (i < 0) {
            if (k == "protocol" && v == "TCP")
                continue; // the API server's default
            return false;
        }
        const YamlNode &child = item.children[size_t(i)];
        if (child.type != YamlNode::Type::Scalar || !selectorEquals(v, child.value))
            return false;
    }
    return true;
}

// The value a missing path needs below the deepest node that exists.
Result<nlohmann::json> buildValue(const Path &path, size_t from, const nlohmann::json &leaf)
{
    if (from >= path.size())
        return leaf;
    const auto &seg = path[from];
    auto inner = buildValue(path, from + 1, leaf);
    if (!inner)
        return inner.error();
    if (seg.kind == Kind::Field) {
        nlohmann::json obj = nlohmann::json::object();
        obj[seg.name] = std::move(*inner);
        return obj;
    }
    if (seg.kind == Kind::Key) {
        nlohmann::json element = from + 1 < path.size() ? std::move(*inner) : *inner;
        if (!element.is_object())
            return Error(tr("A list element cannot be created from its merge keys"));
        for (const auto &[k, v] : seg.keys) {
            if (!element.contains(k))
                element[k] = v;
        }
        return nlohmann::json::array({element});
    }
    return Error(tr("A list element chosen by its position cannot be created"));
}

} // namespace

qsizetype YamlEditor::lineStart(qsizetype pos) const
{
    while (pos > 0 && m_bytes[pos - 1] != '\n')
        --pos;
    return pos;
}

qsizetype YamlEditor::nextLine(qsizetype pos) const
{
    const qsizetype nl = m_bytes.indexOf('\n', pos);
    return nl < 0 ? m_bytes.size() : nl + 1;
}

int YamlEditor::column(qsizetype pos) const
{
    return int(pos - lineStart(pos));
}

qsizetype YamlEditor::dashOf(const YamlNode &item) const
{
    qsizetype p = item.outerStart - 1;
    while (p >= 0 && (m_bytes[p] == ' ' || m_bytes[p] == '\t' || m_bytes[p] == '\n' || m_bytes[p] == '\r'))
        --p;
    return p >= 0 && m_bytes[p] == '-' ? p : -1;
}

// Extends a line's start upwards over the comment lines directly above it at the same indent.
qsizetype YamlEditor::withOwnComments(qsizetype begin, int indent) const
{
    while (begin > 0) {
        const qsizetype prev = lineStart(begin - 1);
        qsizetype i = prev;
        while (i < begin && m_bytes[i] == ' ')
            ++i;
        if (i >= begin || m_bytes[i] != '#' || int(i - prev) != indent)
            break;
        begin = prev;
    }
    return begin;
}

void YamlEditor::splice(qsizetype from, qsizetype to, const std::string &text)
{
    QByteArray insert = QByteArray::fromStdString(text);
    // Files with Windows line ends get them in new lines too.
    if (m_bytes.contains("\r\n"))
        insert.replace("\n", "\r\n");
    m_bytes.replace(from, to - from, insert);
}

YamlWriter::Layout YamlEditor::detectLayout(QByteArrayView bytes, const YamlTree &tree)
{
    YamlWriter::Layout layout;
    bool indentFound = false;
    bool seqFound = false;
    auto col = [&](qsizetype pos) {
        qsizetype s = pos;
        while (s > 0 && bytes[s - 1] != '\n')
            --s;
        return int(pos - s);
    };
    std::function<void(const YamlNode &)> visit = [&](const YamlNode &n) {
        if (n.type == YamlNode::Type::Map && !n.flow) {
            for (size_t i = 0; i < n.children.size(); ++i) {
                const YamlNode &c = n.children[i];
                const int keyCol = col(n.keyStarts[i]);
                if (!indentFound && c.type == YamlNode::Type::Map && !c.flow && !c.keyStarts.empty()
                    && col(c.keyStarts[0]) > keyCol && bytes.sliced(n.keyEnds[i], c.keyStarts[0] - n.keyEnds[i]).contains('\n')) {
                    layout.indent = col(c.keyStarts[0]) - keyCol;
                    indentFound = true;
                }
                if (!seqFound && c.type == YamlNode::Type::Seq && !c.flow && !c.children.empty()) {
                    qsizetype p = c.children[0].outerStart - 1;
                    while (p >= 0 && (bytes[p] == ' ' || bytes[p] == '\n'))
                        --p;
                    if (p >= 0 && bytes[p] == '-') {
                        layout.indentSequences = col(p) > keyCol;
                        seqFound = true;
                    }
                }
            }
        }
        for (const YamlNode &c : n.children)
            visit(c);
    };
    for (const YamlDocument &d : tree.documents()) {
        if (d.hasRoot)
            visit(d.root);
    }
    return layout;
}

Result<YamlEditor::Located> YamlEditor::locate(const YamlTree &tree, int doc, const Path &path) const
{
    const auto &docs = tree.documents();
    if (doc < 0 || size_t(doc) >= docs.size() || !docs[size_t(doc)].hasRoot)
        return Error(tr("The file has no document %1").arg(doc + 1));
    Located at;
    const YamlNode *cur = &docs[size_t(doc)].root;
    at.chain.push_back(cur);
    for (; at.depth < path.size(); ++at.depth) {
        const auto &seg = path[at.depth];
        if (cur->type == YamlNode::Type::Scalar && cur->value.is_null())
            break; // `labels:` with nothing after it: the rest is missing
        if (cur->type == YamlNode::Type::Alias)
            return Error(tr("The field %1 comes from a YAML alias; edit the anchored value instead")
                             .arg(pathText(path, at.depth)));
        int found = -1;
        if (seg.kind == Kind::Field) {
            if (cur->type != YamlNode::Type::Map)
                return Error(tr("%1 is not a map in Git").arg(pathText(path, at.depth)));
            found = cur->indexOfKey(seg.name);
        } else {
            if (cur->type != YamlNode::Type::Seq)
                return Error(tr("%1 is not a list in Git").arg(pathText(path, at.depth)));
            if (seg.kind == Kind::Index) {
                if (seg.index >= 0 && size_t(seg.index) < cur->children.size())
                    found = seg.index;
            } else {
                for (size_t i = 0; i < cur->children.size() && found < 0; ++i) {
                    if (elementMatches(cur->children[i], seg))
                        found = int(i);
                }
            }
        }
        if (found < 0)
            break;
        at.childIndex.push_back(found);
        cur = &cur->children[size_t(found)];
        at.chain.push_back(cur);
    }
    return at;
}

Result<void> YamlEditor::setValue(int doc, const Path &path, const nlohmann::json &value)
{
    auto tree = YamlTree::parse(m_bytes);
    if (!tree)
        return tree.error();
    m_writer = YamlWriter(detectLayout(m_bytes, *tree));
    auto at = locate(*tree, doc, path);
    if (!at)
        return at.error();
    if (at->depth == path.size())
        return replaceNode(*at, at->chain.size() - 1, value);
    const YamlNode &parent = *at->chain.back();
    const auto &seg = path[at->depth];
    if (parent.type == YamlNode::Type::Scalar && parent.value.is_null() && at->chain.size() > 1) {
        // `labels:` with nothing after it: the whole missing part replaces the null.
        auto v = buildValue(path, at->depth, value);
        if (!v)
            return v.error();
        return replaceNode(*at, at->chain.size() - 1, *v);
    }
    if (seg.kind == Kind::Field) {
        if (parent.type != YamlNode::Type::Map)
            return Error(tr("%1 is not a map in Git").arg(pathText(path, at->depth)));
        auto v = buildValue(path, at->depth + 1, value);
        if (!v)
            return v.error();
        return addMapEntry(parent, seg.name, *v);
    }
    if (parent.type != YamlNode::Type::Seq)
        return Error(tr("%1 is not a list in Git").arg(pathText(path, at->depth)));
    auto v = buildValue(path, at->depth, value);
    if (!v)
        return v.error();
    return appendSeqItem(parent, v->at(0));
}

Result<void> YamlEditor::remove(int doc, const Path &path)
{
    auto tree = YamlTree::parse(m_bytes);
    if (!tree)
        return tree.error();
    m_writer = YamlWriter(detectLayout(m_bytes, *tree));
    auto at = locate(*tree, doc, path);
    if (!at)
        return at.error();
    if (at->depth < path.size())
        return success(); // already absent
    if (at->chain.size() < 2)
        return Error(tr("The whole document cannot be removed as a field"));
    const size_t level = at->chain.size() - 2;
    return removeChild(*at, level, at->childIndex.back());
}

Result<void> YamlEditor::appendToList(int doc, const Path &path, const nlohmann::json &value)
{
    auto tree = YamlTree::parse(m_bytes);
    if (!tree)
        return tree.error();
    m_writer = YamlWriter(detectLayout(m_bytes, *tree));
    auto at = locate(*tree, doc, path);
    if (!at)
        return at.error();
    if (at->depth < path.size())
        return setValue(doc, path, nlohmann::json::array({value}));
    const YamlNode &list = *at->chain.back();
    if (list.type == YamlNode::Type::Scalar && list.value.is_null())
        return replaceNode(*at, at->chain.size() - 1, nlohmann::json::array({value}));
    if (list.type != YamlNode::Type::Seq)
        return Error(tr("%1 is not a list in Git").arg(pathText(path, path.size())));
    for (const YamlNode &c : list.children) {
        if (c.type == YamlNode::Type::Scalar && c.value == value)
            return success();
        if (c.type == YamlNode::Type::Map && value.is_object() && value.size() == c.children.size()) {
            bool same = true;
            for (auto it = value.begin(); it != value.end() && same; ++it) {
                const int k = c.indexOfKey(it.key());
                same = k >= 0 && c.children[size_t(k)].type == YamlNode::Type::Scalar && c.children[size_t(k)].value == *it;
            }
            if (same)
                return success();
        }
    }
    return appendSeqItem(list, value);
}

Result<void> YamlEditor::removeFromList(int doc, const Path &path, const nlohmann::json &value)
{
    while (true) {
        auto tree = YamlTree::parse(m_bytes);
        if (!tree)
            return tree.error();
        auto at = locate(*tree, doc, path);
        if (!at)
            return at.error();
        if (at->depth < path.size() || at->chain.back()->type != YamlNode::Type::Seq)
            return success();
        const YamlNode &list = *at->chain.back();
        int found = -1;
        for (size_t i = 0; i < list.children.size() && found < 0; ++i) {
            if (list.children[i].type == YamlNode::Type::Scalar && list.children[i].value == value)
                found = int(i);
        }
        if (found < 0)
            return success();
        if (auto r = removeChild(*at, at->chain.size() - 1, found); !r)
            return r;
    }
}

Result<void> YamlEditor::removeDocument(int doc)
{
    auto tree = YamlTree::parse(m_bytes);
    if (!tree)
        return tree.error();
    const auto &docs = tree->documents();
    if (doc < 0 || size_t(doc) >= docs.size())
        return Error(tr("The file has no document %1").arg(doc + 1));
    qsizetype from = lineStart(docs[size_t(doc)].start);
    qsizetype to = size_t(doc) + 1 < docs.size() ? lineStart(docs[size_t(doc) + 1].start) : m_bytes.size();
    if (size_t(doc) + 1 < docs.size() && !docs[size_t(doc) + 1].explicitStart)
        return Error(tr("The document after the removed one has no '---' line"));
    if (size_t(doc) + 1 == docs.size() && doc > 0 && !docs[size_t(doc)].explicitStart)
        return Error(tr("The removed document has no '---' line"));
    if (doc == 0 && size_t(doc) + 1 < docs.size())
        from = lineStart(docs[0].start);
    splice(from, to, std::string());
    return success();
}

Result<void> YamlEditor::replaceNode(const Located &at, size_t level, const nlohmann::json &v)
{
    const YamlNode &n = *at.chain[level];
    if (level == 0)
        return Error(tr("The document root cannot be replaced"));
    const YamlNode &parent = *at.chain[level - 1];
    const int idx = at.childIndex[level - 1];
    const bool container = (v.is_object() || v.is_array()) && !v.empty();
    const bool nodeInline = n.type == YamlNode::Type::Scalar || n.type == YamlNode::Type::Alias || n.flow;

    if (parent.flow) {
        const std::string text = container ? YamlWriter::flow(v) : YamlWriter::scalar(v, n.style, true);
        splice(n.start, n.end, text);
        return success();
    }
    if (nodeInline && (!container || n.flow)) {
        if (container) {
            splice(n.start, n.end, YamlWriter::flow(v));
            return success();
        }
        std::string text;
        if ((n.style == FYSS_LITERAL || n.style == FYSS_FOLDED) && v.is_string()) {
            // Keep a block scalar's content indentation.
            const qsizetype firstLine = nextLine(n.start);
            qsizetype i = firstLine;
            while (i < m_bytes.size() && m_bytes[i] == ' ')
                ++i;
            text = YamlWriter::literalBlock(v.get<std::string>(), int(i - firstLine));
        }
        if (text.empty())
            text = YamlWriter::scalar(v, n.style, false);
        if (n.type == YamlNode::Type::Scalar && n.end <= n.start && parent.type == YamlNode::Type::Map) {
            qsizetype colon = parent.keyEnds[size_t(idx)];
            while (colon < m_bytes.size() && m_bytes[colon] != ':')
                ++colon;
            splice(colon + 1, colon + 1, " " + text);
            return success();
        }
        splice(n.start, n.end, text);
        return success();
    }
    if (parent.type == YamlNode::Type::Map) {
        const qsizetype keyStart = parent.keyStarts[size_t(idx)];
        qsizetype colon = parent.keyEnds[size_t(idx)];
        while (colon < m_bytes.size() && m_bytes[colon] != ':')
            ++colon;
        if (colon >= m_bytes.size())
            return Error(tr("The key's ':' was not found"));
        std::string text = m_writer.afterKey(v, column(keyStart));
        text.pop_back(); // the node's own line break stays
        // An empty scalar (`key:` alone) has nothing to replace after the colon.
        const qsizetype end = n.type == YamlNode::Type::Scalar && n.end <= n.start ? colon + 1 : n.end;
        splice(colon + 1, std::max(end, colon + 1), text);
        return success();
    }
    const qsizetype dash = dashOf(n);
    if (dash < 0)
        return Error(tr("The list item's '-' was not found"));
    std::string text = m_writer.afterDash(v, column(dash));
    text.pop_back();
    splice(dash + 1, n.end, text);
    return success();
}

Result<void> YamlEditor::addMapEntry(const YamlNode &map, const std::string &key, const nlohmann::json &v)
{
    if (map.flow) {
        const std::string entry = YamlWriter::key(key) + ": " + YamlWriter::flow(v);
        if (map.children.empty())
            splice(map.start, map.end, "{" + entry + "}");
        else
            splice(map.children.back().end, map.children.back().end, ", " + entry);
        return success();
    }
    const int keyCol = column(map.keyStarts.front());
    const qsizetype at = nextLine(map.end);
    std::string text = std::string(size_t(keyCol), ' ') + YamlWriter::key(key) + ":" + m_writer.afterKey(v, keyCol);
    if (at == m_bytes.size() && !m_bytes.isEmpty() && !m_bytes.endsWith('\n'))
        text = "\n" + text;
    splice(at, at, text);
    return success();
}

Result<void> YamlEditor::appendSeqItem(const YamlNode &seq, const nlohmann::json &v)
{
    if (seq.flow) {
        const std::string item = YamlWriter::flow(v);
        if (seq.children.empty())
            splice(seq.start, seq.end, "[" + item + "]");
        else
            splice(seq.children.back().end, seq.children.back().end, ", " + item);
        return success();
    }
    const qsizetype dash = dashOf(seq.children.front());
    if (dash < 0)
        return Error(tr("The list item's '-' was not found"));
    const int dashCol = column(dash);
    const qsizetype at = nextLine(seq.end);
    std::string text = std::string(size_t(dashCol), ' ') + "-" + m_writer.afterDash(v, dashCol);
    if (at == m_bytes.size() && !m_bytes.isEmpty() && !m_bytes.endsWith('\n'))
        text = "\n" + text;
    splice(at, at, text);
    return success();
}

Result<void> YamlEditor::removeChild(const Located &at, size_t level, int idx)
{
    const YamlNode &parent = *at.chain[level];
    const YamlNode &child = parent.children[size_t(idx)];
    const bool isMap = parent.type == YamlNode::Type::Map;
    if (parent.children.size() == 1) {
        if (level == 0)
            return Error(tr("The last field of a document cannot be removed"));
        return replaceNode(at, level, isMap ? nlohmann::json::object() : nlohmann::json::array());
    }
    const qsizetype childStart = isMap ? parent.keyStarts[size_t(idx)] : child.outerStart;
    if (parent.flow) {
        if (size_t(idx) + 1 < parent.children.size()) {
            const qsizetype next = isMap ? parent.keyStarts[size_t(idx) + 1] : parent.children[size_t(idx) + 1].outerStart;
            splice(childStart, next, std::string());
        } else {
            splice(parent.children[size_t(idx) - 1].end, child.end, std::string());
        }
        return success();
    }
    const qsizetype first = isMap ? childStart : dashOf(child);
    if (first < 0)
        return Error(tr("The list item's '-' was not found"));
    const qsizetype ls = lineStart(first);
    bool firstOnLine = true;
    for (qsizetype i = ls; i < first; ++i) {
        if (m_bytes[i] != ' ')
            firstOnLine = false;
    }
    if (!firstOnLine) {
        // "- name: a\n  value: b": the next key moves up onto the dash's line.
        if (!isMap || size_t(idx) + 1 >= parent.children.size())
            return Error(tr("The entry shares its line with another node and cannot be removed alone"));
        splice(first, parent.keyStarts[size_t(idx) + 1], std::string());
        return success();
    }
    const qsizetype from = withOwnComments(ls, column(first));
    splice(from, nextLine(child.end), std::string());
    return success();
}

} // namespace driftdeck::resolve
