// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/sourcespec.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace driftdeck::views {

// File > Add Repository…: a Git URL or a local folder, the branch, the folder inside the
// repository, the renderer and the cluster it declares, and for remote URLs how to
// authenticate (docs/git.md). OK validates and says what is wrong in words; nothing is added
// until the input is valid. Credentials are referenced, never entered: the dialog has fields
// for environment variable names and file paths only, never for a token or passphrase.
class AddRepositoryDialog : public QDialog
{
    Q_OBJECT
public:
    // Which authentication fields apply to a location.
    enum class Transport {
        Local, // a folder or file:// URL: no credentials
        Https, // https://: token variable, CA file
        Ssh,   // ssh:// or user@host:path: agent or key file, passphrase variable, known_hosts
        Plain, // http:// and git://: nothing (a token would travel unencrypted)
    };

    struct Input
    {
        QString location; // URL or local folder
        QString branch;
        QString path;
        manifest::RendererKind renderer = manifest::RendererKind::Auto;
        QString cluster;
        // Authentication; only the fields of the location's transport are used.
        QString tokenEnv;         // HTTPS: environment variable holding the token (default DRIFTDECK_GIT_TOKEN)
        QString caFile;           // HTTPS: private CA (PEM), besides the system's CAs
        bool useSshAgent = true;  // SSH: the agent at SSH_AUTH_SOCK, else sshKey
        QString sshKey;           // SSH: private key file
        QString sshPassphraseEnv; // SSH: environment variable holding the key's passphrase
        QString knownHostsFile;   // SSH: known_hosts file (default ~/.ssh/known_hosts)
    };

    explicit AddRepositoryDialog(const QStringList &clusters, QWidget *parent = nullptr);

    void setInput(const Input &input);
    // The fields of a source added before (restored from the settings) back into the dialog.
    static Input inputFor(const engine::SourceSpec &spec);
    Input input() const;
    // The source to add (valid only after accept()); its id is unique among `takenIds`.
    engine::SourceSpec sourceSpec(const QStringList &takenIds = {}) const;
    QString errorText() const;

    // Empty when the input can be added, else what to fix (translated).
    static QString validate(const Input &input, const QStringList &clusters);
    // "platform/apps/prod" for https://example.com/acme/platform.git and apps/prod.
    static QString sourceName(const Input &input);
    static Transport transportOf(const QString &location);
    // Whether `name` can name an environment variable (letters, digits, _; not a digit first).
    static bool isValidEnvironmentName(const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    void browse();
    void browseFile(QLineEdit *target, const QString &title);
    void updateAuthentication();

    QStringList m_clusters;
    QLineEdit *m_location;
    QLineEdit *m_branch;
    QLineEdit *m_path;
    QComboBox *m_renderer;
    QComboBox *m_cluster;
    QGroupBox *m_auth;
    QFormLayout *m_authForm;
    QLineEdit *m_tokenEnv;
    QLineEdit *m_caFile;
    QRadioButton *m_sshAgent;
    QRadioButton *m_sshKeyFile;
    QLineEdit *m_sshKey;
    QPushButton *m_sshKeyBrowse;
    QLineEdit *m_sshPassphraseEnv;
    QLineEdit *m_knownHosts;
    QLabel *m_error;
};

} // namespace driftdeck::views
