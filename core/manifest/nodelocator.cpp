// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/nodelocator.h"

#include "core/common/fyhandle.h"
#include "core/manifest/fyevent.h"
#include "core/manifest/scalarresolver.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace driftdeck::manifest {

namespace {

struct Frame
{
    bool isMap = false;
    bool expectingKey = true;
    std::string key;
    qsizetype keyStart = -1;
    qsizetype keyEnd = -1;
    int index = -1; // sequences: index of the current child
    const fy_mark *lastEnd = nullptr;
    fy_mark lastEndCopy {};
};

QString tr(const char *text)
{
    return QCoreApplication::translate("NodeLocator", text);
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

// libfyaml marks a scalar's content: take in the quotes, and a block scalar's indicator line
// (`|`, `>-`, `|2+`), so that an edit replaces the whole node.
void widenScalar(QByteArrayView bytes, fy_scalar_style style, NodeRange &r)
{
    if (style == FYSS_SINGLE_QUOTED || style == FYSS_DOUBLE_QUOTED) {
        const char q = style == FYSS_SINGLE_QUOTED ? '\'' : '"';
        if (r.start > 0 && bytes[r.start - 1] == q) {
            --r.start;
            --r.column;
        }
        if (r.end < bytes.size() && bytes[r.end] == q)
            ++r.end;
    } else if (style == FYSS_LITERAL || style == FYSS_FOLDED) {
        qsizetype i = r.start;
        while (i > 0 && (bytes[i - 1] == ' ' || bytes[i - 1] == '\n' || bytes[i - 1] == '\r'))
            --i;
        qsizetype j = i;
        while (j > 0 && QByteArrayView("|>-+0123456789").contains(bytes[j - 1]))
            --j;
        if (j < i && (bytes[j] == '|' || bytes[j] == '>')) {
            r.start = j;
            qsizetype lineStart = j;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n')
                --lineStart;
            int line = 1;
            for (qsizetype k = 0; k < j; ++k)
                if (bytes[k] == '\n')
                    ++line;
            r.line = line;
            r.column = static_cast<int>(j - lineStart) + 1;
        }
    }
}

} // namespace

QStringList NodeLocator::splitPointer(const QString &pointer)
{
    QStringList parts;
    if (pointer.isEmpty() || pointer == u"/")
        return parts;
    const auto raw = pointer.mid(pointer.startsWith(u'/') ? 1 : 0).split(u'/');
    for (QString p : raw) {
        p.replace(QStringLiteral("~1"), QStringLiteral("/"));
        p.replace(QStringLiteral("~0"), QStringLiteral("~"));
        parts.append(p);
    }
    return parts;
}

Result<NodeRange> NodeLocator::locate(QByteArrayView bytes, int documentIndex, const QStringList &path)
{
    std::vector<std::string> target;
    target.reserve(static_cast<size_t>(path.size()));
    for (const auto &p : path)
        target.push_back(p.toStdString());

    FyDiag diag = makeQuietDiag();
    fy_parse_cfg cfg {};
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
    cfg.diag = diag.get();
    FyParser parser(fy_parser_create(&cfg));
    static const char kEmpty[] = "";
    if (!parser || fy_parser_set_string(parser.get(), bytes.isEmpty() ? kEmpty : bytes.data(), static_cast<size_t>(bytes.size())) != 0)
        return Error(tr("The YAML parser could not be started"));

    int doc = -1;
    std::vector<Frame> frames;
    NodeRange found;
    bool matched = false;  // the target node has started
    size_t matchDepth = 0; // frames.size() when the target container started

    auto currentPathMatches = [&] {
        if (frames.size() != target.size())
            return false;
        for (size_t i = 0; i < frames.size(); ++i) {
            const Frame &f = frames[i];
            const std::string seg = f.isMap ? f.key : std::to_string(f.index);
            if (seg != target[i])
                return false;
        }
        return true;
    };
    auto setEnd = [&](const fy_mark *m) {
        found.end = static_cast<qsizetype>(m->input_pos);
        found.endLine = m->line + 1;
        found.endColumn = m->column + 1;
    };
    auto noteChildEnd = [&](const fy_mark *m) {
        if (!frames.empty() && m) {
            frames.back().lastEndCopy = *m;
            frames.back().lastEnd = &frames.back().lastEndCopy;
        }
    };

    while (true) {
        FyEvent ev = FyEvent::next(parser.get());
        if (!ev)
            break;
        fy_event *e = ev.get();
        if (e->type == FYET_DOCUMENT_START) {
            ++doc;
            frames.clear();
            continue;
        }
        if (doc != documentIndex)
            continue;
        if (e->type == FYET_DOCUMENT_END)
            break;

        const bool isStart = e->type == FYET_SCALAR || e->type == FYET_ALIAS || e->type == FYET_MAPPING_START
            || e->type == FYET_SEQUENCE_START;
        if (isStart && !frames.empty() && frames.back().isMap && frames.back().expectingKey) {
            Frame &f = frames.back();
            if (e->type == FYET_SCALAR) {
                fy_token *v = e->scalar.value;
                const auto style = fy_token_scalar_style(v) == FYSS_PLAIN ? ScalarResolver::Style::Plain
                                                                           : ScalarResolver::Style::Quoted;
                f.key = ScalarResolver::keyString(tokenText(v), style, tagString(e->scalar.tag)).value_or(std::string());
            } else {
                f.key.clear(); // complex or aliased keys are never on a path
                if (e->type != FYET_SCALAR && e->type != FYET_ALIAS)
                    return Error(tr("The document uses a complex mapping key"));
            }
            NodeRange kr;
            kr.start = static_cast<qsizetype>(fy_event_start_mark(e)->input_pos);
            kr.end = static_cast<qsizetype>(fy_event_end_mark(e)->input_pos);
            if (e->type == FYET_SCALAR)
                widenScalar(bytes, fy_token_scalar_style(e->scalar.value), kr);
            f.keyStart = kr.start;
            f.keyEnd = kr.end;
            f.expectingKey = false;
            continue;
        }
        if (isStart) {
            if (!frames.empty() && !frames.back().isMap)
                ++frames.back().index;
            if (!matched && currentPathMatches()) {
                matched = true;
                const fy_mark *s = fy_event_start_mark(e);
                found.start = static_cast<qsizetype>(s->input_pos);
                found.line = s->line + 1;
                found.column = s->column + 1;
                if (!frames.empty() && frames.back().isMap) {
                    found.keyStart = frames.back().keyStart;
                    found.keyEnd = frames.back().keyEnd;
                }
                if (e->type == FYET_SCALAR || e->type == FYET_ALIAS) {
                    setEnd(fy_event_end_mark(e));
                    if (e->type == FYET_SCALAR)
                        widenScalar(bytes, fy_token_scalar_style(e->scalar.value), found);
                    break;
                }
                matchDepth = frames.size();
            }
            if (e->type == FYET_MAPPING_START || e->type == FYET_SEQUENCE_START) {
                Frame f;
                f.isMap = e->type == FYET_MAPPING_START;
                frames.push_back(f);
            } else {
                noteChildEnd(fy_event_end_mark(e));
                if (!frames.empty() && frames.back().isMap)
                    frames.back().expectingKey = true;
            }
            continue;
        }
        if (e->type == FYET_MAPPING_END || e->type == FYET_SEQUENCE_END) {
            Frame f = frames.back();
            frames.pop_back();
            fy_token *closing = e->type == FYET_MAPPING_END ? e->mapping_end.mapping_end : e->sequence_end.sequence_end;
            fy_mark endMark {};
            if (closing && (fy_token_get_type(closing) == FYTT_FLOW_MAPPING_END || fy_token_get_type(closing) == FYTT_FLOW_SEQUENCE_END))
                endMark = *fy_token_end_mark(closing);
            else if (f.lastEnd)
                endMark = *f.lastEnd;
            else
                endMark = *fy_event_start_mark(e);
            if (matched && frames.size() == matchDepth) {
                setEnd(&endMark);
                break;
            }
            noteChildEnd(&endMark);
            if (!frames.empty() && frames.back().isMap)
                frames.back().expectingKey = true;
        }
    }
    if (fy_parser_get_stream_error(parser.get()) && !matched)
        return Error(tr("The file is not valid YAML"));
    if (doc < documentIndex)
        return Error(tr("The file has no document %1").arg(documentIndex));
    if (!matched || found.end < found.start)
        return Error(tr("No node at %1").arg(u'/' + path.join(u'/')));
    // Block scalars include the line break that ends them; edits want the text itself.
    while (found.end > found.start && (bytes[found.end - 1] == '\n' || bytes[found.end - 1] == '\r'))
        --found.end;
    found.endLine = found.line;
    qsizetype lineStart = found.start - (found.column - 1);
    for (qsizetype i = found.start; i < found.end; ++i) {
        if (bytes[i] == '\n') {
            ++found.endLine;
            lineStart = i + 1;
        }
    }
    found.endColumn = static_cast<int>(found.end - lineStart) + 1;
    return found;
}

} // namespace driftdeck::manifest
