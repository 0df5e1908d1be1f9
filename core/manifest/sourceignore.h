// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace driftdeck::manifest {

// Flux's `.sourceignore` rules (gitignore syntax) plus source-controller's default exclusions
// (.git/, CI files, images and archives, .sops.yaml, .flux.yaml). Files in a .sourceignore
// apply below the folder that holds it; later rules win, `!` re-includes.
class SourceIgnore
{
public:
    SourceIgnore(); // with Flux's defaults

    // Adds the rules of a .sourceignore found in `folder` ("" for the root, else "a/b").
    void addRules(const QString &folder, const QByteArray &fileContent);
    void addRule(const QString &folder, const QString &pattern);

    // path: '/' separated, relative to the root, of a file.
    bool isIgnored(const QString &path) const;

private:
    struct Rule
    {
        QString folder;
        QRegularExpression regex;
        bool negate = false;
        bool directoryOnly = false;
    };
    bool matches(const Rule &rule, const QString &relative, bool isDirectory) const;
    QList<Rule> m_rules;
};

} // namespace driftdeck::manifest
