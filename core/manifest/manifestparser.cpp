// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/manifestparser.h"

#include "core/common/fyhandle.h"
#include "core/manifest/fyevent.h"
#include "core/manifest/scalarresolver.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace driftdeck::manifest {

namespace {

struct Position
{
    size_t offset = 0;
    int line = 0;   // 0-based as libfyaml counts
    int column = 0; // 0-based
};

Position toPosition(const fy_mark *m)
{
    return m ? Position{m->input_pos, m->line, m->column} : Position{};
}

struct Problem
{
    Position at;
    QString message;
    QString detail;
};

std::string_view tokenText(fy_token *token)
{
    if (!token)
        return {};
    size_t len = 0;
    const char *text = fy_token_get_text(token, &len);
    return text ? std::string_view(text, len) : std::string_view();
}

// The tag as "!!int" for the standard handle, else as written.
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

ScalarResolver::Style scalarStyle(fy_token *value)
{
    return fy_token_scalar_style(value) == FYSS_PLAIN ? ScalarResolver::Style::Plain : ScalarResolver::Style::Quoted;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ManifestParser", text);
}

// Builds one document's JSON from its events.
class DocumentBuilder
{
public:
    struct Range
    {
        Position start;
        Position end;
    };

    void reset()
    {
        m_frames.clear();
        m_anchors.clear();
        m_aliasExpansion = 0;
        m_root = nlohmann::json();
        m_rootRange = {};
        m_itemRanges.clear();
        m_problem.reset();
        m_hasRoot = false;
    }

    // Feeds one event inside a document; false once the document is broken (m_problem set).
    bool feed(fy_event *e)
    {
        if (m_problem)
            return false;
        switch (e->type) {
        case FYET_SCALAR:
            return scalar(e);
        case FYET_ALIAS:
            return alias(e);
        case FYET_MAPPING_START:
            return startContainer(e, true, e->mapping_start.anchor);
        case FYET_SEQUENCE_START:
            return startContainer(e, false, e->sequence_start.anchor);
        case FYET_MAPPING_END:
        case FYET_SEQUENCE_END:
            return endContainer(e);
        default:
            return true;
        }
    }

    const std::optional<Problem> &problem() const { return m_problem; }
    bool hasRoot() const { return m_hasRoot; }
    nlohmann::json &root() { return m_root; }
    const Range &rootRange() const { return m_rootRange; }
    const std::vector<Range> &itemRanges() const { return m_itemRanges; }

private:
    struct Frame
    {
        bool isMap = false;
        nlohmann::json value;
        std::string anchor;
        Range range;
        // mappings
        bool haveKey = false;
        bool mergeKey = false;
        std::string key;
        Position keyAt;
        std::vector<nlohmann::json> merges;
        // the root's `items` sequence records its children's ranges (kind: List)
        bool recordItems = false;
    };

    bool fail(Position at, QString message, QString detail = {})
    {
        m_problem = Problem{at, std::move(message), std::move(detail)};
        return false;
    }

    bool expectingKey() const
    {
        return !m_frames.empty() && m_frames.back().isMap && !m_frames.back().haveKey;
    }

    bool setKey(std::string key, Position at, bool merge)
    {
        Frame &f = m_frames.back();
        f.key = std::move(key);
        f.keyAt = at;
        f.haveKey = true;
        f.mergeKey = merge;
        return true;
    }

    bool scalar(fy_event *e)
    {
        const Range range{toPosition(fy_event_start_mark(e)), toPosition(fy_event_end_mark(e))};
        fy_token *value = e->scalar.value;
        const std::string_view text = tokenText(value);
        const std::string tag = tagString(e->scalar.tag);
        const auto style = scalarStyle(value);
        if (expectingKey()) {
            if (style == ScalarResolver::Style::Plain && tag.empty() && text == "<<")
                return setKey({}, range.start, true);
            auto key = ScalarResolver::keyString(text, style, tag);
            if (!key)
                return fail(range.start, tr("A mapping key is null; kubectl cannot read it"));
            return setKey(std::move(*key), range.start, false);
        }
        auto resolved = ScalarResolver::resolve(text, style, tag);
        if (resolved.error)
            return fail(range.start, tr("A value cannot be represented in JSON"), QString::fromStdString(*resolved.error));
        return complete(std::move(resolved.value), range, anchorName(e->scalar.anchor));
    }

    bool alias(fy_event *e)
    {
        const Range range{toPosition(fy_event_start_mark(e)), toPosition(fy_event_end_mark(e))};
        const std::string name(tokenText(e->alias.anchor));
        auto it = m_anchors.find(name);
        if (it == m_anchors.end())
            return fail(range.start, tr("Unknown alias"), QString::fromStdString(name));
        // Each alias copies its anchor's value: charge the copy against the document's budget.
        m_aliasExpansion += it->second.cost;
        if (m_aliasExpansion > ManifestParser::kMaxAliasExpansion)
            return fail(range.start, tr("Aliases expand to too much data (more than %1 values); the document may be a YAML bomb")
                                         .arg(ManifestParser::kMaxAliasExpansion));
        if (expectingKey()) {
            if (!it->second.value.is_string())
                return fail(range.start, tr("A mapping key is not a scalar; kubectl cannot read it"));
            return setKey(it->second.value.get<std::string>(), range.start, false);
        }
        return complete(nlohmann::json(it->second.value), range, {});
    }

    static std::string anchorName(fy_token *anchor)
    {
        return anchor ? std::string(tokenText(anchor)) : std::string();
    }

    bool startContainer(fy_event *e, bool isMap, fy_token *anchor)
    {
        const Position start = toPosition(fy_event_start_mark(e));
        if (expectingKey())
            return fail(start, tr("A mapping key is not a scalar; kubectl cannot read it"));
        if (m_frames.size() >= size_t(ManifestParser::kMaxDepth))
            return fail(start, tr("The document is nested too deeply (more than %1 levels)").arg(ManifestParser::kMaxDepth));
        Frame f;
        f.isMap = isMap;
        f.value = isMap ? nlohmann::json::object() : nlohmann::json::array();
        f.anchor = anchorName(anchor);
        f.range.start = start;
        f.range.end = start;
        f.recordItems = !isMap && m_frames.size() == 1 && m_frames.front().isMap && !m_frames.front().mergeKey
            && m_frames.front().key == "items";
        m_frames.push_back(std::move(f));
        return true;
    }

    bool endContainer(fy_event *e)
    {
        Frame f = std::move(m_frames.back());
        m_frames.pop_back();
        // Flow collections end at their bracket; block ones at the end of their last child.
        fy_token *closing = e->type == FYET_MAPPING_END ? e->mapping_end.mapping_end : e->sequence_end.sequence_end;
        if (closing && (fy_token_get_type(closing) == FYTT_FLOW_MAPPING_END || fy_token_get_type(closing) == FYTT_FLOW_SEQUENCE_END))
            f.range.end = toPosition(fy_token_end_mark(closing));
        if (f.isMap) {
            for (const auto &source : f.merges) // the first merge source wins, explicit keys win over all
                for (auto it = source.begin(); it != source.end(); ++it)
                    if (!f.value.contains(it.key()))
                        f.value[it.key()] = it.value();
        }
        return complete(std::move(f.value), f.range, f.anchor);
    }

    bool complete(nlohmann::json value, const Range &range, const std::string &anchor)
    {
        if (!anchor.empty())
            m_anchors[anchor] = Anchor{value, cost(value)};
        if (m_frames.empty()) {
            m_root = std::move(value);
            m_rootRange = range;
            m_hasRoot = true;
            return true;
        }
        Frame &parent = m_frames.back();
        if (range.end.offset > parent.range.end.offset)
            parent.range.end = range.end;
        if (!parent.isMap) {
            if (parent.recordItems)
                m_itemRanges.push_back(range);
            parent.value.push_back(std::move(value));
            return true;
        }
        parent.haveKey = false;
        if (parent.mergeKey) {
            if (value.is_object()) {
                parent.merges.push_back(std::move(value));
            } else if (value.is_array()) {
                for (auto &v : value) {
                    if (!v.is_object())
                        return fail(parent.keyAt, tr("A merge key (<<) needs a mapping or a list of mappings"));
                    parent.merges.push_back(std::move(v));
                }
            } else {
                return fail(parent.keyAt, tr("A merge key (<<) needs a mapping or a list of mappings"));
            }
            return true;
        }
        auto &map = parent.value.get_ref<nlohmann::json::object_t &>();
        if (!map.emplace(parent.key, std::move(value)).second)
            return fail(parent.keyAt, tr("Duplicate key"), QString::fromStdString("mapping key \"" + parent.key + "\" already defined"));
        return true;
    }

    // What copying a value costs: one per value plus its strings' bytes (keys included).
    static std::size_t cost(const nlohmann::json &value)
    {
        std::size_t total = 1;
        if (value.is_string()) {
            total += value.get_ref<const std::string &>().size();
        } else if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it)
                total += it.key().size() + cost(it.value());
        } else if (value.is_array()) {
            for (const auto &v : value)
                total += cost(v);
        }
        return total;
    }

    struct Anchor
    {
        nlohmann::json value;
        std::size_t cost = 0;
    };

    std::vector<Frame> m_frames;
    std::unordered_map<std::string, Anchor> m_anchors;
    std::size_t m_aliasExpansion = 0;
    nlohmann::json m_root;
    Range m_rootRange;
    std::vector<Range> m_itemRanges;
    std::optional<Problem> m_problem;
    bool m_hasRoot = false;
};

// Runs libfyaml over a whole stream, handing each finished document to onDocument(index,
// builder). Returns the syntax error, if any.
template<typename OnDocument>
std::optional<Problem> walkStream(QByteArrayView bytes, bool json, OnDocument &&onDocument)
{
    FyDiag diag = makeQuietDiag();

    fy_parse_cfg cfg {};
    cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2
                                                | (json ? FYPCF_JSON_FORCE : FYPCF_JSON_NONE));
    cfg.diag = diag.get();
    FyParser parser(fy_parser_create(&cfg));
    if (!parser)
        return Problem{{}, tr("The YAML parser could not be created")};
    // Empty input: libfyaml needs a non-null pointer even for zero bytes.
    static const char kEmpty[] = "";
    if (fy_parser_set_string(parser.get(), bytes.isEmpty() ? kEmpty : bytes.data(), static_cast<size_t>(bytes.size())) != 0)
        return Problem{{}, tr("The YAML parser could not read the input")};

    if (const auto bad = firstInvalidUtf8(std::string_view(bytes.data(), size_t(bytes.size()))))
        return Problem{{0, bad->line - 1, bad->column - 1}, tr("The file is not valid UTF-8"),
                       QStringLiteral("invalid byte at line %1, column %2").arg(bad->line).arg(bad->column)};

    DocumentBuilder builder;
    int documentIndex = -1;
    bool inDocument = false;
    while (true) {
        FyEvent ev = FyEvent::next(parser.get());
        if (!ev)
            break;
        switch (ev->type) {
        case FYET_DOCUMENT_START:
            ++documentIndex;
            inDocument = true;
            builder.reset();
            break;
        case FYET_DOCUMENT_END:
            if (inDocument)
                onDocument(documentIndex, builder);
            inDocument = false;
            break;
        default:
            if (inDocument)
                builder.feed(ev.get());
            break;
        }
    }
    if (fy_parser_get_stream_error(parser.get())) {
        Problem p{{}, tr("Invalid YAML")};
        if (diag) {
            void *iter = nullptr;
            if (fy_diag_error *err = fy_diag_errors_iterate(diag.get(), &iter)) {
                p.at.line = std::max(0, err->line - 1); // libfyaml counts diagnostics from 1
                p.at.column = std::max(0, err->column - 1);
                p.detail = QString::fromUtf8(err->msg ? err->msg : "");
            }
        }
        return p;
    }
    return std::nullopt;
}

QString jsonString(const nlohmann::json &obj, const char *key)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

ManifestError makeError(const SourceOrigin &origin, int documentIndex, const Problem &p)
{
    ManifestError e;
    e.filePath = origin.filePath;
    e.documentIndex = documentIndex;
    e.line = p.at.line + 1;
    e.column = p.at.column + 1;
    e.message = p.message;
    e.detail = p.detail;
    return e;
}

// Builds the object for one mapping, or explains what it lacks.
std::optional<Problem> toObject(nlohmann::json obj, Position at, ManifestObject &out)
{
    if (!obj.is_object())
        return Problem{at, tr("The document is not a Kubernetes object (a mapping is expected)")};
    const QString apiVersion = jsonString(obj, "apiVersion");
    const QString kind = jsonString(obj, "kind");
    if (apiVersion.isEmpty())
        return Problem{at, tr("The object has no apiVersion")};
    if (kind.isEmpty())
        return Problem{at, tr("The object has no kind")};
    QString name, ns;
    if (auto md = obj.find("metadata"); md != obj.end() && md->is_object()) {
        name = jsonString(*md, "name");
        ns = jsonString(*md, "namespace");
    }
    if (name.isEmpty())
        return Problem{at, tr("The object has no metadata.name"), kind};
    out.key = ResourceKey{groupOfApiVersion(apiVersion), kind, ns, name};
    out.apiVersion = apiVersion;
    out.object = std::make_shared<const nlohmann::json>(std::move(obj));
    return std::nullopt;
}

void setRange(ManifestObject &o, QByteArrayView bytes, const DocumentBuilder::Range &r)
{
    const auto size = static_cast<size_t>(bytes.size());
    size_t start = std::min(r.start.offset, size);
    size_t end = std::min(std::max(r.end.offset, start), size);
    // Block scalars end at the start of the next line: keep the range on the object's lines.
    while (end > start && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' '))
        --end;
    o.byteStart = static_cast<qsizetype>(start);
    o.byteEnd = static_cast<qsizetype>(end);
    o.lineStart = r.start.line + 1;
    int endLine = r.start.line;
    for (size_t i = start; i < end; ++i)
        if (bytes[i] == '\n')
            ++endLine;
    o.lineEnd = endLine + 1;
    o.rawText = bytes.sliced(o.byteStart, o.byteEnd - o.byteStart).toByteArray();
}

std::optional<Problem> tooLarge(QByteArrayView bytes)
{
    if (bytes.size() <= ManifestParser::kMaxFileBytes)
        return std::nullopt;
    return Problem{{}, tr("The file is too large to read as manifests (%1 MiB; the limit is %2 MiB)")
                           .arg(bytes.size() >> 20)
                           .arg(ManifestParser::kMaxFileBytes >> 20),
                   QStringLiteral("%1 bytes").arg(bytes.size())};
}

bool isJsonPath(const QString &path)
{
    return path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
}

} // namespace

QString ManifestError::toString() const
{
    QString s = filePath;
    if (line > 0)
        s += u':' + QString::number(line) + u':' + QString::number(column);
    s += u": " + message;
    if (!detail.isEmpty())
        s += u" (" + detail + u')';
    return s;
}

void ManifestSet::append(ManifestSet other)
{
    objects.append(std::move(other.objects));
    errors.append(std::move(other.errors));
}

ManifestSet ManifestParser::parseFiles(const std::vector<File> &files, const SourceOrigin &origin, int threads)
{
    if (threads <= 0)
        threads = int(std::clamp(std::thread::hardware_concurrency(), 1U, 4U));
    // Below a few files a thread costs more than it saves.
    threads = int(std::min<std::size_t>(std::size_t(threads), std::max<std::size_t>(1, files.size() / 8)));
    std::vector<ManifestSet> sets(files.size());
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            SourceOrigin o = origin;
            o.filePath = files[i].path;
            sets[i] = parse(files[i].bytes, o);
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(std::size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (auto &h : helpers)
        h.join();
    ManifestSet all;
    qsizetype objects = 0;
    for (const auto &set : sets)
        objects += set.objects.size();
    all.objects.reserve(objects);
    for (auto &set : sets)
        all.append(std::move(set));
    return all;
}

ManifestSet ManifestParser::parse(QByteArrayView bytes, const SourceOrigin &origin, Format format)
{
    const bool json = format == Format::Json || (format == Format::Auto && isJsonPath(origin.filePath));
    ManifestSet set;
    if (auto big = tooLarge(bytes)) {
        set.errors.append(makeError(origin, -1, *big));
        return set;
    }
    auto onDocument = [&](int index, DocumentBuilder &b) {
        if (b.problem()) {
            set.errors.append(makeError(origin, index, *b.problem()));
            return;
        }
        if (!b.hasRoot() || b.root().is_null())
            return; // empty document
        const auto &rootRange = b.rootRange();
        nlohmann::json &root = b.root();
        const bool isList = root.is_object() && root.contains("items") && root["items"].is_array()
            && jsonString(root, "kind").endsWith(QStringLiteral("List"));
        if (isList) {
            auto &items = root["items"];
            const auto &ranges = b.itemRanges();
            for (size_t i = 0; i < items.size(); ++i) {
                const auto range = i < ranges.size() ? ranges[i] : rootRange;
                ManifestObject o;
                if (auto p = toObject(std::move(items[i]), range.start, o)) {
                    set.errors.append(makeError(origin, index, *p));
                    continue;
                }
                o.origin = origin;
                o.documentIndex = index;
                o.itemIndex = static_cast<int>(i);
                setRange(o, bytes, range);
                set.objects.append(std::move(o));
            }
            return;
        }
        ManifestObject o;
        if (auto p = toObject(std::move(root), rootRange.start, o)) {
            set.errors.append(makeError(origin, index, *p));
            return;
        }
        o.origin = origin;
        o.documentIndex = index;
        setRange(o, bytes, rootRange);
        set.objects.append(std::move(o));
    };
    if (auto syntax = walkStream(bytes, json, onDocument)) {
        set.objects.clear(); // kubectl refuses the whole file
        set.errors.append(makeError(origin, -1, *syntax));
    }
    return set;
}

Result<std::vector<nlohmann::json>> ManifestParser::parseDocuments(QByteArrayView bytes, const QString &fileName)
{
    std::vector<nlohmann::json> docs;
    std::optional<ManifestError> first;
    const SourceOrigin origin{{}, {}, fileName};
    if (auto big = tooLarge(bytes)) {
        const ManifestError e = makeError(origin, -1, *big);
        return Error(e.message, e.toString());
    }
    auto onDocument = [&](int index, DocumentBuilder &b) {
        if (b.problem()) {
            if (!first)
                first = makeError(origin, index, *b.problem());
            return;
        }
        if (b.hasRoot() && !b.root().is_null())
            docs.push_back(std::move(b.root()));
    };
    if (auto syntax = walkStream(bytes, isJsonPath(fileName), onDocument))
        first = makeError(origin, -1, *syntax);
    if (first)
        return Error(first->message, first->toString());
    return docs;
}

} // namespace driftdeck::manifest
