// SPDX-License-Identifier: GPL-3.0-or-later
// Every RAII wrapper frees its handle exactly once. Semantics are checked with a counting
// deleter; that the real C handles are freed is checked by watching the heap across many
// create/destroy cycles (and by LeakSanitizer in the sanitizer build).
#include "core/common/curlhandle.h"
#include "core/common/fyhandle.h"
#include "core/common/githandle.h"
#include "core/common/uniquehandle.h"

#include <malloc.h>

#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;

namespace {

int g_freed = 0;
struct Dummy { int v = 0; };
void freeDummy(Dummy *d)
{
    ++g_freed;
    delete d;
}
using DummyHandle = UniqueHandle<Dummy, freeDummy>;

void makeDummy(Dummy **out)
{
    *out = new Dummy{7};
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kHeapCountable = false;
#else
constexpr bool kHeapCountable = true;
#endif

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

// Bytes the heap grew by over `rounds` calls of `cycle`, after a warm-up round.
template<typename F>
size_t heapGrowth(int rounds, F cycle)
{
    cycle();
    malloc_trim(0);
    const size_t before = heapInUse();
    for (int i = 0; i < rounds; ++i)
        cycle();
    malloc_trim(0);
    const size_t after = heapInUse();
    return after > before ? after - before : 0;
}

constexpr int kRounds = 2000;
constexpr size_t kTolerance = 64 * 1024;

} // namespace

class TestHandles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        git_libgit2_init();
    }
    void cleanupTestCase()
    {
        git_libgit2_shutdown();
        curl_global_cleanup();
    }

    void uniqueHandleFreesOnce()
    {
        g_freed = 0;
        {
            DummyHandle a(new Dummy);
            DummyHandle b = std::move(a);
            QVERIFY(!a);
            QCOMPARE(g_freed, 0);
        }
        QCOMPARE(g_freed, 1);
        DummyHandle c(new Dummy);
        c.reset(new Dummy);
        QCOMPARE(g_freed, 2);
        Dummy *raw = c.release();
        c.reset();
        QCOMPARE(g_freed, 2); // released handles are the caller's again
        freeDummy(raw);
        DummyHandle empty; // a null handle is never passed to the free function
        empty.reset();
        QCOMPARE(g_freed, 3);
    }

    void outParamAdoptsResult()
    {
        g_freed = 0;
        DummyHandle h(new Dummy);
        makeDummy(out(h));
        QCOMPARE(g_freed, 1); // the previous handle was freed when replaced
        QCOMPARE(h->v, 7);
        h.reset();
        QCOMPARE(g_freed, 2);
    }

    void curlHandlesFreed()
    {
        if (!kHeapCountable)
            QSKIP("heap counting is not available under AddressSanitizer; LeakSanitizer checks this build");
        const size_t easy = heapGrowth(kRounds, [] {
            CurlEasy e(curl_easy_init());
            curl_easy_setopt(e.get(), CURLOPT_URL, "https://127.0.0.1:1/");
        });
        QVERIFY2(easy < kTolerance, qPrintable(QString::number(easy)));
        const size_t multi = heapGrowth(kRounds, [] { CurlMulti m(curl_multi_init()); });
        QVERIFY2(multi < kTolerance, qPrintable(QString::number(multi)));
        const size_t slist = heapGrowth(kRounds, [] {
            CurlSlist l;
            curlAppend(l, "Accept: application/json");
            curlAppend(l, "User-Agent: driftdeck");
            QVERIFY(l);
            QCOMPARE(QByteArray(l->next->data), QByteArray("User-Agent: driftdeck"));
        });
        QVERIFY2(slist < kTolerance, qPrintable(QString::number(slist)));
        // The measurement is sensitive: leaking the handle shows up.
        const size_t leaked = heapGrowth(kRounds, [] { CurlEasy e(curl_easy_init()); (void)e.release(); });
        QVERIFY2(leaked > kTolerance, qPrintable(QString::number(leaked)));
    }

    void gitHandlesFreed()
    {
        if (!kHeapCountable)
            QSKIP("heap counting is not available under AddressSanitizer; LeakSanitizer checks this build");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        GitRepository init;
        QCOMPARE(git_repository_init(out(init), dir.path().toUtf8().constData(), 0), 0);
        init.reset();
        const QByteArray path = dir.path().toUtf8();
        const size_t grown = heapGrowth(kRounds / 4, [&] {
            GitRepository repo;
            QCOMPARE(git_repository_open(out(repo), path.constData()), 0);
            GitSignature sig;
            QCOMPARE(git_signature_now(out(sig), "Driftdeck", "dd@example.invalid"), 0);
            GitBuf buf;
            QCOMPARE(git_repository_discover(buf.get(), path.constData(), 0, nullptr), 0);
            QVERIFY(!buf.str().empty());
        });
        QVERIFY2(grown < kTolerance, qPrintable(QString::number(grown)));
        const size_t leaked = heapGrowth(kRounds / 4, [&] {
            GitRepository repo;
            QCOMPARE(git_repository_open(out(repo), path.constData()), 0);
            (void)repo.release();
        });
        QVERIFY2(leaked > kTolerance, qPrintable(QString::number(leaked)));
    }

    void fyamlHandlesFreed()
    {
        if (!kHeapCountable)
            QSKIP("heap counting is not available under AddressSanitizer; LeakSanitizer checks this build");
        static const char yaml[] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n";
        const size_t doc = heapGrowth(kRounds, [] {
            FyDocument d(fy_document_build_from_string(nullptr, yaml, sizeof(yaml) - 1));
            QVERIFY(d);
        });
        QVERIFY2(doc < kTolerance, qPrintable(QString::number(doc)));
        const size_t parser = heapGrowth(kRounds, [] {
            fy_parse_cfg cfg{};
            cfg.flags = FYPCF_QUIET;
            FyParser p(fy_parser_create(&cfg));
            QVERIFY(p);
            QCOMPARE(fy_parser_set_string(p.get(), yaml, sizeof(yaml) - 1), 0);
            FyDocument d(fy_parse_load_document(p.get()));
            QVERIFY(d);
        });
        QVERIFY2(parser < kTolerance, qPrintable(QString::number(parser)));
        const size_t leaked = heapGrowth(kRounds, [] {
            FyDocument d(fy_document_build_from_string(nullptr, yaml, sizeof(yaml) - 1));
            (void)d.release();
        });
        QVERIFY2(leaked > kTolerance, qPrintable(QString::number(leaked)));
    }
};

QTEST_APPLESS_MAIN(TestHandles)
#include "tst_handles.moc"
