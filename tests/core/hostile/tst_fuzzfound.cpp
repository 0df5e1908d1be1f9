// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs the fuzz targets of tests/fuzz found (scripts/fuzz.sh), kept as regular tests: each
// once hung or crashed; each must now end in a clear error or a sound result.
#include "core/forge/giteaclient.h"
#include "core/forge/githubclient.h"
#include "core/forge/gitlabclient.h"
#include "core/drift/resourceevaluator.h"
#include "core/kube/discovery.h"
#include "core/kube/kubeconfig.h"
#include "core/manifest/manifestparser.h"
#include "core/manifest/nodelocator.h"
#include "core/resolve/yamltree.h"

#include <QTest>

using namespace driftdeck;

namespace {

// fuzz_kubeconfig, timeout: a directive line ("%...") holding invalid UTF-8 sent libfyaml
// 0.7.12's directive scanner into an endless loop.
const QByteArray kKubeconfigDirective = QByteArray(
    "\x0d%9999999999999999999999999999999999\xc4\xc6\xc6\xc6\xc6\xc6\xc6\xc6""9999999999999999999999999999999999999999999999999999999999999999999", 111);

// fuzz_manifest, timeout: the same inside a CronJob manifest (a "%" line, then \xb1).
const QByteArray kManifestDirective = QByteArray(
    "apiVersion: batch/v1\n"
    "kind: CronJob\n"
    "metadata:\n"
    "  name:`report\n"
    "spec:\n"
    "  schedule: \"0 3 * * *\"\n"
    "  jobTemplate:\n"
    "    spec:\n"
    "      template:\n"
    "        *********************************spec:\n"
    "%         restartPolicy: OnFailu\x00\x00\x00\x00\x00\x00\x01\xb1 image: busybox:\x0d\x00""36\n"
    "           - name: wait\n"
    "              imag\n", 282);

// fuzz_resolver, timeout: the same in the resolver's input file ("%        - name: L\xcfG_FORMAT").
const QByteArray kResolverInput = QByteArray(
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata:\n"
    "  name: api\n"
    "  namespace: shop\n"
    "spec:\n"
    "  replicas: 2\n"
    "  template:\n"
    "    spec:\n"
    "      nodeSelector: {disk: ssd}\n"
    "      containers:\n"
    "      - name: api\n"
    "        image: ghcr.io/example/api:2.0.1\n"
    "        env:\n"
    "%        - name: L\xcfG_FORMAT\n"
    "          value: json   # structured logs\n"
    "        resources:\n"
    "          limits:\n"
    "            memory: 256Mi\n"
    "\xff\xff\xff\xff\xff\xff\xff\xff\n"
    "      # the metrics exporter\n"
    "      - name: exporter\n"
    "        image: ghcr.io/example/exporter:1.4\n"
    "\x00{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"api\",\"namespace\":\"{shop\",\"labels\":{\"team\":\"payments\"}},\"             value: \"50\"\n"
    "        spec\":{\"nodeSelector\":{\"disk\":\"ssd\",\"zone\":\"eu-west-1a\"},\"containers\":[{\"name\":\"api\",\"image\":\"ghcr.io/example/api:2.0.1\",\"imagePullPolicy\":\"Always\",\"env\":[{\"name\":\"LOG_FORMAT\",\"valueor\":{\"disk\":\"ssd\",\"zone\":\"eu-west-1a\"},\"containers\":[{}}}}", 873);

// fuzz_kubeconfig, crash: libfyaml 0.7.12 printing a syntax error draws the offending source
// line; for this plain scalar (runs of backslashes and tabs) it read a bad pointer (SEGV in
// fy_diag_error_atom_display). Readers now collect errors instead of printing them.
const QByteArray kErrorDisplayCrash = QByteArray(
    "apiVersion: v1\n"
    "kind: Config\n"
    "current-context:\n"
    "-& \\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t~~~\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\tO: prod\n"
    "  c\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t;;;\t\t\t\t\t\t\t\t\t\t\t\t\t\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\ontext: {cluster:named, \x01""\x04""er: prod}\n"
    "ers:", 352);

} // namespace

class TestFuzzFound : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void directiveWithInvalidUtf8IsASyntaxError_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::newRow("kubeconfig-artifact") << kKubeconfigDirective << 2; // after a lone "\r"
        QTest::newRow("manifest-artifact") << kManifestDirective << 11;
        QTest::newRow("resolver-artifact") << kResolverInput.left(kResolverInput.indexOf('\0')) << 15;
        QTest::newRow("lone-lead-byte") << QByteArray("%\xc4\n") << 1;
        QTest::newRow("after-a-document") << QByteArray("a: 1\n%\xc4\n") << 2;
        QTest::newRow("continuation-first") << QByteArray("%a \xb1\n") << 1;
        QTest::newRow("at-the-end") << QByteArray("---\n%a\xc4") << 2;
    }

    void directiveWithInvalidUtf8IsASyntaxError()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        const manifest::ManifestSet set = manifest::ManifestParser::parse(yaml, manifest::SourceOrigin{{}, {}, QStringLiteral("f.yaml")});
        QVERIFY(set.objects.isEmpty());
        QCOMPARE(set.errors.size(), 1);
        QVERIFY2(set.errors.front().message.contains(u"UTF-8"), qPrintable(set.errors.front().toString()));
        QCOMPARE(set.errors.front().line, line);

        const auto docs = manifest::ManifestParser::parseDocuments(yaml, QStringLiteral("f.yaml"));
        QVERIFY(!docs.ok());

        const auto config = kube::Kubeconfig::fromYaml(yaml, QStringLiteral("/tmp"));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(u"UTF-8"), qPrintable(config.error().fullText()));
    }

    void syntaxErrorThatLibfyamlCannotDrawIsReported()
    {
        QCOMPARE(kErrorDisplayCrash.size(), 352);
        const auto config = kube::Kubeconfig::fromYaml(kErrorDisplayCrash, QStringLiteral("/tmp"));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(u"not valid YAML"), qPrintable(config.error().fullText()));

        const manifest::ManifestSet set = manifest::ManifestParser::parse(kErrorDisplayCrash, manifest::SourceOrigin{{}, {}, QStringLiteral("f.yaml")});
        QVERIFY(set.objects.isEmpty());
        QCOMPARE(set.errors.size(), 1);
        QVERIFY(set.errors.front().line > 0);

        QVERIFY(!resolve::YamlTree::parse(kErrorDisplayCrash).ok());
        // The locator streams: what comes before the error is found, what lies past it is not.
        QVERIFY(manifest::NodeLocator::locate(kErrorDisplayCrash, 0, {QStringLiteral("kind")}).ok());
        QVERIFY(!manifest::NodeLocator::locate(kErrorDisplayCrash, 0, {QStringLiteral("users")}).ok());
    }

    void validDirectivesStillRead()
    {
        const QByteArray yaml = "%YAML 1.2\n%TAG !e! tag:example.com,2000:\n---\napiVersion: v1\nkind: ConfigMap\n"
                                "metadata:\n  name: caf\xc3\xa9\n";
        const manifest::ManifestSet set = manifest::ManifestParser::parse(yaml, manifest::SourceOrigin{{}, {}, QStringLiteral("f.yaml")});
        QVERIFY2(set.errors.isEmpty(), set.errors.isEmpty() ? "" : qPrintable(set.errors.front().toString()));
        QCOMPARE(set.objects.size(), 1);
        QCOMPARE(set.objects.front().key.name, QStringLiteral("caf\u00e9"));
        const auto config = kube::Kubeconfig::fromYaml("%YAML 1.2\n---\nkind: Config\ncurrent-context: x\n", QStringLiteral("/tmp"));
        QVERIFY(config.ok());
        QCOMPARE(config->currentContext(), QStringLiteral("x"));
    }

    // fuzz_forge: a field of another type than the forge documents ("number" as a string, "draft"
    // as a number) threw nlohmann::type_error out of fromJson, ending the process.
    void forgeFieldsOfTheWrongTypeReadAsEmpty()
    {
        const nlohmann::json github = nlohmann::json::parse(R"({"number":"7","draft":1,"html_url":"u","state":"open",
            "head":{"ref":"b"},"base":{"ref":"main"},"labels":[{"name":"x"},3]})");
        const forge::PullRequest gh = forge::GitHubClient::fromJson(github);
        QCOMPARE(gh.number, 0);
        QCOMPARE(gh.draft, false);
        QCOMPARE(gh.head, QStringLiteral("b"));
        QCOMPARE(gh.state, QStringLiteral("open"));
        QCOMPARE(gh.labels, (QStringList{QStringLiteral("x"), QString()}));

        const nlohmann::json gitlab = nlohmann::json::parse(R"({"iid":[1],"draft":"yes","work_in_progress":{},"source_branch":"a"})");
        const forge::PullRequest gl = forge::GitLabClient::fromJson(gitlab);
        QCOMPARE(gl.number, 0);
        QCOMPARE(gl.draft, false);
        QCOMPARE(gl.head, QStringLiteral("a"));
        const forge::PullRequest gl2 = forge::GitLabClient::fromJson(nlohmann::json::parse(R"({"iid":4,"work_in_progress":true})"));
        QCOMPARE(gl2.number, 4);
        QCOMPARE(gl2.draft, true);

        const nlohmann::json gitea = nlohmann::json::parse(R"({"number":1e300,"draft":null,"title":"WIP: x"})");
        const forge::PullRequest ge = forge::GiteaClient::fromJson(gitea);
        QCOMPARE(ge.number, 0);
        QCOMPARE(ge.draft, true); // from the title
        const forge::PullRequest ge2 = forge::GiteaClient::fromJson(nlohmann::json::parse(R"({"number":12,"draft":true})"));
        QCOMPARE(ge2.number, 12);
        QCOMPARE(ge2.draft, true);
    }

    // Found by reading, not fuzzing: json::value() throws on a field of the wrong type, which
    // on the network thread would end the process. A hostile server must not manage that.
    void wrongTypedDiscoveryEntriesAreSkippedOrDefaulted()
    {
        const auto doc = nlohmann::json::parse(R"({"resources":[
            7, "pods", null,
            {"name":"widgets","kind":"Widget","namespaced":"yes","verbs":"list"},
            {"name":"gadgets","kind":"Gadget","namespaced":true,"verbs":["list","watch"]}]})");
        const auto resources = kube::Discovery::parseResourceList(doc, QStringLiteral("example.com"), QStringLiteral("v1"));
        QCOMPARE(resources.size(), std::size_t(2));
        QCOMPARE(resources[0].kind, QStringLiteral("Widget"));
        QVERIFY(!resources[0].namespaced); // "yes" is not a boolean
        QVERIFY(resources[0].verbs.isEmpty());
        QVERIFY(resources[1].namespaced);
        QCOMPARE(resources[1].verbs, (QStringList{QStringLiteral("list"), QStringLiteral("watch")}));
    }

    void wrongTypedOwnerReferencesDoNotThrow()
    {
        const auto live = nlohmann::json::parse(R"({"apiVersion":"v1","kind":"Pod",
            "metadata":{"name":"p","namespace":"ns","ownerReferences":[
                {"apiVersion":5,"kind":["ReplicaSet"],"name":{"n":1}},
                {"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web-1"}]}})");
        drift::ResourceEvaluator evaluator{drift::CompareOptions{}};
        const ResourceKey key{QString(), QStringLiteral("Pod"), QStringLiteral("ns"), QStringLiteral("p")};
        const drift::ResourceResult r = evaluator.evaluate(key, nullptr, &live, nullptr, nullptr, nullptr);
        QCOMPARE(r.owners.size(), 2);
        QVERIFY(r.owners[0].kind.isEmpty());
        QCOMPARE(r.owners[1].kind, QStringLiteral("ReplicaSet"));
        QCOMPARE(r.owners[1].group, QStringLiteral("apps"));
        QCOMPARE(r.owners[1].name, QStringLiteral("web-1"));
    }
};

QTEST_GUILESS_MAIN(TestFuzzFound)
#include "tst_fuzzfound.moc"
