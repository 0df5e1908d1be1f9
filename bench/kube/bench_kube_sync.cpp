// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end initial sync: list (limit 500 pages) + watch of one kind from a running API server
// into the LiveStore, timed and measured (peak RSS), then `kubectl get <kind> -A -o json`
// against the same server in the same run for the ratio.
//
//   bench_kube_sync --kubeconfig FILE [--kind configmaps] [--no-kubectl] [--compact]
//
// --compact installs the drift engine's ingest hook (core/engine/livecompaction.h), as the
// application runs: managedFields become a shared ownership index, last-applied is dropped
// where the comparison never reads it.
#include "core/common/curlhandle.h"
#include "core/kube/clusterconnection.h"
#include "core/kube/kubeconfig.h"
#include "core/engine/livecompaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <cstdio>

using namespace driftdeck;
using namespace driftdeck::kube;

namespace {

long procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    CurlGlobal curl;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("kubeconfig"), QStringLiteral("kubeconfig file"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("plural of a core/v1 kind"), QStringLiteral("plural"), QStringLiteral("configmaps")});
    parser.addOption({QStringLiteral("no-kubectl"), QStringLiteral("skip the kubectl comparison")});
    parser.addOption({QStringLiteral("compact"), QStringLiteral("store objects as the drift engine does (ownership index)")});
    parser.process(app);

    auto cfg = Kubeconfig::load({parser.value(QStringLiteral("kubeconfig"))}, true);
    if (!cfg) {
        std::fprintf(stderr, "%s\n", qPrintable(cfg.error().fullText()));
        return 2;
    }
    auto ctx = cfg->resolve();
    if (!ctx) {
        std::fprintf(stderr, "%s\n", qPrintable(ctx.error().fullText()));
        return 2;
    }
    auto client = KubeClient::create(*ctx);
    if (!client) {
        std::fprintf(stderr, "%s\n", qPrintable(client.error().fullText()));
        return 2;
    }
    const QString plural = parser.value(QStringLiteral("kind"));
    // Map the plural to its kind through discovery of /api/v1.
    auto apiV1 = (*client)->getJson("/api/v1");
    if (!apiV1) {
        std::fprintf(stderr, "%s\n", qPrintable(apiV1.error().fullText()));
        return 2;
    }
    GroupKind kind;
    for (const auto &r : (*apiV1)["resources"]) {
        if (QString::fromStdString(r.value("name", std::string())) == plural)
            kind = {QString(), QString::fromStdString(r.value("kind", std::string()))};
    }
    if (kind.kind.isEmpty()) {
        std::fprintf(stderr, "no core/v1 resource %s\n", qPrintable(plural));
        return 2;
    }

    const long rssBefore = procStatusKb("VmRSS");
    ClusterConnection::Options options;
    options.watchAll = false;
    options.kinds = {kind};
    ClusterConnection conn(*client, options);
    const bool compact = parser.isSet(QStringLiteral("compact"));
    if (compact)
        conn.store()->setIngestHook(engine::compactionHook({QStringLiteral("kustomize-controller"), QStringLiteral("helm-controller"),
                                                            QStringLiteral("argocd-controller"), QStringLiteral("flux-client-side-apply")}));
    QElapsedTimer timer;
    timer.start();
    conn.start();
    if (!conn.waitForSynced(std::chrono::minutes(5))) {
        std::fprintf(stderr, "sync did not finish: %s\n", qPrintable(conn.status().message));
        return 1;
    }
    const double syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    const long rssAfter = procStatusKb("VmRSS");
    const long hwm = procStatusKb("VmHWM");
    const auto objects = conn.store()->objects(kind);
    std::size_t heap = 0, json = 0, heapCompact = 0, jsonCompact = 0;
    std::size_t ownershipHeap = 0;
    for (const auto &o : objects) {
        heap += LiveStore::estimateHeapBytes(*o.object);
        if (const auto *own = engine::ownershipOf(o))
            ownershipHeap += own->estimateHeapBytes();
        json += o.object->dump().size();
        nlohmann::json c = *o.object;
        c["metadata"].erase("managedFields");
        if (c["metadata"].contains("annotations"))
            c["metadata"]["annotations"].erase("kubectl.kubernetes.io/last-applied-configuration");
        heapCompact += LiveStore::estimateHeapBytes(c);
        jsonCompact += c.dump().size();
    }
    const double n = double(std::max<std::size_t>(1, objects.size()));
    std::printf("objects                 %zu\n", objects.size());
    std::printf("initial sync            %.2f s (%.0f objects/s)\n", syncSeconds, n / syncSeconds);
    std::printf("RSS before / after      %ld MiB / %ld MiB (peak %ld MiB)\n", rssBefore / 1024, rssAfter / 1024, hwm / 1024);
    std::printf("RSS per object          %.0f bytes\n", double(rssAfter - rssBefore) * 1024.0 / n);
    std::printf("stored as               %s\n", compact ? "compact (ownership index)" : "as served");
    std::printf("json DOM heap / object  %.0f bytes (serialized %.0f)\n", double(heap) / n, double(json) / n);
    if (compact)
        std::printf("ownership index / object %.0f bytes (trie shared between objects of one shape)\n", double(ownershipHeap) / n);
    std::printf("  without managedFields and last-applied: %.0f bytes (serialized %.0f)\n", double(heapCompact) / n, double(jsonCompact) / n);
    conn.stop();

    if (!parser.isSet(QStringLiteral("no-kubectl"))) {
        QProcess kubectl;
        kubectl.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer kt;
        kt.start();
        kubectl.start(QStringLiteral("kubectl"), {QStringLiteral("--kubeconfig"), parser.value(QStringLiteral("kubeconfig")),
                                                  QStringLiteral("get"), plural, QStringLiteral("-A"), QStringLiteral("-o"),
                                                  QStringLiteral("json")});
        if (!kubectl.waitForFinished(10 * 60 * 1000) || kubectl.exitCode() != 0) {
            std::fprintf(stderr, "kubectl failed: %s\n", kubectl.readAllStandardError().constData());
            return 1;
        }
        const double kubectlSeconds = double(kt.nsecsElapsed()) / 1e9;
        std::printf("kubectl get -A -o json  %.2f s\n", kubectlSeconds);
        std::printf("ratio driftdeck/kubectl %.2f\n", syncSeconds / kubectlSeconds);
    }
    return 0;
}
