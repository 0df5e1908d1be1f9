// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/drift/comparer.h"

#include "core/common/logging.h"
#include "core/drift/normalizer.h"
#include "core/drift/secretmasker.h"
#include "core/drift/yamlemitter.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace driftdeck::drift {

namespace {

using Mask = OwnershipIndex::Mask;
using Json = nlohmann::json;
using RuleList = std::vector<const FieldPath *>;

constexpr const char *kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";
constexpr const char *kFluxReconcile = "kustomize.toolkit.fluxcd.io/reconcile";

const Json *findChild(const Json *object, const std::string &key)
{
    if (!object || !object->is_object())
        return nullptr;
    const auto it = object->find(key);
    return it == object->end() || it->is_null() ? nullptr : &*it;
}

std::string stringAt(const Json &object, const char *a, const char *b = nullptr)
{
    const Json *v = findChild(&object, a);
    if (v && b)
        v = findChild(v, b);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

// Where the walk stands in the ownership trie, the last-applied copy and the ignore rules.
struct Cursor
{
    int own = OwnershipIndex::kNoNode;
    Mask inherited = 0; // owners of the nearest atomic (leaf) ancestor
    const Json *lastApplied = nullptr;
    const RuleList *rules = nullptr;
};

using KeyRefs = std::vector<const Json *>;

// One step of the current path, kept as pointers; a FieldPath is built only for a change.
struct Step
{
    const std::string *name = nullptr;              // field step
    const std::vector<std::string> *keyNames = nullptr; // element step
    const KeyRefs *keyValues = nullptr;
    int index = -1;
};

const RuleList kNoRules;
const Json kEmptyObject = Json::object();
const Json kEmptyArray = Json::array();

bool sameKeys(const KeyRefs &a, const KeyRefs &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!(*a[i] == *b[i]))
            return false;
    }
    return true;
}

PathSegment segmentOf(const Step &step)
{
    PathSegment seg;
    if (step.name) {
        seg.kind = PathSegment::Kind::Field;
        seg.name = *step.name;
        return seg;
    }
    seg.kind = PathSegment::Kind::Key;
    seg.index = step.index;
    for (size_t i = 0; i < step.keyNames->size(); ++i)
        seg.keys.emplace_back((*step.keyNames)[i], *(*step.keyValues)[i]);
    return seg;
}

class Walk
{
public:
    Walk(const CompareOptions &options, const OwnershipIndex &own, std::string kind)
        : m_options(options), m_own(own), m_kind(std::move(kind))
    {
        m_steps.reserve(24);
    }

    Mask gitOpsAll = 0;   // attribution prefers other managers
    Mask gitOpsApply = 0; // server-side-apply ownership: "removed in Git"
    Mask ignoredManagers = 0;
    bool lastAppliedRemovals = false;
    QList<FieldChange> changes;

    void compareMap(const Json &d, const Json &l, const Cursor &c, std::string_view field, std::string_view parent,
                    int depth)
    {
        // Both maps are sorted by key (std::map), so one merged pass visits every key once.
        const bool top = depth == 0;
        const bool meta = depth == 1 && field == "metadata";
        auto di = d.begin();
        auto li = l.begin();
        while (di != d.end() || li != l.end()) {
            const int cmp = di == d.end() ? 1 : (li == l.end() ? -1 : di.key().compare(li.key()));
            if (cmp <= 0) {
                const Json *lv = cmp == 0 && !li->is_null() ? &*li : nullptr;
                if (!di->is_null()) {
                    compareKey(di.key(), *di, lv, c, field, depth, top, meta);
                } else if (lv) {
                    extraKey(li.key(), *lv, c, field, parent, depth, top, meta);
                }
                ++di;
                if (cmp == 0)
                    ++li;
            } else {
                if (!li->is_null())
                    extraKey(li.key(), *li, c, field, parent, depth, top, meta);
                ++li;
            }
        }
    }

private:
    void compareKey(const std::string &k, const Json &dv, const Json *lv, const Cursor &c, std::string_view field,
                    int depth, bool top, bool meta)
    {
        if (skipKey(top, meta, k))
            return;
        Cursor cc;
        RuleList next;
        if (!enter(Step{&k}, c, findChild(c.lastApplied, k), cc, next, m_own.field(c.own, k)))
            return;
        compareValue(dv, lv, cc, k, field, depth + 1);
        m_steps.pop_back();
    }

    // A key only the live object has.
    void extraKey(const std::string &k, const Json &lv, const Cursor &c, std::string_view field,
                  std::string_view parent, int depth, bool top, bool meta)
    {
        if (skipKey(top, meta, k))
            return;
        if (meta && (k == "name" || k == "namespace" || k == "generateName" || k == "ownerReferences"
                     || k == "finalizers"))
            return;
        const bool labelsOrAnnotations = (field == "labels" || field == "annotations") && parent == "metadata";
        if (labelsOrAnnotations && Normalizer::isSystemMetadataKey(k, m_options.systemMetadataKeys))
            return;
        const int node = m_own.field(c.own, k);
        if (lv.is_object() && Normalizer::isFreeFormMap(k, field, depth, m_kind)) {
            // Git sets no labels (annotations, data ...) at all: every live entry counts.
            Cursor cc;
            RuleList next;
            if (enter(Step{&k}, c, findChild(c.lastApplied, k), cc, next, node)) {
                compareMap(kEmptyObject, lv, cc, k, field, depth + 1);
                m_steps.pop_back();
            }
            return;
        }
        const bool removed = (m_own.subtreeOwnersOf(node) & gitOpsApply)
            || (lastAppliedRemovals && findChild(c.lastApplied, k));
        if (!removed && lv.is_array() && !lv.empty() && Normalizer::addedElementsAreDrift(k, lv.front())) {
            // Git never set such a list (`kubectl set env` on a container without env): each
            // element only the cluster has is drift, as when Git sets the list. A list Git used
            // to own stays one "removed in Git" change below.
            Cursor cc;
            RuleList next;
            if (enter(Step{&k}, c, nullptr, cc, next, node)) {
                compareList(kEmptyArray, lv, cc, k, field, depth + 1);
                m_steps.pop_back();
            }
            return;
        }
        if (!removed && !Normalizer::isFreeFormMap(field, parent, depth - 1, m_kind))
            return;
        Cursor cc;
        RuleList next;
        if (!enter(Step{&k}, c, nullptr, cc, next, node))
            return;
        record(FieldChange::Op::Add, nullptr, &lv, cc, removed);
        m_steps.pop_back();
    }

    bool skipKey(bool top, bool meta, const std::string &k) const
    {
        if (top)
            return k == "apiVersion" || k == "kind" || (k == "status" && !m_options.compareStatus);
        return meta && Normalizer::isServerMetadataField(k);
    }

    // Pushes a path step; false (and nothing pushed) when an ignore rule covers it.
    bool enter(const Step &step, const Cursor &c, const Json *lastApplied, Cursor &out, RuleList &next, int node)
    {
        if (c.rules && !c.rules->empty()) {
            const qsizetype depth = qsizetype(m_steps.size());
            const PathSegment seg = segmentOf(step);
            for (const FieldPath *r : *c.rules) {
                if (!r->segmentMatches(depth, seg))
                    continue;
                if (r->size() == depth + 1)
                    return false;
                next.push_back(r);
            }
        }
        out.rules = &next;
        out.own = node;
        out.inherited = m_own.isLeaf(c.own) && m_own.ownersOf(c.own) ? m_own.ownersOf(c.own) : c.inherited;
        out.lastApplied = lastApplied;
        m_steps.push_back(step);
        return true;
    }

    void compareValue(const Json &d, const Json *l, const Cursor &c, std::string_view field, std::string_view parent,
                      int depth)
    {
        if (!l) {
            if (!Normalizer::isZero(d))
                record(FieldChange::Op::Remove, &d, nullptr, c, false);
            return;
        }
        if (d.is_object()) {
            if (l->is_object())
                compareMap(d, *l, c, field, parent, depth);
            else
                record(FieldChange::Op::Replace, &d, l, c, false);
            return;
        }
        if (d.is_array()) {
            if (l->is_array())
                compareList(d, *l, c, field, parent, depth);
            else
                record(FieldChange::Op::Replace, &d, l, c, false);
            return;
        }
        if (!Normalizer::scalarEquals(d, *l, field, parent))
            record(FieldChange::Op::Replace, &d, l, c, false);
    }

    static bool contains(const Json &d, const Json *l, std::string_view field, std::string_view parent)
    {
        if (d.is_null())
            return true;
        if (!l || l->is_null())
            return Normalizer::isZero(d);
        if (d.is_object()) {
            if (!l->is_object())
                return false;
            for (auto it = d.begin(); it != d.end(); ++it) {
                if (!contains(*it, findChild(l, it.key()), it.key(), field))
                    return false;
            }
            return true;
        }
        if (d.is_array()) {
            if (!l->is_array() || l->size() != d.size())
                return false;
            for (size_t i = 0; i < d.size(); ++i) {
                if (!contains(d[i], &(*l)[i], field, parent))
                    return false;
            }
            return true;
        }
        return Normalizer::scalarEquals(d, *l, field, parent);
    }

    void compareList(const Json &d, const Json &l, const Cursor &c, std::string_view field, std::string_view parent,
                     int depth)
    {
        static const Json kNull;
        const Json &sample = !d.empty() ? d.front() : (!l.empty() ? l.front() : kNull);
        const std::vector<std::string> keys = Normalizer::mergeKeys(field, sample);
        bool keyed = !keys.empty();
        std::vector<KeyRefs> liveKeys(keyed ? l.size() : 0);
        std::vector<KeyRefs> gitKeys(keyed ? d.size() : 0);
        for (size_t j = 0; keyed && j < l.size(); ++j)
            keyed = Normalizer::mergeKeyRefs(l[j], keys, liveKeys[j]);
        for (size_t i = 0; keyed && i < d.size(); ++i)
            keyed = Normalizer::mergeKeyRefs(d[i], keys, gitKeys[i]);
        if (!keyed) {
            if (!contains(d, &l, field, parent))
                record(FieldChange::Op::Replace, &d, &l, c, false);
            return;
        }
        std::vector<bool> matched(l.size(), false);
        for (size_t i = 0; i < d.size(); ++i) {
            int found = -1;
            for (size_t j = 0; j < l.size() && found < 0; ++j) {
                if (!matched[j] && sameKeys(liveKeys[j], gitKeys[i]))
                    found = int(j);
            }
            if (found >= 0)
                matched[size_t(found)] = true;
            const Json *lv = found >= 0 ? &l[size_t(found)] : nullptr;
            Cursor cc;
            RuleList next;
            const int node = lv ? m_own.element(c.own, *lv, found) : OwnershipIndex::kNoNode;
            if (!enter(Step{nullptr, &keys, &gitKeys[i], found}, c, lastAppliedElement(c.lastApplied, keys, gitKeys[i]),
                       cc, next, node))
                continue;
            if (lv)
                compareMap(d[i], *lv, cc, field, parent, depth);
            else if (!Normalizer::isZero(d[i]))
                record(FieldChange::Op::Remove, &d[i], nullptr, cc, false);
            m_steps.pop_back();
        }
        for (size_t j = 0; j < l.size(); ++j) {
            if (matched[j] || Normalizer::isServerAddedElement(field, l[j]))
                continue;
            const int node = m_own.element(c.own, l[j], int(j));
            const bool removed = (m_own.subtreeOwnersOf(node) & gitOpsApply)
                || (lastAppliedRemovals && lastAppliedElement(c.lastApplied, keys, liveKeys[j]));
            Cursor cc;
            RuleList next;
            if (!enter(Step{nullptr, &keys, &liveKeys[j], int(j)}, c, nullptr, cc, next, node))
                continue;
            record(FieldChange::Op::Add, nullptr, &l[j], cc, removed);
            m_steps.pop_back();
        }
    }

    static const Json *lastAppliedElement(const Json *list, const std::vector<std::string> &keys, const KeyRefs &want)
    {
        if (!list || !list->is_array())
            return nullptr;
        KeyRefs have;
        for (const Json &e : *list) {
            if (Normalizer::mergeKeyRefs(e, keys, have) && sameKeys(have, want))
                return &e;
        }
        return nullptr;
    }

    void record(FieldChange::Op op, const Json *git, const Json *live, const Cursor &c, bool removedInGit)
    {
        Mask owners = 0;
        if (live) {
            owners = m_own.ownersOf(c.own);
            if (!owners)
                owners = m_own.subtreeOwnersOf(c.own);
            if (!owners)
                owners = c.inherited;
        }
        if (owners & ignoredManagers)
            return;
        FieldPath path;
        for (const Step &s : m_steps) {
            if (s.name) {
                path.appendField(*s.name);
            } else {
                std::vector<std::pair<std::string, Json>> keys;
                for (size_t i = 0; i < s.keyNames->size(); ++i)
                    keys.emplace_back((*s.keyNames)[i], *(*s.keyValues)[i]);
                path.appendKey(std::move(keys), s.index);
            }
        }
        FieldChange change;
        change.field = path.toString();
        change.pointer = path.toPointer();
        change.op = op;
        if (git)
            change.gitValue = YamlEmitter::displayValue(*git);
        if (live)
            change.liveValue = YamlEmitter::displayValue(*live);
        change.removedInGit = removedInGit;
        const int who = m_own.pick(owners, removedInGit ? Mask(0) : gitOpsAll);
        if (who >= 0) {
            const FieldManager &m = m_own.manager(who);
            change.manager = m.manager;
            change.operation = m.operation;
            change.time = m.time;
        }
        changes.append(std::move(change));
    }

    const CompareOptions &m_options;
    const OwnershipIndex &m_own;
    std::string m_kind;
    std::vector<Step> m_steps;
};

} // namespace

Comparer::Comparer(CompareOptions options) : m_options(std::move(options)) {}

ResourceKey Comparer::keyOf(const Json &object)
{
    ResourceKey key;
    if (!object.is_object())
        return key;
    key.group = groupOfApiVersion(QString::fromStdString(stringAt(object, "apiVersion")));
    key.kind = QString::fromStdString(stringAt(object, "kind"));
    key.ns = QString::fromStdString(stringAt(object, "metadata", "namespace"));
    key.name = QString::fromStdString(stringAt(object, "metadata", "name"));
    return key;
}

bool Comparer::reconcileDisabled(const Json &object)
{
    const Json *meta = findChild(&object, "metadata");
    const Json *ann = findChild(meta, "annotations");
    const Json *v = findChild(ann, kFluxReconcile);
    return v && v->is_string() && v->get<std::string>() == "disabled";
}

CompareResult Comparer::compare(const Json &desired, const Json &live, const OwnershipIndex *ownership) const
{
    CompareResult result;
    if (!desired.is_object() || !live.is_object()) {
        result.state = SyncState::Unknown;
        result.reason = QCoreApplication::translate("driftdeck::drift::Comparer", "The object could not be read.");
        return result;
    }
    if (reconcileDisabled(live) || reconcileDisabled(desired)) {
        result.state = SyncState::Ignored;
        result.reason = QCoreApplication::translate(
            "driftdeck::drift::Comparer", "Reconciliation is disabled by the annotation %1: disabled.")
                            .arg(QString::fromUtf8(kFluxReconcile));
        return result;
    }
    const ResourceKey key = keyOf(live);
    RuleList pathRules;
    QStringList ignoredManagerNames;
    for (const IgnoreRule &rule : m_options.ignoreRules) {
        if (!rule.appliesTo(key))
            continue;
        if (rule.ignoresWholeResource()) {
            result.state = SyncState::Ignored;
            result.reason = QCoreApplication::translate("driftdeck::drift::Comparer", "Ignored by the rule %1.")
                                .arg(rule.describe());
            return result;
        }
        for (const FieldPath &p : rule.paths)
            pathRules.push_back(&p);
        ignoredManagerNames += rule.managers;
    }

    std::optional<OwnershipIndex> local;
    if (!ownership)
        ownership = &local.emplace(OwnershipIndex::fromObject(live));

    Walk walk(m_options, *ownership, Normalizer::kindOf(desired));
    walk.gitOpsAll = ownership->maskOf(m_options.gitOpsManagers);
    for (qsizetype i = 0; i < ownership->managers().size(); ++i) {
        if ((walk.gitOpsAll & (Mask(1) << i)) && ownership->managers()[i].operation == u"Apply")
            walk.gitOpsApply |= Mask(1) << i;
    }
    walk.ignoredManagers = ownership->maskOf(ignoredManagerNames);

    Json lastApplied;
    if (m_options.useLastApplied && !walk.gitOpsApply) {
        const Json *meta = findChild(&live, "metadata");
        const Json *text = findChild(findChild(meta, "annotations"), kLastApplied);
        if (text && text->is_string()) {
            lastApplied = Json::parse(text->get_ref<const std::string &>(), nullptr, false);
            if (lastApplied.is_discarded() || !lastApplied.is_object()) {
                qCDebug(lcDrift) << "unreadable last-applied-configuration on" << key.toString();
                lastApplied = Json();
            } else {
                walk.lastAppliedRemovals = true;
            }
        }
    }

    Cursor root;
    root.own = ownership->root();
    root.rules = pathRules.empty() ? &kNoRules : &pathRules;
    if (Normalizer::isSecret(desired) || Normalizer::isSecret(live)) {
        // Compare masked copies: masks are per key and injective, so equality is preserved and
        // no plain value can reach a FieldChange.
        Json d = Normalizer::normalizedDesired(desired, true);
        Json l = live;
        SecretMasker::maskPair(d, l, lastApplied.is_object() ? &lastApplied : nullptr);
        root.lastApplied = lastApplied.is_object() ? &lastApplied : nullptr;
        walk.compareMap(d, l, root, {}, {}, 0);
    } else {
        root.lastApplied = lastApplied.is_object() ? &lastApplied : nullptr;
        walk.compareMap(desired, live, root, {}, {}, 0);
    }

    result.changes = std::move(walk.changes);
    if (result.changes.isEmpty()) {
        result.state = SyncState::Synced;
    } else {
        result.state = SyncState::Drifted;
        result.reason = QCoreApplication::translate("driftdeck::drift::Comparer", "%n field(s) differ from Git.",
                                                    nullptr, int(result.changes.size()));
    }
    return result;
}

namespace {

Json ownedPart(const Json &value, const OwnershipIndex &index, int node, Mask mask)
{
    if (index.isLeaf(node) && (index.ownersOf(node) & mask))
        return value;
    if (value.is_object()) {
        Json out = Json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            const int child = index.field(node, it.key());
            if (index.subtreeOwnersOf(child) & mask)
                out[it.key()] = ownedPart(*it, index, child, mask);
        }
        return out;
    }
    if (value.is_array()) {
        Json out = Json::array();
        for (size_t i = 0; i < value.size(); ++i) {
            const int child = index.element(node, value[i], int(i));
            if (index.subtreeOwnersOf(child) & mask)
                out.push_back(ownedPart(value[i], index, child, mask));
        }
        return out;
    }
    return value;
}

} // namespace

Json Comparer::ownedBy(const Json &object, const OwnershipIndex &index, Mask mask)
{
    Json out = index.isEmpty() ? Json::object() : ownedPart(object, index, index.root(), mask);
    if (!out.is_object())
        out = Json::object();
    for (const char *k : {"apiVersion", "kind"}) {
        if (object.contains(k))
            out[k] = object[k];
    }
    const Json *meta = findChild(&object, "metadata");
    for (const char *k : {"name", "namespace"}) {
        if (const Json *v = findChild(meta, k))
            out["metadata"][k] = *v;
    }
    return out;
}

CompareResult Comparer::compareExact(const Json &dryRun, const Json &live, const OwnershipIndex *ownership) const
{
    const OwnershipIndex predicted = OwnershipIndex::fromObject(dryRun);
    const Json desired = ownedBy(dryRun, predicted, predicted.maskOf(m_options.gitOpsManagers));
    return compare(desired, live, ownership);
}

} // namespace driftdeck::drift
