// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/desiredstore.h"
#include "core/manifest/manifestparser.h"

#include <QSignalSpy>
#include <QTest>

using namespace driftdeck;
using namespace driftdeck::manifest;

namespace {

ManifestSet parse(const QByteArray &yaml, const QString &commit)
{
    return ManifestParser::parse(yaml, SourceOrigin{QStringLiteral("repo"), commit, QStringLiteral("all.yaml")});
}

QByteArray cm(const char *name, const char *value, const char *ns = nullptr)
{
    QByteArray y = QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ") + name + "\n";
    if (ns)
        y += QByteArray("  namespace: ") + ns + "\n";
    return y + "data:\n  v: \"" + value + "\"\n---\n";
}

ResourceKey cmKey(const char *name, const char *ns = "apps")
{
    return ResourceKey{QString(), QStringLiteral("ConfigMap"), QString::fromLatin1(ns), QString::fromLatin1(name)};
}

QStringList keyNames(const QList<ManifestObject> &objects)
{
    QStringList n;
    for (const auto &o : objects)
        n.append(o.key.name);
    return n;
}

} // namespace

class TestDesiredStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newCommitGivesExactBatch()
    {
        DesiredStore store;
        QSignalSpy spy(&store, &DesiredStore::changed);
        const auto first = store.update(QStringLiteral("src"), QStringLiteral("c1"),
                                        parse(cm("keep", "1") + cm("change", "1") + cm("drop", "1") + cm("move", "1"), QStringLiteral("c1")),
                                        QStringLiteral("apps"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(keyNames(first.added), (QStringList{QStringLiteral("change"), QStringLiteral("drop"), QStringLiteral("keep"), QStringLiteral("move")}));
        QVERIFY(first.modified.isEmpty());
        QVERIFY(first.removed.isEmpty());
        QCOMPARE(store.size(), 4);

        // c2: "move" shifts down a document (same content), "change" changes, "drop" goes, "new" comes.
        const auto second = store.update(QStringLiteral("src"), QStringLiteral("c2"),
                                         parse(cm("new", "1") + cm("keep", "1") + cm("move", "1") + cm("change", "2"), QStringLiteral("c2")),
                                         QStringLiteral("apps"));
        QCOMPARE(spy.count(), 2);
        const auto emitted = spy.at(1).at(0).value<DesiredChangeBatch>();
        QCOMPARE(emitted.commit, QStringLiteral("c2"));
        QCOMPARE(keyNames(emitted.added), QStringList{QStringLiteral("new")});
        QCOMPARE(keyNames(emitted.modified), QStringList{QStringLiteral("change")});
        QCOMPARE(emitted.removed, QList<ResourceKey>{cmKey("drop")});
        QCOMPARE(keyNames(second.modified), keyNames(emitted.modified));
        QCOMPARE(emitted.modified[0].object->at("data").at("v").get<std::string>(), std::string("2"));
        // The moved object is current in the store although no batch mentioned it.
        QCOMPARE(store.object(cmKey("move"))->documentIndex, 2);
        QCOMPARE(store.object(cmKey("move"))->origin.commit, QStringLiteral("c2"));
        QCOMPARE(store.commit(QStringLiteral("src")), QStringLiteral("c2"));

        // Same content at c3: nothing to say.
        store.update(QStringLiteral("src"), QStringLiteral("c3"),
                     parse(cm("new", "1") + cm("keep", "1") + cm("move", "1") + cm("change", "2"), QStringLiteral("c3")),
                     QStringLiteral("apps"));
        QCOMPARE(spy.count(), 2);
    }

    void namespaces()
    {
        DesiredStore store;
        const QByteArray yaml = cm("plain", "x") + cm("explicit", "x", "other")
            + "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n---\n"
              "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n  namespace: wrong\n";
        store.update(QStringLiteral("s"), QStringLiteral("c"), parse(yaml, QStringLiteral("c")), QStringLiteral("apps"));
        QCOMPARE(store.keys(),
                 (QList<ResourceKey>{cmKey("plain", "apps"), cmKey("explicit", "other"),
                                     ResourceKey{QString(), QStringLiteral("Namespace"), QString(), QStringLiteral("apps")},
                                     ResourceKey{QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("ClusterRole"), QString(), QStringLiteral("r")}}));
        // Discovery can replace the built-in list.
        DesiredStore custom;
        custom.setClusterScoped([](const QString &, const QString &kind) { return kind == u"ConfigMap"; });
        custom.update(QStringLiteral("s"), QStringLiteral("c"), parse(cm("x", "1", "ns"), QStringLiteral("c")));
        QCOMPARE(custom.keys(), QList<ResourceKey>{cmKey("x", "")});
    }

    void duplicatesAndConflicts()
    {
        DesiredStore store;
        auto b = store.update(QStringLiteral("a"), QStringLiteral("c"), parse(cm("x", "1") + cm("x", "2"), QStringLiteral("c")), QStringLiteral("apps"));
        QCOMPARE(b.added.size(), 1);
        QCOMPARE(b.added[0].object->at("data").at("v").get<std::string>(), std::string("1"));
        QCOMPARE(b.errors.size(), 1);
        QCOMPARE(b.errors[0].message, QStringLiteral("The object is declared more than once"));
        QCOMPARE(b.errors[0].line, 8);

        auto other = store.update(QStringLiteral("b"), QStringLiteral("d"), parse(cm("x", "3") + cm("z", "3"), QStringLiteral("d")), QStringLiteral("apps"));
        QCOMPARE(keyNames(other.added), QStringList{QStringLiteral("z")});
        QCOMPARE(other.errors.size(), 1);
        QCOMPARE(other.errors[0].message, QStringLiteral("The object is already declared by another source"));
        QCOMPARE(store.sourceOf(cmKey("x")), QStringLiteral("a"));
        QCOMPARE(store.errors(QStringLiteral("b")).size(), 1);
    }

    void errorsAlone()
    {
        DesiredStore store;
        QSignalSpy spy(&store, &DesiredStore::changed);
        store.update(QStringLiteral("s"), QStringLiteral("c1"), parse(cm("x", "1"), QStringLiteral("c1")), QStringLiteral("apps"));
        // c2 breaks another file: objects unchanged, but the new error is worth a batch.
        ManifestSet set = parse(cm("x", "1"), QStringLiteral("c2"));
        set.errors.append(ManifestError{QStringLiteral("b.yaml"), 2, 3, -1, QStringLiteral("Invalid YAML"), QString()});
        const auto batch = store.update(QStringLiteral("s"), QStringLiteral("c2"), set, QStringLiteral("apps"));
        QVERIFY(batch.isEmpty());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<DesiredChangeBatch>().errors.size(), 1);
    }

    void removeSource()
    {
        DesiredStore store;
        store.update(QStringLiteral("s"), QStringLiteral("c"), parse(cm("a", "1") + cm("b", "1"), QStringLiteral("c")), QStringLiteral("apps"));
        QSignalSpy spy(&store, &DesiredStore::changed);
        const auto batch = store.removeSource(QStringLiteral("s"));
        QCOMPARE(batch.removed, (QList<ResourceKey>{cmKey("a"), cmKey("b")}));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(store.size(), 0);
        QVERIFY(!store.object(cmKey("a")));
    }
};

QTEST_GUILESS_MAIN(TestDesiredStore)
#include "tst_desiredstore.moc"
