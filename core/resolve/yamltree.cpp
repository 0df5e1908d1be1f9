// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resolve/yamltree.h"

#include "core/common/fyhandle.h"
#include "core/manifest/fyevent.h"
#include "core/manifest/scalarresolver.h"

#include <QCoreApplication>

namespace driftdeck::resolve {

namespace {

using manifest::ScalarResolver;

QString tr(const char *text)
{
    return QCoreApplication::translate("driftdeck::resolve::YamlTree", text);
}

std::string_view tokenText(fy_token *token)
{
    size_t len = 0;
    const char *text = token ? fy_token_get_text(token, &len) : nullptr;
    return text ? std::string_view(text, len) : std::string_view();
}

std::string tagString(fy_token *tag)
{
    if (!tag)
        return {};
    size_t hlen = 0, slen = 0;
    const char *handle = fy_tag_token_handle(tag, &hlen);
    const char *suffix = fy_tag_token_suffix(tag, &slen);
    std::string out;
    if (handle)
        out.append(handle, hlen);
    if (suffix)
        out.append(suffix, slen);
    return out;
}

qsizetype pos(const fy_mark *m)
{
    return m ? static_cast<qsizetype>(m->input_pos) : 0;
}

// libfyaml marks a scalar's content: take in the quotes and a block scalar's indicator.
void widenScalar(QByteArrayView bytes, fy_scalar_style style, qsizetype &start, qsizetype &end)
{
    if (style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED) {
        const char q = style == FYSS_SINGLE_QUOTED ? '\'' : '"';
        if (start > 0 && bytes[start - 1] == q)
            --start;
        if (end < bytes.size() && bytes[end] == q)
            ++end;
    } else if (style == FYSS_LITERAL || style == FYSS_FOLDED) {
        qsizetype i = start;
        while (i > 0 && (bytes[i - 1] == ' ' || bytes[i - 1] == '\n' || bytes[i - 1] == '\r'))
            --i;
        qsizetype j = i;
        while (j > 0 && QByteArrayView("|>-+0123456789").contains(bytes[j - 1]))
            --j;
        if (j < i && (bytes[j] == '|' || bytes[j] == '>'))
            start = j;
        // The token runs into the next line's indentation: keep only the scalar's own text.
        while (end > start && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t'))
            --end;
        while (end > start && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r'))
            --end;
    }
}

struct Frame
{
    YamlNode node;
    bool expectingKey = true;
    std::string key;
    qsizetype keyStart = -1;
    qsizetype keyEnd = -1;
};

} // namespace

int YamlNode::indexOfKey(const std::string &key) const
{
    for (size_t i = 0; i < keys.size(); ++i) {
        if (keys[i] == key)
            return int(i);
    }
    return -1;
}

bool YamlNode::hasMergeKey() const
{
    return indexOfKey("<<") >= 0;
}

Result<YamlTree> YamlTree::parse(QByteArrayView bytes)
{
    FyDiag diag = makeQuietDiag();
    fy_parse_cfg cfg {};
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
    cfg.diag = diag.get();
    FyParser parser(fy_parser_create(&cfg));
    static const char kEmpty[] = "";
    if (!parser
        || fy_parser_set_string(parser.get(), bytes.isEmpty() ? kEmpty : bytes.data(), static_cast<size_t>(bytes.size())) != 0)
        return Error(tr("The YAML parser could not be started"));

    YamlTree tree;
    std::vector<Frame> frames;
    bool inDocument = false;

    // Hands a finished node to its parent (or makes it the document's root).
    auto complete = [&](YamlNode node) -> Result<void> {
        if (frames.empty()) {
            if (!tree.m_documents.empty()) {
                tree.m_documents.back().root = std::move(node);
                tree.m_documents.back().hasRoot = true;
            }
            return success();
        }
        Frame &parent = frames.back();
        if (!parent.node.flow && node.end > parent.node.end)
            parent.node.end = node.end;
        if (parent.node.type == YamlNode::Type::Map) {
            parent.node.keys.push_back(parent.key);
            parent.node.keyStarts.push_back(parent.keyStart);
            parent.node.keyEnds.push_back(parent.keyEnd);
            parent.expectingKey = true;
        }
        parent.node.children.push_back(std::move(node));
        return success();
    };

    while (true) {
        manifest::FyEvent ev = manifest::FyEvent::next(parser.get());
        if (!ev)
            break;
        fy_event *e = ev.get();
        switch (e->type) {
        case FYET_DOCUMENT_START: {
            YamlDocument doc;
            doc.start = pos(fy_event_start_mark(e));
            doc.explicitStart = !e->document_start.implicit;
            tree.m_documents.push_back(std::move(doc));
            frames.clear();
            inDocument = true;
            continue;
        }
        case FYET_DOCUMENT_END:
            inDocument = false;
            continue;
        default:
            break;
        }
        if (!inDocument)
            continue;
        const bool keyExpected = !frames.empty() && frames.back().node.type == YamlNode::Type::Map && frames.back().expectingKey;
        switch (e->type) {
        case FYET_SCALAR: {
            fy_token *v = e->scalar.value;
            if (!v) {
                // An empty value (`key:` alone) has no token: it sits right after its key.
                if (keyExpected)
                    return Error(tr("The document has an empty mapping key"));
                YamlNode n;
                const bool inMap = !frames.empty() && frames.back().node.type == YamlNode::Type::Map;
                n.start = n.end = n.outerStart = inMap ? frames.back().keyEnd : (frames.empty() ? 0 : frames.back().node.end);
                n.value = nullptr;
                if (auto r = complete(std::move(n)); !r)
                    return r.error();
                continue;
            }
            const fy_scalar_style style = fy_token_scalar_style(v);
            qsizetype start = pos(fy_token_start_mark(v));
            qsizetype end = pos(fy_token_end_mark(v));
            widenScalar(bytes, style, start, end);
            const auto resolverStyle = style == FYSS_PLAIN ? ScalarResolver::Style::Plain : ScalarResolver::Style::Quoted;
            const std::string tag = tagString(e->scalar.tag);
            if (keyExpected) {
                Frame &f = frames.back();
                if (style == FYSS_PLAIN && tag.empty() && tokenText(v) == "<<")
                    f.key = "<<";
                else
                    f.key = ScalarResolver::keyString(tokenText(v), resolverStyle, tag).value_or(std::string());
                f.keyStart = start;
                f.keyEnd = end;
                f.expectingKey = false;
                continue;
            }
            YamlNode n;
            n.type = YamlNode::Type::Scalar;
            n.style = style;
            n.start = start;
            n.end = end;
            n.outerStart = start;
            if (e->scalar.anchor) {
                n.hasAnchor = true;
                n.outerStart = std::min(n.outerStart, pos(fy_token_start_mark(e->scalar.anchor)));
            }
            if (e->scalar.tag)
                n.outerStart = std::min(n.outerStart, pos(fy_token_start_mark(e->scalar.tag)));
            n.value = ScalarResolver::resolve(tokenText(v), resolverStyle, tag).value;
            if (auto r = complete(std::move(n)); !r)
                return r.error();
            continue;
        }
        case FYET_ALIAS: {
            if (keyExpected)
                return Error(tr("The document uses an alias as a mapping key"));
            YamlNode n;
            n.type = YamlNode::Type::Alias;
            n.start = pos(fy_event_start_mark(e));
            n.end = pos(fy_event_end_mark(e));
            if (n.start > 0 && bytes[n.start - 1] == '*')
                --n.start;
            n.outerStart = n.start;
            if (auto r = complete(std::move(n)); !r)
                return r.error();
            continue;
        }
        case FYET_MAPPING_START:
        case FYET_SEQUENCE_START: {
            if (keyExpected)
                return Error(tr("The document uses a complex mapping key"));
            const bool isMap = e->type == FYET_MAPPING_START;
            fy_token *t = isMap ? e->mapping_start.mapping_start : e->sequence_start.sequence_start;
            fy_token *anchor = isMap ? e->mapping_start.anchor : e->sequence_start.anchor;
            fy_token *tag = isMap ? e->mapping_start.tag : e->sequence_start.tag;
            Frame f;
            f.node.type = isMap ? YamlNode::Type::Map : YamlNode::Type::Seq;
            f.node.flow = t && (fy_token_get_type(t) == FYTT_FLOW_MAPPING_START || fy_token_get_type(t) == FYTT_FLOW_SEQUENCE_START);
            f.node.start = t ? pos(fy_token_start_mark(t)) : pos(fy_event_start_mark(e));
            f.node.end = f.node.start;
            f.node.outerStart = f.node.start;
            if (anchor) {
                f.node.hasAnchor = true;
                f.node.outerStart = std::min(f.node.outerStart, pos(fy_token_start_mark(anchor)));
            }
            if (tag)
                f.node.outerStart = std::min(f.node.outerStart, pos(fy_token_start_mark(tag)));
            frames.push_back(std::move(f));
            continue;
        }
        case FYET_MAPPING_END:
        case FYET_SEQUENCE_END: {
            if (frames.empty())
                return Error(tr("The YAML structure could not be read"));
            YamlNode n = std::move(frames.back().node);
            frames.pop_back();
            fy_token *closing = e->type == FYET_MAPPING_END ? e->mapping_end.mapping_end : e->sequence_end.sequence_end;
            if (n.flow && closing)
                n.end = pos(fy_token_end_mark(closing));
            if (auto r = complete(std::move(n)); !r)
                return r.error();
            continue;
        }
        default:
            continue;
        }
    }
    if (fy_parser_get_stream_error(parser.get()))
        return Error(tr("The file is not valid YAML"));
    return tree;
}

} // namespace driftdeck::resolve
