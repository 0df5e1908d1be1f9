// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Flux and Argo CD objects as the API returns them, kept out of the test's .cpp because moc
// cannot read these raw string literals.

#include <nlohmann/json.hpp>

#include <QString>

#include <vector>

inline const QString kSha1 = QStringLiteral("1111111111111111111111111111111111111111");
inline const QString kSha2 = QStringLiteral("2222222222222222222222222222222222222222");

inline std::vector<nlohmann::json> fluxObjects()
{
    using nlohmann::json;
    return {
        json::parse(R"({"apiVersion":"source.toolkit.fluxcd.io/v1","kind":"GitRepository",
            "metadata":{"name":"flux-system","namespace":"flux-system"},
            "spec":{"url":"https://github.com/acme/fleet","ref":{"branch":"main"}},
            "status":{"artifact":{"revision":"main@sha1:)" + kSha2.toStdString() + R"("}}})"),
        json::parse(R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization",
            "metadata":{"name":"apps","namespace":"flux-system"},
            "spec":{"sourceRef":{"kind":"GitRepository","name":"flux-system"},"path":"./apps/production",
                    "targetNamespace":"shop","prune":true,"suspend":true},
            "status":{"lastAppliedRevision":"main@sha1:)" + kSha1.toStdString() + R"("}})"),
        json::parse(R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization",
            "metadata":{"name":"orphan","namespace":"team"},
            "spec":{"sourceRef":{"kind":"GitRepository","name":"gone"},"path":"./"}})"),
        json::parse(R"({"apiVersion":"source.toolkit.fluxcd.io/v1","kind":"GitRepository",
            "metadata":{"name":"pinned","namespace":"team"},
            "spec":{"url":"ssh://git@git.example/team.git","ref":{"tag":"v1.2.0","branch":"main"}}})"),
        json::parse(R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization",
            "metadata":{"name":"team","namespace":"team"},
            "spec":{"sourceRef":{"kind":"GitRepository","name":"pinned"}}})"),
        json::parse(R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization",
            "metadata":{"name":"oci","namespace":"flux-system"},
            "spec":{"sourceRef":{"kind":"OCIRepository","name":"manifests"},"path":"./"}})"),
        json::parse(R"({"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"noise","namespace":"x"}})"),
    };
}

inline std::vector<nlohmann::json> argoObjects()
{
    using nlohmann::json;
    return {
        json::parse(R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Application",
            "metadata":{"name":"guestbook","namespace":"argocd"},
            "spec":{"source":{"repoURL":"https://github.com/argoproj/argocd-example-apps","targetRevision":"HEAD","path":"guestbook"},
                    "destination":{"server":"https://kubernetes.default.svc","namespace":"guestbook"}},
            "status":{"sync":{"status":"Synced","revision":")" + kSha1.toStdString() + R"("}}})"),
        json::parse(R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Application",
            "metadata":{"name":"multi","namespace":"argocd"},
            "spec":{"sources":[
                {"repoURL":"https://git.example/a.git","targetRevision":"release-1","path":"kustomize","kustomize":{"namePrefix":"x-"}},
                {"repoURL":"https://git.example/b.git","targetRevision":")" + kSha2.toStdString() + R"(","path":"charts/web","helm":{"valueFiles":["v.yaml"]}},
                {"repoURL":"https://git.example/c.git","path":"plain","directory":{"recurse":true}},
                {"repoURL":"https://git.example/d.git","path":"vault","plugin":{"name":"argocd-vault-plugin"}},
                {"repoURL":"https://charts.example","chart":"redis","targetRevision":"17.0.0"}],
              "destination":{"namespace":"multi"}},
            "status":{"sync":{"revisions":[")" + kSha1.toStdString() + R"(",")" + kSha2.toStdString() + R"("]}}})"),
    };
}

// What `flux bootstrap` creates beside the files of clusters/<cluster>.
inline void addBootstrapObjects(std::vector<nlohmann::json> &objects, const QString &cluster)
{
    using nlohmann::json;
    objects.push_back(json::parse(R"({"apiVersion":"source.toolkit.fluxcd.io/v1","kind":"GitRepository",
        "metadata":{"name":"flux-system","namespace":"flux-system"},
        "spec":{"url":"https://github.com/fluxcd/flux2-kustomize-helm-example","ref":{"branch":"main"}}})"));
    objects.push_back(json::parse(R"({"apiVersion":"kustomize.toolkit.fluxcd.io/v1","kind":"Kustomization",
        "metadata":{"name":"flux-system","namespace":"flux-system"},
        "spec":{"sourceRef":{"kind":"GitRepository","name":"flux-system"},"path":"./clusters/)" + cluster.toStdString() + R"("}})"));
}
