// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forge/tokenstore.h"

#include "core/common/logging.h"

#include <QEventLoop>
#include <QTimer>

#ifdef DRIFTDECK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace driftdeck::forge {

namespace {

#ifdef DRIFTDECK_HAVE_QTKEYCHAIN
struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

// Runs a keychain job to its end or the time-out. A job still running at the time-out deletes
// itself when it finishes; we only stop waiting for it.
template<typename Job>
JobOutcome runJob(Job *job, int timeoutMs)
{
    JobOutcome outcome;
    if (!QCoreApplication::instance()) {
        delete job;
        outcome.errorString = QStringLiteral("no QCoreApplication");
        return outcome;
    }
    job->setAutoDelete(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        outcome.finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    job->start();
    timer.start(timeoutMs);
    if (!outcome.finished)
        loop.exec();
    if (!outcome.finished) {
        job->setAutoDelete(true);
        outcome.errorString = QStringLiteral("the keychain did not answer within %1 ms").arg(timeoutMs);
        return outcome;
    }
    outcome.error = job->error();
    outcome.errorString = job->errorString();
    if constexpr (std::is_same_v<Job, QKeychain::ReadPasswordJob>)
        outcome.text = job->textData();
    delete job;
    return outcome;
}
#endif

} // namespace

TokenStore::TokenStore(QString service)
    : m_service(std::move(service))
{
}

QString TokenStore::environmentVariable(ForgeKind kind)
{
    switch (kind) {
    case ForgeKind::GitHub: return QStringLiteral("GITHUB_TOKEN");
    case ForgeKind::GitLab: return QStringLiteral("GITLAB_TOKEN");
    case ForgeKind::Gitea: return QStringLiteral("GITEA_TOKEN");
    }
    return {};
}

QString TokenStore::keychainKey(ForgeKind kind, const QString &host)
{
    return forgeKindName(kind) + u':' + host.toLower();
}

bool TokenStore::keychainCompiledIn()
{
#ifdef DRIFTDECK_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

TokenLookup TokenStore::lookup(ForgeKind kind, const QString &host) const
{
    TokenLookup result;
    result.variable = environmentVariable(kind);
#ifdef DRIFTDECK_HAVE_QTKEYCHAIN
    if (m_keychainEnabled) {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(keychainKey(kind, host));
        const JobOutcome outcome = runJob(job, m_timeoutMs);
        if (outcome.finished && outcome.error == QKeychain::NoError && !outcome.text.isEmpty()) {
            result.keychainAvailable = true;
            result.token = outcome.text;
            result.source = QStringLiteral("keychain");
            return result;
        }
        if (outcome.finished && outcome.error == QKeychain::EntryNotFound) {
            result.keychainAvailable = true;
        } else {
            result.keychainProblem = tr("No keychain service is running (%1).").arg(outcome.errorString);
            qCInfo(lcForge) << "keychain unavailable:" << outcome.errorString;
        }
    } else {
        result.keychainProblem = tr("The keychain is turned off.");
    }
#else
    result.keychainProblem = tr("This build of Driftdeck has no keychain support.");
#endif
    const QString fromEnvironment = qEnvironmentVariable(result.variable.toLatin1().constData()).trimmed();
    if (!fromEnvironment.isEmpty()) {
        result.token = fromEnvironment;
        result.source = QStringLiteral("environment");
    }
    return result;
}

Result<void> TokenStore::store(ForgeKind kind, const QString &host, const QString &token) const
{
#ifdef DRIFTDECK_HAVE_QTKEYCHAIN
    if (!m_keychainEnabled)
        return Error(tr("The keychain is turned off; the token was not saved."));
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keychainKey(kind, host));
    job->setTextData(token);
    const JobOutcome outcome = runJob(job, m_timeoutMs);
    if (outcome.finished && outcome.error == QKeychain::NoError)
        return success();
    return Error(tr("The token could not be saved: no keychain service is running. Set %1 instead.")
                     .arg(environmentVariable(kind)),
                 outcome.errorString);
#else
    Q_UNUSED(kind)
    Q_UNUSED(host)
    Q_UNUSED(token)
    return Error(tr("This build of Driftdeck has no keychain support; set %1 instead.").arg(environmentVariable(kind)));
#endif
}

Result<void> TokenStore::remove(ForgeKind kind, const QString &host) const
{
#ifdef DRIFTDECK_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keychainKey(kind, host));
    const JobOutcome outcome = runJob(job, m_timeoutMs);
    if (outcome.finished && (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return success();
    return Error(tr("The token could not be removed from the keychain."), outcome.errorString);
#else
    Q_UNUSED(kind)
    Q_UNUSED(host)
    return success();
#endif
}

} // namespace driftdeck::forge
