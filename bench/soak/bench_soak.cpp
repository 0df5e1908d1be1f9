// SPDX-License-Identifier: GPL-3.0-or-later
// Soak run (issue 11): kube-sim with 20,000 objects and 200 edits a second, a fault injected
// every minute (dropped watches, compaction, 500s, a resourceVersion epoch restart), while
// `driftdeck check --watch` and the GUI's engine (AppController with a main window, offscreen)
// run against it. At the end the churn pauses and the harness checks, as issue 11 asks:
//   - the engine's live store equals the server's state object for object (key and resourceVersion),
//   - resident memory stayed within 10 % of its level after the first five minutes (both processes),
//   - no event was applied twice (an object's resourceVersion never repeats or goes back in the store),
//   - `check --watch` is still running and printing.
// Not a timed test: a benchmark for docs/performance.md.
//
//   bench_soak --kube-sim build/sim/kube/kube-sim --driftdeck build/app/driftdeck
//              [--minutes 30] [--objects 20000] [--churn 200] [--fault-every 60] [--json FILE]
//              [--faults close-watches,compact,fail,epoch] [--baseline-minute 5] [--quick-exit]
// Samples RSS, the allocator's bytes in use and the live objects' JSON size every 10 s, so
// growth can be told apart: the cluster's data, the engine holding more, or pages kept.
#include "app/appcontroller.h"
#include "core/common/curlhandle.h"
#include "core/engine/driftengine.h"
#include "core/kube/clusterconnection.h"
#include "core/kube/kubeconfig.h"
#include "core/kube/livestore.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <set>
#include <unordered_map>

using namespace driftdeck;

namespace {

long rssKb(qint64 pid)
{
    QFile f(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Bytes the allocator has handed out and not had back, over all arenas: RSS that grows while
// this stays flat is the allocator keeping pages (fragmentation), not the engine holding data.
long heapInUseKb()
{
    const struct mallinfo2 info = mallinfo2();
    return long((info.uordblks + info.hblkhd) / 1024);
}

void log(const QString &text)
{
    std::fprintf(stderr, "[%s] %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)), qPrintable(text));
}

// The Git side: a folder of Deployments and ConfigMaps that kube-sim is also seeded with, so the
// run starts in sync and the churn's scales and image bumps make real drift.
bool writeSource(const QString &dir, int deployments)
{
    QDir().mkpath(dir);
    for (int i = 0; i < deployments; ++i) {
        QFile f(QDir(dir).filePath(QStringLiteral("app-%1.yaml").arg(i)));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        const QByteArray n = QByteArray::number(i);
        f.write("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-" + n
                + "\n  namespace: soak\n  labels:\n    app: app-" + n
                + "\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: app-" + n
                + "\n  template:\n    metadata:\n      labels:\n        app: app-" + n
                + "\n    spec:\n      containers:\n      - name: web\n        image: ghcr.io/example/web:1.0." + n
                + "\n        resources:\n          requests:\n            cpu: 100m\n            memory: 64Mi\n"
                  "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-" + n
                + "-config\n  namespace: soak\ndata:\n  LOG_LEVEL: info\n");
    }
    QFile ns(QDir(dir).filePath(QStringLiteral("namespace.yaml")));
    if (!ns.open(QIODevice::WriteOnly))
        return false;
    ns.write("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: soak\n");
    return true;
}

struct Admin
{
    QNetworkAccessManager nam;
    QString url;
    QByteArray token;
    QSslConfiguration ssl;

    QByteArray call(const QByteArray &verb, const QString &path, int *status = nullptr)
    {
        QNetworkRequest req(QUrl(url + path));
        req.setRawHeader("Authorization", "Bearer " + token);
        req.setSslConfiguration(ssl);
        req.setTransferTimeout(120000);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = verb == "POST" ? nam.post(req, QByteArray()) : nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return body;
    }
};

struct Sample
{
    double minute;
    long engineRssKb;
    long engineHeapKb;
    long storeDataKb; // the live objects' own JSON, estimated: growth here is the cluster's, not a leak
    long checkRssKb;
    qsizetype checkLines;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    CurlGlobal curl;
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // history and settings go to a test location
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("kube-sim"), QStringLiteral("kube-sim executable"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("driftdeck"), QStringLiteral("driftdeck executable"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("minutes"), QStringLiteral("run length"), QStringLiteral("n"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("objects"), QStringLiteral("synthetic objects"), QStringLiteral("n"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("churn"), QStringLiteral("edits per second"), QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("fault-every"), QStringLiteral("seconds between faults"), QStringLiteral("s"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("faults"), QStringLiteral("faults to inject in turn, comma separated (close-watches, compact, fail, epoch)"),
                      QStringLiteral("list"), QStringLiteral("close-watches,compact,fail,epoch")});
    parser.addOption({QStringLiteral("baseline-minute"), QStringLiteral("memory baseline after this many minutes"), QStringLiteral("m"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("write the figures here"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("quick-exit"),
                      QStringLiteral("leave without tearing the engine down, so a heap profiler's leak report lists all it still holds")});
    parser.process(app);
    const double minutes = parser.value(QStringLiteral("minutes")).toDouble();
    const double baselineMinute = std::min(parser.value(QStringLiteral("baseline-minute")).toDouble(), minutes / 2);
    const int faultEvery = parser.value(QStringLiteral("fault-every")).toInt();

    QTemporaryDir tmp;
    const QString sourceDir = tmp.filePath(QStringLiteral("source"));
    const QString kubeconfig = tmp.filePath(QStringLiteral("kubeconfig"));
    if (!writeSource(sourceDir, 40)) {
        log(QStringLiteral("cannot write the source folder"));
        return 2;
    }

    // One token for the API and the /_sim/ admin endpoints, so the harness can inject faults.
    const QString token = QStringLiteral("soak-token");
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(parser.value(QStringLiteral("kube-sim")),
              {QStringLiteral("--write-kubeconfig"), kubeconfig, QStringLiteral("--token"), token, QStringLiteral("--admin-token"), token,
               QStringLiteral("--seed"), sourceDir, QStringLiteral("--synthetic-configmaps"), parser.value(QStringLiteral("objects")),
               QStringLiteral("--churn"), parser.value(QStringLiteral("churn")), QStringLiteral("--churn-steady")});
    QString simUrl;
    QElapsedTimer startup;
    startup.start();
    while (simUrl.isEmpty() && startup.elapsed() < 300000 && sim.state() != QProcess::NotRunning) {
        if (!sim.canReadLine() && !sim.waitForReadyRead(1000))
            continue;
        const QString line = QString::fromUtf8(sim.readLine()).trimmed();
        if (line.startsWith(QStringLiteral("kube-sim listening on ")))
            simUrl = line.mid(22);
    }
    if (simUrl.isEmpty()) {
        log(QStringLiteral("kube-sim did not start"));
        return 2;
    }
    log(QStringLiteral("kube-sim at %1 after %2 s").arg(simUrl).arg(startup.elapsed() / 1000.0));

    Admin admin;
    admin.url = simUrl;
    admin.token = token.toUtf8();
    {
        auto cfg = kube::Kubeconfig::load({kubeconfig}, true);
        auto ctx = cfg ? cfg->resolve() : Result<kube::ResolvedContext>(cfg.error());
        if (!ctx) {
            log(ctx.error().fullText());
            return 2;
        }
        admin.ssl = QSslConfiguration::defaultConfiguration();
        admin.ssl.setCaCertificates(QSslCertificate::fromData(ctx->cluster.certificateAuthorityData));
    }

    // The headless watcher, as an alerting pipeline would run it.
    QProcess check;
    qsizetype checkLines = 0;
    check.setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(&check, &QProcess::readyReadStandardOutput, &check, [&] {
        while (check.canReadLine()) {
            check.readLine();
            ++checkLines;
        }
    });
    QObject::connect(&check, &QProcess::readyReadStandardError, &check, [&] { check.readAllStandardError(); });
    check.start(parser.value(QStringLiteral("driftdeck")),
                {QStringLiteral("check"), QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--source"), sourceDir,
                 QStringLiteral("--watch")});

    // The GUI's engine: the same controller, worker thread, history recorder and window as the app.
    app::GuiOptions gui;
    gui.kubeconfig = kubeconfig;
    gui.source = sourceDir;
    gui.noDemo = true;
    app::AppController controller(gui);
    views::MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (auto started = controller.start(); !started) {
        log(QStringLiteral("engine: %1").arg(started.error().fullText()));
        return 2;
    }
    controller.attach(&window);
    QEventLoop settle;
    QObject::connect(&controller, &app::AppController::clustersSettled, &settle, &QEventLoop::quit);
    QTimer::singleShot(300000, &settle, &QEventLoop::quit);
    settle.exec();
    const QString cluster = controller.clusters().value(0);
    const kube::ClusterConnection *connection = controller.engine() ? controller.engine()->connection(cluster) : nullptr;
    if (!connection || !controller.allSettled()) {
        log(QStringLiteral("the engine did not settle"));
        return 2;
    }
    log(QStringLiteral("engine settled: %1 objects stored").arg(connection->store()->size()));

    // Per object the last resourceVersion that reached the store: resourceVersions of one object
    // only grow, so an added/modified one at or below it is an event applied twice (or out of
    // order). Memory stays bounded by the object count, not the event count, so the harness
    // does not disturb the engine's RSS figures it shares a process with.
    std::mutex seenMutex;
    std::unordered_map<std::string, unsigned long long> lastRv;
    qsizetype applied = 0, duplicates = 0;
    QStringList duplicateExamples;
    QObject::connect(connection->store(), &kube::LiveStore::changed, connection->store(), [&](const kube::ChangeBatch &batch) {
        std::lock_guard lock(seenMutex);
        for (const auto *list : {&batch.added, &batch.modified}) {
            for (const kube::LiveObject &o : *list) {
                ++applied;
                const unsigned long long rv = std::stoull(o.resourceVersion.empty() ? std::string("0") : o.resourceVersion);
                auto [it, inserted] = lastRv.try_emplace(o.key.toString().toStdString(), rv);
                if (!inserted) {
                    if (rv <= it->second) {
                        ++duplicates;
                        if (duplicateExamples.size() < 5)
                            duplicateExamples << o.key.toString() + QLatin1Char('@') + QString::fromStdString(o.resourceVersion);
                    }
                    it->second = std::max(it->second, rv);
                }
            }
        }
        for (const kube::LiveObject &o : batch.deleted)
            lastRv.erase(o.key.toString().toStdString());
    }, Qt::DirectConnection);

    // Faults, one a minute, in turn.
    const QHash<QString, QString> faultPaths{{QStringLiteral("close-watches"), QStringLiteral("/_sim/close-watches")},
                                             {QStringLiteral("compact"), QStringLiteral("/_sim/compact")},
                                             {QStringLiteral("fail"), QStringLiteral("/_sim/fail?count=5&code=500")},
                                             {QStringLiteral("epoch"), QStringLiteral("/_sim/epoch")}};
    QStringList faults;
    for (const QString &name : parser.value(QStringLiteral("faults")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!faultPaths.contains(name.trimmed())) {
            log(QStringLiteral("unknown fault: %1").arg(name));
            return 2;
        }
        faults << faultPaths.value(name.trimmed());
    }
    if (faults.isEmpty()) {
        log(QStringLiteral("no faults named"));
        return 2;
    }
    int faultIndex = 0;
    QStringList faultLog;
    QTimer faultTimer;
    QObject::connect(&faultTimer, &QTimer::timeout, &faultTimer, [&] {
        const QString path = faults[faultIndex++ % faults.size()];
        int status = 0;
        admin.call("POST", path, &status);
        faultLog << path;
        log(QStringLiteral("fault %1 -> %2").arg(path).arg(status));
    });
    faultTimer.start(faultEvery * 1000);

    const auto storeDataKb = [connection] {
        std::size_t bytes = 0;
        for (const kube::LiveObject &o : connection->store()->allObjects())
            bytes += o.object ? kube::LiveStore::estimateHeapBytes(*o.object) : 0;
        return long(bytes / 1024);
    };
    QList<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] {
        samples << Sample{clock.elapsed() / 60000.0, rssKb(0), heapInUseKb(), storeDataKb(), rssKb(check.processId()), checkLines};
        log(QStringLiteral("minute %1: engine %2 MiB (heap in use %3 MiB, objects' data %4 MiB), check %5 MiB, %6 objects stored, %7 check lines")
                .arg(samples.last().minute, 0, 'f', 1)
                .arg(samples.last().engineRssKb / 1024.0, 0, 'f', 1)
                .arg(samples.last().engineHeapKb / 1024.0, 0, 'f', 1)
                .arg(samples.last().storeDataKb / 1024.0, 0, 'f', 1)
                .arg(samples.last().checkRssKb / 1024.0, 0, 'f', 1)
                .arg(connection->store()->size())
                .arg(checkLines));
    });
    sampler.start(10000);

    QEventLoop run;
    QTimer::singleShot(int(minutes * 60000), &run, &QEventLoop::quit);
    run.exec();
    faultTimer.stop();
    sampler.stop();
    samples << Sample{clock.elapsed() / 60000.0, rssKb(0), heapInUseKb(), storeDataKb(), rssKb(check.processId()), checkLines};
    const bool checkAlive = check.state() == QProcess::Running;

    // Pause the churn and let the watches catch up; then compare object for object.
    int pauseStatus = 0;
    admin.call("POST", QStringLiteral("/_sim/churn?rate=0"), &pauseStatus);
    if (pauseStatus != 200) {
        log(QStringLiteral("could not pause the churn (HTTP %1)").arg(pauseStatus));
        return 2;
    }
    std::set<QString> watchedKinds;
    for (const auto &r : connection->watchedResources())
        watchedKinds.insert(r.groupKind().toString());
    qsizetype serverCount = 0, missing = 0, stale = 0, extra = 0;
    QStringList mismatchExamples;
    QElapsedTimer converge;
    converge.start();
    for (;;) {
        const auto state = nlohmann::json::parse(admin.call("GET", QStringLiteral("/_sim/state")).toStdString(), nullptr, false);
        serverCount = missing = stale = extra = 0;
        mismatchExamples.clear();
        QSet<ResourceKey> serverKeys;
        for (const auto &o : state.is_array() ? state : nlohmann::json::array()) {
            const std::string apiVersion = o.value("apiVersion", std::string());
            const auto slash = apiVersion.find('/');
            const QString group = slash == std::string::npos ? QString() : QString::fromStdString(apiVersion.substr(0, slash));
            const kube::GroupKind gk{group, QString::fromStdString(o.value("kind", std::string()))};
            if (!watchedKinds.count(gk.toString()))
                continue;
            ++serverCount;
            const auto &meta = o["metadata"];
            const ResourceKey key{gk.group, gk.kind, QString::fromStdString(meta.value("namespace", std::string())),
                                  QString::fromStdString(meta.value("name", std::string()))};
            serverKeys.insert(key);
            const auto stored = connection->store()->object(key);
            if (!stored) {
                ++missing;
                if (mismatchExamples.size() < 5)
                    mismatchExamples << QStringLiteral("missing ") + key.toString();
            } else if (stored->resourceVersion != meta.value("resourceVersion", std::string())) {
                ++stale;
                if (mismatchExamples.size() < 5)
                    mismatchExamples << QStringLiteral("stale ") + key.toString();
            }
        }
        for (const auto &o : connection->store()->allObjects()) {
            if (watchedKinds.count(kube::GroupKind{o.key.group, o.key.kind}.toString()) && !serverKeys.contains(o.key)) {
                ++extra;
                if (mismatchExamples.size() < 5)
                    mismatchExamples << QStringLiteral("extra ") + o.key.toString();
            }
        }
        if ((missing == 0 && stale == 0 && extra == 0) || converge.elapsed() > 120000)
            break;
        QEventLoop wait;
        QTimer::singleShot(1000, &wait, &QEventLoop::quit);
        wait.exec();
    }

    // Memory: the level after the baseline minute against the highest level after it.
    auto within = [&](auto field, long *base, long *peak) {
        *base = -1;
        *peak = -1;
        for (const Sample &s : samples) {
            if (s.minute < baselineMinute)
                continue;
            if (*base < 0)
                *base = field(s);
            *peak = std::max(*peak, field(s));
        }
        return *base > 0 && *peak <= *base * 11 / 10;
    };
    long engineBase, enginePeak, checkBase, checkPeak;
    const bool engineMemOk = within([](const Sample &s) { return s.engineRssKb; }, &engineBase, &enginePeak);
    const bool checkMemOk = within([](const Sample &s) { return s.checkRssKb; }, &checkBase, &checkPeak);
    const qsizetype linesAtBaseline = [&] {
        for (const Sample &s : samples) {
            if (s.minute >= baselineMinute)
                return s.checkLines;
        }
        return qsizetype(0);
    }();
    const bool checkPrinting = checkLines > linesAtBaseline;
    const bool storeOk = missing == 0 && stale == 0 && extra == 0;
    const bool ok = storeOk && duplicates == 0 && engineMemOk && checkMemOk && checkAlive && checkPrinting;

    QJsonObject out{{QStringLiteral("minutes"), minutes},
                    {QStringLiteral("objects"), parser.value(QStringLiteral("objects")).toInt()},
                    {QStringLiteral("churnPerSecond"), parser.value(QStringLiteral("churn")).toInt()},
                    {QStringLiteral("faults"), QJsonArray::fromStringList(faultLog)},
                    {QStringLiteral("serverObjectsCompared"), serverCount},
                    {QStringLiteral("missing"), missing},
                    {QStringLiteral("stale"), stale},
                    {QStringLiteral("extra"), extra},
                    {QStringLiteral("convergeSeconds"), converge.elapsed() / 1000.0},
                    {QStringLiteral("eventsApplied"), applied},
                    {QStringLiteral("eventsAppliedTwice"), duplicates},
                    {QStringLiteral("engineRssBaselineMiB"), engineBase / 1024.0},
                    {QStringLiteral("engineRssPeakMiB"), enginePeak / 1024.0},
                    {QStringLiteral("checkRssBaselineMiB"), checkBase / 1024.0},
                    {QStringLiteral("checkRssPeakMiB"), checkPeak / 1024.0},
                    {QStringLiteral("checkLines"), checkLines},
                    {QStringLiteral("checkAlive"), checkAlive},
                    {QStringLiteral("ok"), ok}};
    QJsonArray series;
    for (const Sample &s : samples)
        series.append(QJsonArray{s.minute, double(s.engineRssKb), double(s.engineHeapKb), double(s.storeDataKb), double(s.checkRssKb),
                                 double(s.checkLines)});
    out.insert(QStringLiteral("samples[minute,engineRssKb,engineHeapInUseKb,storeDataKb,checkRssKb,checkLines]"), series);
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("json"))) {
        QFile f(parser.value(QStringLiteral("json")));
        if (f.open(QIODevice::WriteOnly))
            f.write(json);
    }
    std::printf("soak %s: %.1f min, %lld objects compared (missing %lld, stale %lld, extra %lld), "
                "%lld events applied, %lld twice; engine RSS %.0f -> peak %.0f MiB, check RSS %.0f -> peak %.0f MiB, "
                "check %s with %lld lines\n",
                ok ? "passed" : "FAILED", minutes, qlonglong(serverCount), qlonglong(missing), qlonglong(stale),
                qlonglong(extra), qlonglong(applied), qlonglong(duplicates), engineBase / 1024.0, enginePeak / 1024.0,
                checkBase / 1024.0, checkPeak / 1024.0, checkAlive ? "alive" : "DEAD", qlonglong(checkLines));
    for (const QString &m : mismatchExamples + duplicateExamples)
        std::printf("  %s\n", qPrintable(m));

    check.terminate();
    check.waitForFinished(10000);
    if (parser.isSet(QStringLiteral("quick-exit"))) {
        sim.terminate();
        sim.waitForFinished(10000);
        std::fflush(stdout);
        std::_Exit(ok ? 0 : 1);
    }
    controller.stop();
    sim.terminate();
    sim.waitForFinished(10000);
    return ok ? 0 : 1;
}
