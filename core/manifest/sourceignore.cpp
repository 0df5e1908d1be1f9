// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/manifest/sourceignore.h"

namespace driftdeck::manifest {

namespace {

// A gitignore glob as an anchored regular expression over a '/' separated relative path.
QString globToRegex(const QString &glob)
{
    QString rx;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob[i];
        if (c == u'*') {
            if (i + 1 < glob.size() && glob[i + 1] == u'*') {
                const bool slashAfter = i + 2 < glob.size() && glob[i + 2] == u'/';
                rx += slashAfter ? QStringLiteral("(?:.*/)?") : QStringLiteral(".*");
                i += slashAfter ? 2 : 1;
            } else {
                rx += QStringLiteral("[^/]*");
            }
        } else if (c == u'?') {
            rx += QStringLiteral("[^/]");
        } else if (c == u'[') {
            const auto close = glob.indexOf(u']', i + 1);
            if (close < 0) {
                rx += QStringLiteral("\\[");
            } else {
                QString set = glob.mid(i + 1, close - i - 1);
                if (set.startsWith(u'!'))
                    set[0] = u'^';
                rx += u'[' + set + u']';
                i = close;
            }
        } else {
            rx += QRegularExpression::escape(QString(c));
        }
    }
    return rx;
}

} // namespace

SourceIgnore::SourceIgnore()
{
    // source-controller's VCS and default excludes (pkg/sourceignore).
    const char *defaults[] = {".git/", ".gitignore", ".gitmodules", ".gitattributes", "*.jpg", "*.jpeg", "*.gif",
                              "*.png", "*.wmv", "*.flv", "*.tar.gz", "*.zip", ".github/", ".circleci/",
                              ".travis.yml", ".gitlab-ci.yml", "appveyor.yml", ".drone.yml", "cloudbuild.yaml",
                              "codeship-services.yml", "codeship-steps.yml", "**/.goreleaser.yml",
                              "**/.sops.yaml", "**/.flux.yaml"};
    for (const char *d : defaults)
        addRule(QString(), QString::fromLatin1(d));
}

void SourceIgnore::addRules(const QString &folder, const QByteArray &fileContent)
{
    for (const QByteArray &line : fileContent.split('\n'))
        addRule(folder, QString::fromUtf8(line));
}

void SourceIgnore::addRule(const QString &folder, const QString &patternIn)
{
    QString pattern = patternIn;
    if (pattern.endsWith(u'\r'))
        pattern.chop(1);
    // Trailing spaces are ignored unless escaped.
    while (pattern.endsWith(u' ') && !pattern.endsWith(QStringLiteral("\\ ")))
        pattern.chop(1);
    if (pattern.isEmpty() || pattern.startsWith(u'#'))
        return;
    Rule rule;
    rule.folder = folder;
    if (pattern.startsWith(u'!')) {
        rule.negate = true;
        pattern.remove(0, 1);
    } else if (pattern.startsWith(QStringLiteral("\\!")) || pattern.startsWith(QStringLiteral("\\#"))) {
        pattern.remove(0, 1);
    }
    if (pattern.endsWith(u'/')) {
        rule.directoryOnly = true;
        pattern.chop(1);
    }
    // A slash at the start or in the middle anchors the pattern to the folder; otherwise it
    // matches a name at any depth.
    const bool anchored = pattern.contains(u'/');
    if (pattern.startsWith(u'/'))
        pattern.remove(0, 1);
    if (pattern.isEmpty())
        return;
    const QString body = globToRegex(pattern);
    rule.regex = QRegularExpression(u'^' + (anchored ? QString() : QStringLiteral("(?:.*/)?")) + body + u'$');
    m_rules.append(rule);
}

bool SourceIgnore::matches(const Rule &rule, const QString &relative, bool isDirectory) const
{
    if (rule.directoryOnly && !isDirectory)
        return false;
    return rule.regex.match(relative).hasMatch();
}

bool SourceIgnore::isIgnored(const QString &path) const
{
    // A file is ignored when it, or any folder above it, is ignored (gitignore cannot
    // re-include a file inside an excluded folder).
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString prefix;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        prefix = i == 0 ? parts[0] : prefix + u'/' + parts[i];
        const bool isDirectory = i + 1 < parts.size();
        bool ignored = false;
        for (const Rule &rule : m_rules) {
            QString relative;
            if (rule.folder.isEmpty())
                relative = prefix;
            else if (prefix.startsWith(rule.folder + u'/'))
                relative = prefix.mid(rule.folder.size() + 1);
            else
                continue;
            if (matches(rule, relative, isDirectory))
                ignored = !rule.negate;
        }
        if (ignored)
            return true;
    }
    return false;
}

} // namespace driftdeck::manifest
