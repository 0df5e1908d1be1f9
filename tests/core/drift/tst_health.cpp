// SPDX-License-Identifier: GPL-3.0-or-later
// Health rules for every kind issue 6 names, from live objects shaped like the API server's.
#include "core/drift/health.h"

#include "testutil.h"

#include <QTest>

using namespace driftdeck;
using namespace driftdeck::drift;
using nlohmann::json;

class TestHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assess_data();
    void assess();
};

void TestHealth::assess_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const char *object, HealthState s, const QString &message) {
        QTest::newRow(name) << QByteArray(object) << int(s) << message;
    };
    // Deployment
    row("deployment available",
        R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","generation":2},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"replicas":3,"updatedReplicas":3,"availableReplicas":3,"readyReplicas":3}})",
        HealthState::Healthy, QString());
    row("deployment rolling",
        R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","generation":2},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"replicas":4,"updatedReplicas":1,"availableReplicas":3}})",
        HealthState::Progressing, u"Waiting for rollout to finish: 1 out of 3 new replicas have been updated..."_qs);
    row("deployment old replicas",
        R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","generation":2},"spec":{"replicas":3},
            "status":{"observedGeneration":2,"replicas":4,"updatedReplicas":3,"availableReplicas":3}})",
        HealthState::Progressing, u"Waiting for rollout to finish: 1 old replicas are pending termination..."_qs);
    row("deployment generation not observed",
        R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","generation":3},"spec":{"replicas":1},
            "status":{"observedGeneration":2}})",
        HealthState::Progressing,
        u"Waiting for rollout to finish: observed deployment generation less than desired generation"_qs);
    row("deployment deadline exceeded",
        R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","generation":1},"spec":{"replicas":1},
            "status":{"observedGeneration":1,"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded"}]}})",
        HealthState::Degraded, u"Deployment \"web\" exceeded its progress deadline"_qs);
    row("deployment paused",
        R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"paused":true}})",
        HealthState::Suspended, u"Deployment is paused"_qs);
    row("deployment scaled to zero",
        R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","generation":4},"spec":{"replicas":0},
            "status":{"observedGeneration":4}})",
        HealthState::Healthy, QString());
    row("pending deletion",
        R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","deletionTimestamp":"2026-11-27T10:00:00Z"}})",
        HealthState::Progressing, u"Pending deletion"_qs);
    // StatefulSet
    row("statefulset ready",
        R"({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"generation":1},"spec":{"replicas":2},
            "status":{"observedGeneration":1,"readyReplicas":2,"currentRevision":"db-1","updateRevision":"db-1"}})",
        HealthState::Healthy, QString());
    row("statefulset waiting",
        R"({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"generation":1},"spec":{"replicas":3},
            "status":{"observedGeneration":1,"readyReplicas":1}})",
        HealthState::Progressing, u"Waiting for 2 pods to be ready..."_qs);
    row("statefulset revision rolling",
        R"({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"generation":2},"spec":{"replicas":2},
            "status":{"observedGeneration":2,"readyReplicas":2,"updatedReplicas":1,"currentRevision":"db-1","updateRevision":"db-2"}})",
        HealthState::Progressing, u"waiting for statefulset rolling update to complete 1 pods at revision db-2..."_qs);
    // DaemonSet
    row("daemonset ready",
        R"({"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"generation":1},
            "status":{"observedGeneration":1,"desiredNumberScheduled":3,"updatedNumberScheduled":3,"numberAvailable":3}})",
        HealthState::Healthy, QString());
    row("daemonset updating",
        R"({"apiVersion":"apps/v1","kind":"DaemonSet","metadata":{"generation":1},
            "status":{"observedGeneration":1,"desiredNumberScheduled":3,"updatedNumberScheduled":2,"numberAvailable":3}})",
        HealthState::Progressing, u"Waiting for daemon set rollout to finish: 2 out of 3 new pods have been updated..."_qs);
    // ReplicaSet
    row("replicaset failure",
        R"({"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"generation":1},"spec":{"replicas":1},
            "status":{"observedGeneration":1,"conditions":[{"type":"ReplicaFailure","status":"True","message":"quota exceeded"}]}})",
        HealthState::Degraded, u"quota exceeded"_qs);
    row("replicaset available",
        R"({"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"generation":1},"spec":{"replicas":2},
            "status":{"observedGeneration":1,"availableReplicas":2}})",
        HealthState::Healthy, QString());
    // Pod
    row("pod running ready",
        R"({"apiVersion":"v1","kind":"Pod","spec":{"restartPolicy":"Always"},
            "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}})",
        HealthState::Healthy, QString());
    row("pod crash loop",
        R"({"apiVersion":"v1","kind":"Pod","spec":{},"status":{"phase":"Running","containerStatuses":[
            {"name":"web","state":{"waiting":{"reason":"CrashLoopBackOff","message":"back-off 5m0s restarting failed container"}}}]}})",
        HealthState::Degraded, u"back-off 5m0s restarting failed container"_qs);
    row("pod image pull",
        R"({"apiVersion":"v1","kind":"Pod","status":{"phase":"Pending","containerStatuses":[
            {"name":"web","state":{"waiting":{"reason":"ImagePullBackOff"}}}]}})",
        HealthState::Degraded, u"ImagePullBackOff"_qs);
    row("pod pending", R"({"apiVersion":"v1","kind":"Pod","status":{"phase":"Pending"}})", HealthState::Progressing,
        QString());
    row("pod succeeded", R"({"apiVersion":"v1","kind":"Pod","status":{"phase":"Succeeded"}})", HealthState::Healthy,
        QString());
    row("pod failed", R"({"apiVersion":"v1","kind":"Pod","status":{"phase":"Failed","message":"OOMKilled"}})",
        HealthState::Degraded, u"OOMKilled"_qs);
    // Job, CronJob
    row("job complete",
        R"({"apiVersion":"batch/v1","kind":"Job","status":{"conditions":[{"type":"Complete","status":"True"}]}})",
        HealthState::Healthy, QString());
    row("job failed",
        R"({"apiVersion":"batch/v1","kind":"Job","status":{"conditions":[{"type":"Failed","status":"True","message":"BackoffLimitExceeded"}]}})",
        HealthState::Degraded, u"BackoffLimitExceeded"_qs);
    row("job running", R"({"apiVersion":"batch/v1","kind":"Job","status":{"active":1}})", HealthState::Progressing,
        u"Job is running"_qs);
    row("job suspended", R"({"apiVersion":"batch/v1","kind":"Job","spec":{"suspend":true}})", HealthState::Suspended,
        u"Job is suspended"_qs);
    row("cronjob", R"({"apiVersion":"batch/v1","kind":"CronJob","spec":{"schedule":"*/5 * * * *"}})",
        HealthState::Healthy, QString());
    row("cronjob suspended", R"({"apiVersion":"batch/v1","kind":"CronJob","spec":{"suspend":true}})",
        HealthState::Suspended, u"CronJob is suspended"_qs);
    // Service, Ingress
    row("service cluster ip", R"({"apiVersion":"v1","kind":"Service","spec":{"type":"ClusterIP"}})",
        HealthState::Healthy, QString());
    row("service lb pending",
        R"({"apiVersion":"v1","kind":"Service","spec":{"type":"LoadBalancer"},"status":{"loadBalancer":{}}})",
        HealthState::Progressing, u"Waiting for a load balancer address"_qs);
    row("service lb ready",
        R"({"apiVersion":"v1","kind":"Service","spec":{"type":"LoadBalancer"},"status":{"loadBalancer":{"ingress":[{"ip":"203.0.113.7"}]}}})",
        HealthState::Healthy, QString());
    row("ingress pending", R"({"apiVersion":"networking.k8s.io/v1","kind":"Ingress","status":{}})",
        HealthState::Progressing, u"Waiting for a load balancer address"_qs);
    row("ingress ready",
        R"({"apiVersion":"networking.k8s.io/v1","kind":"Ingress","status":{"loadBalancer":{"ingress":[{"hostname":"lb.example.com"}]}}})",
        HealthState::Healthy, QString());
    // PVC
    row("pvc bound", R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","status":{"phase":"Bound"}})",
        HealthState::Healthy, QString());
    row("pvc pending", R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","status":{"phase":"Pending"}})",
        HealthState::Progressing, u"Waiting for the claim to be bound"_qs);
    row("pvc lost", R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","status":{"phase":"Lost"}})",
        HealthState::Degraded, u"The claim lost its volume"_qs);
    // HPA
    row("hpa active",
        R"({"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","status":{"conditions":[
            {"type":"AbleToScale","status":"True"},{"type":"ScalingActive","status":"True"}]}})",
        HealthState::Healthy, QString());
    row("hpa metrics missing",
        R"({"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","status":{"conditions":[
            {"type":"AbleToScale","status":"True"},
            {"type":"ScalingActive","status":"False","reason":"FailedGetResourceMetric","message":"missing request for cpu"}]}})",
        HealthState::Degraded, u"missing request for cpu"_qs);
    row("hpa new", R"({"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler","status":{}})",
        HealthState::Progressing, u"Waiting for the autoscaler to report"_qs);
    // Flux
    row("flux kustomization ready",
        R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization","metadata":{"generation":3},
            "status":{"observedGeneration":3,"conditions":[{"type":"Ready","status":"True","message":"Applied revision: main@sha1:abc"}]}})",
        HealthState::Healthy, u"Applied revision: main@sha1:abc"_qs);
    row("flux kustomization failed",
        R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization","metadata":{"generation":3},
            "status":{"observedGeneration":3,"conditions":[{"type":"Ready","status":"False","message":"kustomize build failed"}]}})",
        HealthState::Degraded, u"kustomize build failed"_qs);
    row("flux helmrelease reconciling",
        R"({"apiVersion":"helm.toolkit.fluxcd.io/v2","kind":"HelmRelease","metadata":{"generation":1},
            "status":{"observedGeneration":1,"conditions":[{"type":"Ready","status":"False","message":"installing"},
                                                            {"type":"Reconciling","status":"True"}]}})",
        HealthState::Progressing, u"installing"_qs);
    row("flux gitrepository suspended",
        R"({"apiVersion":"source.toolkit.fluxcd.io/v1","kind":"GitRepository","spec":{"suspend":true}})",
        HealthState::Suspended, u"Reconciliation is suspended"_qs);
    row("flux gitrepository unknown",
        R"({"apiVersion":"source.toolkit.fluxcd.io/v1","kind":"GitRepository","metadata":{"generation":1},
            "status":{"observedGeneration":1,"conditions":[{"type":"Ready","status":"Unknown","message":"cloning"}]}})",
        HealthState::Progressing, u"cloning"_qs);
    row("flux generation not observed",
        R"({"apiVersion":"source.toolkit.fluxcd.io/v1","kind":"GitRepository","metadata":{"generation":2},
            "status":{"observedGeneration":1,"conditions":[{"type":"Ready","status":"True"}]}})",
        HealthState::Progressing, u"Waiting for the controller to observe the latest generation"_qs);
    // Argo CD Application
    row("argo application degraded",
        R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Application","status":{"health":{"status":"Degraded","message":"1 pod crashing"}}})",
        HealthState::Degraded, u"1 pod crashing"_qs);
    row("argo application missing",
        R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Application","status":{"health":{"status":"Missing"}}})",
        HealthState::Missing, QString());
    // Generic
    row("crd ready condition false",
        R"({"apiVersion":"cert-manager.io/v1","kind":"Certificate","status":{"conditions":[{"type":"Ready","status":"False","message":"issuer not found"}]}})",
        HealthState::Degraded, u"issuer not found"_qs);
    row("crd ready condition true",
        R"({"apiVersion":"cert-manager.io/v1","kind":"Certificate","status":{"conditions":[{"type":"Ready","status":"True"}]}})",
        HealthState::Healthy, QString());
    row("configmap has no status", R"({"apiVersion":"v1","kind":"ConfigMap","data":{}})", HealthState::Healthy,
        QString());
}

void TestHealth::assess()
{
    QFETCH(QByteArray, object);
    QFETCH(int, state);
    QFETCH(QString, message);
    const HealthResult r = Health::assess(parseJson(object));
    QCOMPARE(healthStateName(r.state), healthStateName(HealthState(state)));
    QCOMPARE(r.message, message);
}

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
