// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/sidebysidebuilder.h"

#include "core/common/githandle.h"
#include "core/common/logging.h"
#include "core/drift/normalizer.h"
#include "core/drift/secretmasker.h"
#include "core/drift/yamlemitter.h"

#include <git2.h>

#include <set>
#include <string>
#include <vector>

namespace driftdeck::drift {

namespace {

using Json = nlohmann::json;

std::string escapeToken(const std::string &token)
{
    std::string out;
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// The live object reduced to what Git sets plus every reported change (by live pointer).
class Projector
{
public:
    explicit Projector(const QList<FieldChange> &changes)
    {
        for (const FieldChange &c : changes) {
            if (c.op != FieldChange::Op::Remove)
                m_pointers.insert(c.pointer.toStdString());
        }
    }

    Json project(const Json &d, const Json &l, const std::string &pointer, std::string_view field,
                 std::string_view parent) const
    {
        if (d.is_object() && l.is_object()) {
            Json out = Json::object();
            for (auto it = l.begin(); it != l.end(); ++it) {
                const std::string child = pointer + '/' + escapeToken(it.key());
                const auto dv = d.find(it.key());
                if (dv != d.end() && !dv->is_null())
                    out[it.key()] = project(*dv, *it, child, it.key(), field);
                else if (reported(child))
                    out[it.key()] = *it;
            }
            return out;
        }
        if (d.is_array() && l.is_array()) {
            const Json &sample = !d.empty() ? d.front() : (!l.empty() ? l.front() : Json());
            const std::vector<std::string> keys = Normalizer::mergeKeys(field, sample);
            Json out = Json::array();
            if (keys.empty() || d.size() == l.size()) {
                if (d.size() != l.size())
                    return l;
                if (keys.empty()) {
                    for (size_t i = 0; i < l.size(); ++i)
                        out.push_back(project(d[i], l[i], pointer + '/' + std::to_string(i), field, parent));
                    return out;
                }
            }
            std::vector<std::pair<std::string, Json>> lk;
            std::vector<std::pair<std::string, Json>> dk;
            for (size_t j = 0; j < l.size(); ++j) {
                const std::string child = pointer + '/' + std::to_string(j);
                const Json *match = nullptr;
                if (Normalizer::mergeKeyValues(l[j], keys, lk)) {
                    for (const Json &e : d) {
                        if (Normalizer::mergeKeyValues(e, keys, dk) && dk == lk) {
                            match = &e;
                            break;
                        }
                    }
                }
                if (match)
                    out.push_back(project(*match, l[j], child, field, parent));
                else if (reported(child))
                    out.push_back(l[j]);
            }
            return out;
        }
        if (!d.is_object() && !d.is_array() && Normalizer::scalarEquals(d, l, field, parent))
            return d; // Git's spelling when equal after normalisation (1000m vs 1)
        return l;
    }

private:
    bool reported(const std::string &pointer) const
    {
        // Any reported change at or below this pointer.
        const auto it = m_pointers.lower_bound(pointer);
        return it != m_pointers.end() && it->compare(0, pointer.size(), pointer) == 0
            && (it->size() == pointer.size() || (*it)[pointer.size()] == '/');
    }

    std::set<std::string> m_pointers;
};

struct LineCollector
{
    QList<DiffRow> rows;
    std::vector<int> removed;
    std::vector<int> added;
    int nextLeft = 0;
    int nextRight = 0;

    void flush()
    {
        const size_t pairs = std::min(removed.size(), added.size());
        for (size_t i = 0; i < pairs; ++i)
            rows.append(DiffRow{removed[i], added[i], DiffRow::Kind::Changed});
        for (size_t i = pairs; i < removed.size(); ++i)
            rows.append(DiffRow{removed[i], -1, DiffRow::Kind::Removed});
        for (size_t i = pairs; i < added.size(); ++i)
            rows.append(DiffRow{-1, added[i], DiffRow::Kind::Added});
        removed.clear();
        added.clear();
    }

    // Same rows up to (not including) the given 0-based lines on both sides.
    void sameUntil(int left, int right)
    {
        while (nextLeft < left && nextRight < right)
            rows.append(DiffRow{nextLeft++, nextRight++, DiffRow::Kind::Same});
    }
};

int onLine(const git_diff_delta *, const git_diff_hunk *, const git_diff_line *line, void *payload)
{
    auto *c = static_cast<LineCollector *>(payload);
    if (line->origin == GIT_DIFF_LINE_DELETION) {
        const int left = line->old_lineno - 1;
        if (!c->added.empty() || left != c->nextLeft)
            c->flush();
        if (left != c->nextLeft)
            c->sameUntil(left, c->nextRight + (left - c->nextLeft));
        c->removed.push_back(left);
        c->nextLeft = left + 1;
    } else if (line->origin == GIT_DIFF_LINE_ADDITION) {
        const int right = line->new_lineno - 1;
        if (right != c->nextRight) {
            c->flush();
            c->sameUntil(c->nextLeft + (right - c->nextRight), right);
        }
        c->added.push_back(right);
        c->nextRight = right + 1;
    }
    return 0;
}

int lineCount(const QByteArray &text)
{
    if (text.isEmpty())
        return 0;
    return int(text.count('\n')) + (text.endsWith('\n') ? 0 : 1);
}

} // namespace

QList<DiffRow> SideBySideBuilder::diffLines(const QString &left, const QString &right,
                                            SideBySideOptions::Algorithm algorithm)
{
    // Initialised once: git_libgit2_shutdown() per call would tear down libgit2's global state.
    static const GitLibrary library;
    const QByteArray a = left.toUtf8();
    const QByteArray b = right.toUtf8();
    git_diff_options opts;
    git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
    opts.context_lines = 0;
    opts.interhunk_lines = 0;
    opts.flags |= GIT_DIFF_FORCE_TEXT;
    opts.flags |= algorithm == SideBySideOptions::Algorithm::Patience ? GIT_DIFF_PATIENCE : GIT_DIFF_MINIMAL;
    LineCollector collector;
    const int rc = git_diff_buffers(a.constData(), size_t(a.size()), "git", b.constData(), size_t(b.size()), "live",
                                    &opts, nullptr, nullptr, nullptr, onLine, &collector);
    if (rc < 0) {
        qCWarning(lcDrift) << "git_diff_buffers failed:" << gitLastError(rc).c_str();
        return {};
    }
    collector.flush();
    const int leftLines = lineCount(a);
    const int rightLines = lineCount(b);
    collector.sameUntil(leftLines, rightLines);
    return collector.rows;
}

SideBySide SideBySideBuilder::build(const Json &desired, const Json &live, const CompareResult &compared,
                                    const SideBySideOptions &options)
{
    Json d = Normalizer::normalizedDesired(desired, options.includeStatus);
    Json l = Normalizer::normalizedLive(live, options.includeStatus, options.includeManagedFields);
    if (Normalizer::isSecret(d) || Normalizer::isSecret(l))
        SecretMasker::maskPair(d, l);
    Json right;
    if (options.includeUnsetFields) {
        right = std::move(l);
    } else {
        right = Projector(compared.changes).project(d, l, std::string(), {}, {});
        if (right.is_object()) {
            for (const char *k : {"apiVersion", "kind"}) {
                if (l.contains(k))
                    right[k] = l[k];
            }
            if (options.includeStatus && l.contains("status"))
                right["status"] = l["status"];
            if (options.includeManagedFields && l.contains("metadata") && l["metadata"].contains("managedFields"))
                right["metadata"]["managedFields"] = l["metadata"]["managedFields"];
        }
    }
    SideBySide out;
    out.leftText = QString::fromStdString(YamlEmitter::toYaml(d));
    out.rightText = QString::fromStdString(YamlEmitter::toYaml(right));
    out.rows = diffLines(out.leftText, out.rightText, options.algorithm);
    return out;
}

} // namespace driftdeck::drift
