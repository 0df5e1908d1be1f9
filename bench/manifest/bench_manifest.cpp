// SPDX-License-Identifier: GPL-3.0-or-later
// 10,000 manifests (about 20 MB of YAML in 1,000 files) committed to a repository, then:
//   BM_RawLibfyamlEvents   libfyaml's event parser over the same bytes (the limit)
//   BM_ParseAndIndex       ManifestParser + DesiredStore from bytes in memory
//   BM_CommitParseIndex    GitMirror::readTree at the commit + plain render + DesiredStore
#include "core/common/fyhandle.h"
#include "core/common/githandle.h"
#include "core/git/gitmirror.h"
#include "core/manifest/desiredstore.h"
#include "core/manifest/fyevent.h"
#include "core/manifest/manifestparser.h"
#include "core/manifest/renderer.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace driftdeck;

namespace {

constexpr int kFiles = 1000;
constexpr int kDocsPerFile = 10;

QByteArray deployment(int i)
{
    QByteArray n = QByteArray::number(i);
    QByteArray y = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-" + n + "\n  namespace: team-" + QByteArray::number(i % 50)
        + "\n  labels:\n    app.kubernetes.io/name: app-" + n + "\n    app.kubernetes.io/part-of: shop\n    tier: backend\n"
          "  annotations:\n    description: \"Service number " + n + " of the benchmark fleet, with a longer text to look real\"\n"
          "spec:\n  replicas: " + QByteArray::number(i % 5 + 1) + "\n  revisionHistoryLimit: 10\n  selector:\n    matchLabels:\n"
          "      app.kubernetes.io/name: app-" + n + "\n  strategy:\n    type: RollingUpdate\n    rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}\n"
          "  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: app-" + n + "\n      annotations:\n"
          "        prometheus.io/scrape: \"true\"\n        prometheus.io/port: \"9090\"\n    spec:\n      serviceAccountName: app-" + n + "\n"
          "      securityContext: {runAsNonRoot: true, runAsUser: 10001, fsGroup: 2000}\n      containers:\n";
    for (int c = 0; c < 2; ++c) {
        const QByteArray cn = c == 0 ? "app" : "sidecar";
        y += "        - name: " + cn + "\n          image: registry.example/shop/" + cn + "-" + n + ":1." + QByteArray::number(i % 20) + ".3\n"
             "          imagePullPolicy: IfNotPresent\n"
             "          ports:\n            - {name: http, containerPort: 8080, protocol: TCP}\n            - {name: metrics, containerPort: 9090}\n"
             "          env:\n";
        for (int e = 0; e < 3; ++e)
            y += "            - name: SETTING_" + QByteArray::number(e) + "\n              value: \"value-" + QByteArray::number(e * i) + "\"\n";
        y += "          resources:\n            requests: {cpu: 100m, memory: 128Mi}\n            limits: {cpu: \"1\", memory: 512Mi}\n"
             "          readinessProbe:\n            httpGet: {path: /healthz, port: http}\n";
    }
    y += "      volumes:\n        - name: config\n          configMap: {name: app-" + n + "-config}\n";
    return y;
}

struct Fixture
{
    QTemporaryDir dir;
    manifest::FileMap files;
    qint64 bytes = 0;
    std::unique_ptr<git::GitMirror> mirror;
    QString commit;

    Fixture()
    {
        for (int f = 0; f < kFiles; ++f) {
            QByteArray content;
            for (int d = 0; d < kDocsPerFile; ++d)
                content += "---\n" + deployment(f * kDocsPerFile + d);
            bytes += content.size();
            files.insert(QStringLiteral("apps/group-%1/file-%2.yaml").arg(f / 100).arg(f), content);
        }
        // Commit them with libgit2 and mirror the repository like a remote.
        GitLibrary lib;
        GitRepository repo;
        const QByteArray originPath = dir.filePath(QStringLiteral("origin.git")).toUtf8();
        git_repository_init(out(repo), originPath.constData(), 1);
        git_repository_set_head(repo.get(), "refs/heads/main");
        GitTreeBuilder tb;
        git_treebuilder_new(out(tb), repo.get(), nullptr);
        git_oid empty;
        git_treebuilder_write(&empty, tb.get());
        GitTree base;
        git_tree_lookup(out(base), repo.get(), &empty);
        std::vector<git_tree_update> updates;
        std::vector<QByteArray> paths;
        paths.reserve(static_cast<size_t>(files.size()));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            paths.push_back(it.key().toUtf8());
            git_tree_update u {};
            u.action = GIT_TREE_UPDATE_UPSERT;
            u.filemode = GIT_FILEMODE_BLOB;
            u.path = paths.back().constData();
            git_blob_create_from_buffer(&u.id, repo.get(), it.value().constData(), static_cast<size_t>(it.value().size()));
            updates.push_back(u);
        }
        git_oid treeId;
        git_tree_create_updated(&treeId, repo.get(), base.get(), updates.size(), updates.data());
        GitTree tree;
        git_tree_lookup(out(tree), repo.get(), &treeId);
        GitSignature sig;
        git_signature_now(out(sig), "Bench", "bench@example.invalid");
        git_oid id;
        git_commit_create(&id, repo.get(), "refs/heads/main", sig.get(), sig.get(), nullptr, "fleet", tree.get(), 0, nullptr);
        git::MirrorOptions o;
        o.url = QString::fromUtf8(originPath);
        o.cacheRoot = dir.filePath(QStringLiteral("cache"));
        mirror = std::make_unique<git::GitMirror>(o);
        if (mirror->sync().ok())
            commit = mirror->resolve(QStringLiteral("main")).valueOr(QString());
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void discardDiag(fy_diag *, void *, const char *, size_t) {}

void BM_RawLibfyamlEvents(benchmark::State &state)
{
    Fixture &f = fixture();
    int64_t events = 0;
    for (auto _ : state) {
        for (auto it = f.files.cbegin(); it != f.files.cend(); ++it) {
            fy_diag_cfg dcfg;
            fy_diag_cfg_default(&dcfg);
            dcfg.fp = nullptr;
            dcfg.output_fn = discardDiag;
            FyDiag diag(fy_diag_create(&dcfg));
            fy_parse_cfg cfg {};
            cfg.flags = static_cast<fy_parse_cfg_flags>(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2);
            cfg.diag = diag.get();
            FyParser parser(fy_parser_create(&cfg));
            fy_parser_set_string(parser.get(), it.value().constData(), static_cast<size_t>(it.value().size()));
            while (manifest::FyEvent ev = manifest::FyEvent::next(parser.get())) {
                // Touch every scalar's text as any consumer must.
                if (ev->type == FYET_SCALAR) {
                    size_t len = 0;
                    benchmark::DoNotOptimize(fy_token_get_text(ev->scalar.value, &len));
                }
                ++events;
            }
        }
    }
    state.SetBytesProcessed(state.iterations() * f.bytes);
    state.counters["manifests"] = benchmark::Counter(double(kFiles * kDocsPerFile) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_RawLibfyamlEvents)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ParseOnly(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        qsizetype objects = 0;
        for (auto it = f.files.cbegin(); it != f.files.cend(); ++it)
            objects += manifest::ManifestParser::parse(it.value(), manifest::SourceOrigin{QStringLiteral("repo"), QStringLiteral("c"), it.key()}).objects.size();
        if (objects != kFiles * kDocsPerFile)
            state.SkipWithError("wrong object count");
    }
    state.SetBytesProcessed(state.iterations() * f.bytes);
    state.counters["manifests"] = benchmark::Counter(double(kFiles * kDocsPerFile) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

// Argument: parser threads (1, or 0 = one per core as the renderer uses). Wall time is what
// a user waits; the CPU column counts the benchmark's own thread only.
void BM_ParseAndIndex(benchmark::State &state)
{
    Fixture &f = fixture();
    std::vector<manifest::ManifestParser::File> files;
    for (auto it = f.files.cbegin(); it != f.files.cend(); ++it)
        files.push_back({it.key(), it.value()});
    for (auto _ : state) {
        manifest::ManifestSet all = manifest::ManifestParser::parseFiles(files, manifest::SourceOrigin{QStringLiteral("repo"), QStringLiteral("c"), {}},
                                                                         int(state.range(0)));
        manifest::DesiredStore store;
        auto batch = store.update(QStringLiteral("bench"), QStringLiteral("c"), all);
        if (batch.added.size() != kFiles * kDocsPerFile)
            state.SkipWithError("wrong object count");
        benchmark::DoNotOptimize(batch);
    }
    state.SetBytesProcessed(state.iterations() * f.bytes);
    state.counters["manifests"] = benchmark::Counter(double(kFiles * kDocsPerFile) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseAndIndex)->ArgName("threads")->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CommitParseIndex(benchmark::State &state)
{
    Fixture &f = fixture();
    if (f.commit.isEmpty()) {
        state.SkipWithError("the benchmark repository could not be mirrored");
        return;
    }
    for (auto _ : state) {
        auto tree = f.mirror->readTree(f.commit);
        manifest::RenderRequest req;
        req.files = std::move(*tree);
        req.origin = manifest::SourceOrigin{QStringLiteral("repo"), f.commit, {}};
        auto rendered = manifest::Renderer::render(req);
        manifest::DesiredStore store;
        auto batch = store.update(QStringLiteral("bench"), f.commit, rendered.manifests);
        if (batch.added.size() != kFiles * kDocsPerFile)
            state.SkipWithError("wrong object count");
        benchmark::DoNotOptimize(batch);
    }
    state.SetBytesProcessed(state.iterations() * f.bytes);
    state.counters["manifests"] = benchmark::Counter(double(kFiles * kDocsPerFile) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CommitParseIndex)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    fprintf(stderr, "fixture: %d manifests, %lld bytes\n", kFiles * kDocsPerFile, static_cast<long long>(fixture().bytes));
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
