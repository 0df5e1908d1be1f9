// SPDX-License-Identifier: GPL-3.0-or-later
// `driftdeck check` (read-only and --exact) against `kubectl diff` on the same objects in one
// kube-sim, in one run: the objects are written as a folder of manifests, applied as Flux's
// kustomize-controller, 2 % of them changed by hand, then each tool compares the folder with the
// cluster `--runs` times (median wall time, processes started fresh each time).
//
//   bench_check_vs_kubectl [--objects 500] [--runs 3] [--kubectl kubectl] [--latency MS]
//
// --latency makes kube-sim answer every request MS milliseconds late (its /_sim/latency fault),
// as a cluster across a network would: kubectl diff pays it twice per object, check a few
// times per kind.
#include "kubesim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

nlohmann::json objectAt(int i)
{
    const std::string ns = "team-" + std::to_string(i % 10);
    const std::string name = "app-" + std::to_string(i);
    switch (i % 5) {
    case 0:
    case 1:
        return nlohmann::json::parse(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":")" + name + R"(","namespace":")" + ns
                                     + R"(","labels":{"app":")" + name + R"("}},"spec":{"replicas":2,"selector":{"matchLabels":{"app":")" + name
                                     + R"("}},"template":{"metadata":{"labels":{"app":")" + name
                                     + R"("}},"spec":{"containers":[{"name":"web","image":"registry.example/web:1.0","ports":[{"containerPort":8080}],)"
                                       R"("env":[{"name":"MODE","value":"production"}],"resources":{"requests":{"cpu":"100m","memory":"64Mi"},"limits":{"cpu":"1000m","memory":"0.5Gi"}}}]}}}})");
    case 2:
    case 3:
        return nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Service","metadata":{"name":")" + name + R"(","namespace":")" + ns
                                     + R"("},"spec":{"selector":{"app":")" + name + R"("},"ports":[{"port":80,"targetPort":8080}]}})");
    default:
        return nlohmann::json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":")" + name + R"(","namespace":")" + ns
                                     + R"("},"data":{"mode":"production","retries":"3"}})");
    }
}

struct Timed
{
    double ms = 0;
    int exitCode = -1;
    QByteArray err;
};

Timed run(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
    }
    Timed out;
    out.ms = double(t.nsecsElapsed()) / 1e6;
    out.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    p.readAllStandardOutput();
    out.err = p.readAllStandardError();
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("objects"), QStringLiteral("objects in Git and in the cluster"), QStringLiteral("n"), QStringLiteral("500")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs of each tool (median reported)"), QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("kubectl"), QStringLiteral("kubectl executable"), QStringLiteral("path"), QStringLiteral("kubectl")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("added server latency per request"), QStringLiteral("ms"), QStringLiteral("0")});
    parser.process(app);
    const int objects = std::max(1, parser.value(QStringLiteral("objects")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    kubesim::Server sim(kubesim::Options{});
    std::string error;
    if (!dir.isValid() || !sim.start(&error)) {
        std::fprintf(stderr, "cannot start kube-sim: %s\n", error.c_str());
        return 2;
    }
    const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
    sim.writeKubeconfig(kubeconfig.toStdString(), "bench");
    const QString repo = dir.filePath(QStringLiteral("repo"));
    QDir().mkpath(repo);

    int drifted = 0;
    for (int i = 0; i < objects; ++i) {
        const nlohmann::json o = objectAt(i);
        QFile f(repo + QStringLiteral("/%1.yaml").arg(i, 4, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(f.fileName()));
            return 2;
        }
        f.write(QByteArray::fromStdString(o.dump(2))); // JSON is YAML
        f.close();
        nlohmann::json applied = o;
        applied["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"] = "bench";
        applied["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/namespace"] = "flux-system";
        const nlohmann::json stored = sim.apply(applied, "kustomize-controller");
        if (stored.value("kind", "") == "Status") {
            std::fprintf(stderr, "apply failed: %s\n", stored.dump().c_str());
            return 2;
        }
        // 2 %: someone changed a field Git sets by hand (kubectl diff must see it too).
        if (i % 50 == 0 || i % 50 == 4) {
            nlohmann::json edit{{"apiVersion", o["apiVersion"]}, {"kind", o["kind"]}, {"metadata", {{"name", o["metadata"]["name"]}, {"namespace", o["metadata"]["namespace"]}}}};
            if (o["kind"] == "Deployment")
                edit["spec"]["replicas"] = 5;
            else
                edit["data"]["mode"] = "debug";
            const nlohmann::json changed = sim.apply(edit, "kubectl-edit");
            if (changed.value("kind", "") == "Status") {
                std::fprintf(stderr, "edit failed: %s\n", changed.dump().c_str());
                return 2;
            }
            ++drifted;
        }
    }

    const int latency = std::max(0, parser.value(QStringLiteral("latency")).toInt());
    if (latency > 0) {
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        QFile caFile(ca);
        if (!caFile.open(QIODevice::WriteOnly) || caFile.write(QByteArray::fromStdString(sim.caPem())) < 0) {
            std::fprintf(stderr, "cannot write the CA\n");
            return 2;
        }
        caFile.close();
        QProcess curl;
        curl.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--fail-with-body"), QStringLiteral("--cacert"), ca, QStringLiteral("-d"), QString(),
                                            QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + QString::fromStdString(sim.adminToken()),
                                            QString::fromStdString(sim.url()) + QStringLiteral("/_sim/latency?ms=%1").arg(latency)});
        if (!curl.waitForFinished(30000) || curl.exitCode() != 0) {
            std::fprintf(stderr, "cannot set kube-sim's latency: %s %s\n", curl.readAllStandardError().constData(),
                         curl.readAllStandardOutput().constData());
            return 2;
        }
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KUBECONFIG"), kubeconfig);
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));

    const QStringList checkArgs{QStringLiteral("check"), QStringLiteral("--source"), repo, QStringLiteral("--format"), QStringLiteral("json")};
    // kubectl diff as Flux would apply: a server-side apply dry-run per object as kustomize-controller.
    const QStringList diffArgs{QStringLiteral("diff"), QStringLiteral("-f"), repo, QStringLiteral("--server-side"),
                               QStringLiteral("--field-manager=kustomize-controller"), QStringLiteral("--force-conflicts")};
    std::vector<double> check, exact, diff;
    for (int r = 0; r < runs; ++r) {
        const Timed c = run(QStringLiteral(DRIFTDECK_EXE), checkArgs, env);
        const Timed e = run(QStringLiteral(DRIFTDECK_EXE), checkArgs + QStringList{QStringLiteral("--exact")}, env);
        const Timed d = run(parser.value(QStringLiteral("kubectl")), diffArgs, env);
        // Every tool must find the drift (exit 1) for the timing to mean anything.
        for (const Timed *t : {&c, &e, &d}) {
            if (t->exitCode != 1) {
                std::fprintf(stderr, "unexpected exit code %d:\n%s\n", t->exitCode, t->err.constData());
                return 2;
            }
        }
        check.push_back(c.ms);
        exact.push_back(e.ms);
        diff.push_back(d.ms);
        std::printf("run %d: check %.0f ms, check --exact %.0f ms, kubectl diff %.0f ms\n", r + 1, c.ms, e.ms, d.ms);
    }
    const double mc = median(check), me = median(exact), md = median(diff);
    std::printf("objects: %d (%d drifted), runs: %d (median wall time), added latency per request: %d ms\n", objects, drifted, runs, latency);
    std::printf("driftdeck check            %8.0f ms\n", mc);
    std::printf("driftdeck check --exact    %8.0f ms\n", me);
    std::printf("kubectl diff               %8.0f ms\n", md);
    std::printf("ratio kubectl diff / check          %6.1fx (goal >= 20x)\n", md / mc);
    std::printf("ratio kubectl diff / check --exact  %6.1fx\n", md / me);
    sim.stop();
    return md / mc >= 20 ? 0 : 1;
}
