// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/addrepositorydialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace driftdeck::views {

namespace {

// user@host:path, as Git accepts for SSH.
bool isScpLike(const QString &location)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[^/]"));
    return re.match(location).hasMatch();
}

QString expandHome(const QString &path)
{
    if (path == u"~" || path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return path;
}

// Git's check-ref-format rules, enough to catch typing mistakes.
bool validRefName(const QString &ref)
{
    if (ref.startsWith(u'-') || ref.startsWith(u'/') || ref.endsWith(u'/') || ref.endsWith(u'.')
        || ref.endsWith(QStringLiteral(".lock")) || ref.contains(QStringLiteral("..")) || ref.contains(QStringLiteral("//"))
        || ref.contains(QStringLiteral("@{")) || ref == u"@")
        return false;
    for (const QChar c : ref) {
        if (c.isSpace() || c.unicode() < 0x20 || c == u'~' || c == u'^' || c == u':' || c == u'?' || c == u'*'
            || c == u'[' || c == u'\\')
            return false;
    }
    return true;
}

enum class FileKind { CaFile, SshKey, KnownHosts };

// Empty when `path` (after ~ expansion) is an absolute path to a readable file, else what is wrong.
QString fileProblem(FileKind kind, const QString &typed)
{
    const QString path = expandHome(typed);
    const QFileInfo info(path);
    if (!QDir::isAbsolutePath(path)) {
        switch (kind) {
        case FileKind::CaFile: return AddRepositoryDialog::tr("Enter the CA file as an absolute path.");
        case FileKind::SshKey: return AddRepositoryDialog::tr("Enter the SSH key file as an absolute path.");
        case FileKind::KnownHosts: return AddRepositoryDialog::tr("Enter the known_hosts file as an absolute path.");
        }
    }
    if (!info.exists()) {
        switch (kind) {
        case FileKind::CaFile: return AddRepositoryDialog::tr("The CA file %1 does not exist.").arg(path);
        case FileKind::SshKey: return AddRepositoryDialog::tr("The SSH key file %1 does not exist.").arg(path);
        case FileKind::KnownHosts: return AddRepositoryDialog::tr("The known_hosts file %1 does not exist.").arg(path);
        }
    }
    if (info.isDir())
        return AddRepositoryDialog::tr("%1 is a folder; choose a file.").arg(path);
    if (!info.isReadable()) {
        switch (kind) {
        case FileKind::CaFile: return AddRepositoryDialog::tr("The CA file %1 cannot be read.").arg(path);
        case FileKind::SshKey: return AddRepositoryDialog::tr("The SSH key file %1 cannot be read.").arg(path);
        case FileKind::KnownHosts: return AddRepositoryDialog::tr("The known_hosts file %1 cannot be read.").arg(path);
        }
    }
    return {};
}

QString environmentNameProblem(const QString &name)
{
    // Tokens of GitHub and GitLab have these prefixes; one pasted here would end up in the
    // settings, so it is refused (and not repeated in the message).
    static const QRegularExpression token(QStringLiteral("^(gh[pousr]_|github_pat_|glpat-)"));
    if (token.match(name).hasMatch())
        return AddRepositoryDialog::tr("This looks like a token: enter the name of the environment variable that holds it, not the token.");
    if (name.isEmpty() || AddRepositoryDialog::isValidEnvironmentName(name))
        return {};
    return AddRepositoryDialog::tr("“%1” is not a valid environment variable name: use letters, digits and _, not starting with a digit.")
        .arg(name);
}

// A row of the authentication form: the line edit and a Browse… button.
QHBoxLayout *withBrowse(QLineEdit *edit, QPushButton *button)
{
    auto row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    return row;
}

// Rows of the authentication form, in the order they are added.
enum AuthRow { TokenRow, CaRow, SshMethodRow, SshKeyRow, PassphraseRow, KnownHostsRow };

} // namespace

AddRepositoryDialog::AddRepositoryDialog(const QStringList &clusters, QWidget *parent)
    : QDialog(parent)
    , m_clusters(clusters)
{
    setObjectName(QStringLiteral("addRepositoryDialog"));
    setWindowTitle(tr("Add Repository"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("repositoryLocation"));
    m_location->setPlaceholderText(tr("https://github.com/acme/platform.git or /home/me/platform"));
    auto browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("repositoryBrowse"));
    connect(browse, &QPushButton::clicked, this, &AddRepositoryDialog::browse);
    auto locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    m_branch = new QLineEdit(this);
    m_branch->setObjectName(QStringLiteral("repositoryBranch"));
    m_branch->setPlaceholderText(tr("the repository's default branch"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("repositoryPath"));
    m_path->setPlaceholderText(tr("the repository's root folder"));
    m_renderer = new QComboBox(this);
    m_renderer->setObjectName(QStringLiteral("repositoryRenderer"));
    m_renderer->addItem(tr("Automatic"), int(manifest::RendererKind::Auto));
    m_renderer->addItem(tr("Plain YAML"), int(manifest::RendererKind::Plain));
    m_renderer->addItem(QStringLiteral("Kustomize"), int(manifest::RendererKind::Kustomize));
    m_renderer->addItem(QStringLiteral("Helm"), int(manifest::RendererKind::Helm));
    m_renderer->setToolTip(tr("Automatic uses Kustomize when the folder has a kustomization.yaml, Helm when it has a Chart.yaml, else reads every YAML file."));
    m_cluster = new QComboBox(this);
    m_cluster->setObjectName(QStringLiteral("repositoryCluster"));
    m_cluster->addItems(clusters);

    // Authentication: names of environment variables and file paths, never a secret itself.
    m_auth = new QGroupBox(tr("Authentication"), this);
    m_auth->setObjectName(QStringLiteral("repositoryAuthentication"));
    m_tokenEnv = new QLineEdit(m_auth);
    m_tokenEnv->setObjectName(QStringLiteral("repositoryTokenEnv"));
    m_tokenEnv->setPlaceholderText(QStringLiteral("DRIFTDECK_GIT_TOKEN"));
    m_tokenEnv->setToolTip(tr("The name of the environment variable holding the HTTPS token (not the token itself). "
                              "Empty: DRIFTDECK_GIT_TOKEN, else Git's credential helpers."));
    m_caFile = new QLineEdit(m_auth);
    m_caFile->setObjectName(QStringLiteral("repositoryCaFile"));
    m_caFile->setPlaceholderText(tr("only the system's certificate authorities"));
    m_caFile->setToolTip(tr("A PEM file with the private certificate authority of a self-hosted Git server, trusted for this repository only."));
    auto caBrowse = new QPushButton(tr("Browse…"), m_auth);
    caBrowse->setObjectName(QStringLiteral("repositoryCaFileBrowse"));
    connect(caBrowse, &QPushButton::clicked, this, [this] { browseFile(m_caFile, tr("Choose a CA File")); });
    m_sshAgent = new QRadioButton(tr("Use the SSH agent"), m_auth);
    m_sshAgent->setObjectName(QStringLiteral("repositorySshAgent"));
    m_sshAgent->setToolTip(tr("Every key of the SSH agent named by SSH_AUTH_SOCK."));
    m_sshKeyFile = new QRadioButton(tr("Key file"), m_auth);
    m_sshKeyFile->setObjectName(QStringLiteral("repositorySshKeyFile"));
    auto methods = new QButtonGroup(m_auth);
    methods->addButton(m_sshAgent);
    methods->addButton(m_sshKeyFile);
    m_sshAgent->setChecked(true);
    auto methodRow = new QHBoxLayout;
    methodRow->addWidget(m_sshAgent);
    methodRow->addWidget(m_sshKeyFile);
    methodRow->addStretch(1);
    m_sshKey = new QLineEdit(m_auth);
    m_sshKey->setObjectName(QStringLiteral("repositorySshKey"));
    m_sshKey->setPlaceholderText(tr("for example ~/.ssh/id_ed25519"));
    m_sshKey->setToolTip(tr("An ed25519 or ECDSA private key; RSA keys are refused by OpenSSH 8.8 and later (docs/git.md)."));
    m_sshKeyBrowse = new QPushButton(tr("Browse…"), m_auth);
    m_sshKeyBrowse->setObjectName(QStringLiteral("repositorySshKeyBrowse"));
    connect(m_sshKeyBrowse, &QPushButton::clicked, this, [this] { browseFile(m_sshKey, tr("Choose an SSH Key File")); });
    m_sshPassphraseEnv = new QLineEdit(m_auth);
    m_sshPassphraseEnv->setObjectName(QStringLiteral("repositorySshPassphraseEnv"));
    m_sshPassphraseEnv->setPlaceholderText(tr("none: the key is not encrypted"));
    m_sshPassphraseEnv->setToolTip(tr("The name of the environment variable holding the key's passphrase (not the passphrase itself)."));
    m_knownHosts = new QLineEdit(m_auth);
    m_knownHosts->setObjectName(QStringLiteral("repositoryKnownHosts"));
    m_knownHosts->setPlaceholderText(QStringLiteral("~/.ssh/known_hosts"));
    m_knownHosts->setToolTip(tr("The server's host key must be in this file; an unknown host is refused (docs/git.md)."));
    auto knownHostsBrowse = new QPushButton(tr("Browse…"), m_auth);
    knownHostsBrowse->setObjectName(QStringLiteral("repositoryKnownHostsBrowse"));
    connect(knownHostsBrowse, &QPushButton::clicked, this, [this] { browseFile(m_knownHosts, tr("Choose a known_hosts File")); });
    m_authForm = new QFormLayout(m_auth);
    m_authForm->addRow(tr("Token variable:"), m_tokenEnv);          // TokenRow
    m_authForm->addRow(tr("CA file:"), withBrowse(m_caFile, caBrowse)); // CaRow
    m_authForm->addRow(tr("SSH key:"), methodRow);                  // SshMethodRow
    m_authForm->addRow(tr("Key file:"), withBrowse(m_sshKey, m_sshKeyBrowse)); // SshKeyRow
    m_authForm->addRow(tr("Passphrase variable:"), m_sshPassphraseEnv); // PassphraseRow
    m_authForm->addRow(tr("known_hosts file:"), withBrowse(m_knownHosts, knownHostsBrowse)); // KnownHostsRow
    auto authNote = new QLabel(tr("Driftdeck keeps only these names and paths; it reads a token or passphrase from the environment when it fetches."),
                               m_auth);
    authNote->setObjectName(QStringLiteral("repositoryAuthenticationNote"));
    authNote->setWordWrap(true);
    authNote->setEnabled(false);
    m_authForm->addRow(authNote);
    connect(m_location, &QLineEdit::textChanged, this, &AddRepositoryDialog::updateAuthentication);
    connect(m_sshKeyFile, &QRadioButton::toggled, this, &AddRepositoryDialog::updateAuthentication);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("addRepositoryError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto form = new QFormLayout;
    form->addRow(tr("Repository:"), locationRow);
    form->addRow(tr("Branch:"), m_branch);
    form->addRow(tr("Path:"), m_path);
    form->addRow(tr("Renderer:"), m_renderer);
    form->addRow(tr("Cluster:"), m_cluster);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddRepositoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_auth);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateAuthentication();
    resize(600, sizeHint().height());
}

AddRepositoryDialog::Transport AddRepositoryDialog::transportOf(const QString &location)
{
    const QString trimmed = location.trimmed();
    if (isScpLike(trimmed))
        return Transport::Ssh;
    if (!trimmed.contains(QStringLiteral("://")))
        return Transport::Local;
    const QString scheme = trimmed.section(QStringLiteral("://"), 0, 0).toLower();
    if (scheme == u"https")
        return Transport::Https;
    if (scheme == u"ssh")
        return Transport::Ssh;
    if (scheme == u"file")
        return Transport::Local;
    return Transport::Plain;
}

bool AddRepositoryDialog::isValidEnvironmentName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re.match(name).hasMatch();
}

void AddRepositoryDialog::updateAuthentication()
{
    const Transport transport = transportOf(m_location->text());
    const bool https = transport == Transport::Https;
    const bool ssh = transport == Transport::Ssh;
    m_auth->setVisible(https || ssh);
    m_authForm->setRowVisible(TokenRow, https);
    m_authForm->setRowVisible(CaRow, https);
    m_authForm->setRowVisible(SshMethodRow, ssh);
    m_authForm->setRowVisible(SshKeyRow, ssh);
    m_authForm->setRowVisible(PassphraseRow, ssh);
    m_authForm->setRowVisible(KnownHostsRow, ssh);
    // The passphrase belongs to the key file; the agent holds its keys unlocked.
    const bool keyFile = m_sshKeyFile->isChecked();
    m_sshKey->setEnabled(keyFile);
    m_sshKeyBrowse->setEnabled(keyFile);
    m_sshPassphraseEnv->setEnabled(keyFile);
}

void AddRepositoryDialog::setInput(const Input &input)
{
    m_location->setText(input.location);
    m_branch->setText(input.branch);
    m_path->setText(input.path);
    m_renderer->setCurrentIndex(qMax(0, m_renderer->findData(int(input.renderer))));
    if (!input.cluster.isEmpty())
        m_cluster->setCurrentIndex(m_cluster->findText(input.cluster));
    m_tokenEnv->setText(input.tokenEnv);
    m_caFile->setText(input.caFile);
    (input.useSshAgent ? m_sshAgent : m_sshKeyFile)->setChecked(true);
    m_sshKey->setText(input.sshKey);
    m_sshPassphraseEnv->setText(input.sshPassphraseEnv);
    m_knownHosts->setText(input.knownHostsFile);
    updateAuthentication();
}

AddRepositoryDialog::Input AddRepositoryDialog::inputFor(const engine::SourceSpec &spec)
{
    Input in;
    in.location = spec.repo;
    in.branch = spec.revision;
    in.path = spec.path;
    in.renderer = spec.renderer;
    in.cluster = spec.cluster;
    in.tokenEnv = spec.tokenEnv;
    in.caFile = spec.caFile;
    in.useSshAgent = spec.sshKey.isEmpty();
    in.sshKey = spec.sshKey;
    in.sshPassphraseEnv = spec.sshPassphraseEnv;
    in.knownHostsFile = spec.knownHostsFile;
    return in;
}

AddRepositoryDialog::Input AddRepositoryDialog::input() const
{
    Input in;
    in.location = m_location->text().trimmed();
    in.branch = m_branch->text().trimmed();
    in.path = m_path->text().trimmed();
    in.renderer = manifest::RendererKind(m_renderer->currentData().toInt());
    in.cluster = m_cluster->currentText();
    in.tokenEnv = m_tokenEnv->text().trimmed();
    in.caFile = m_caFile->text().trimmed();
    in.useSshAgent = m_sshAgent->isChecked();
    in.sshKey = m_sshKey->text().trimmed();
    in.sshPassphraseEnv = m_sshPassphraseEnv->text().trimmed();
    in.knownHostsFile = m_knownHosts->text().trimmed();
    return in;
}

QString AddRepositoryDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QString AddRepositoryDialog::validate(const Input &in, const QStringList &clusters)
{
    if (clusters.isEmpty())
        return tr("Connect a cluster first: a repository is compared with a cluster.");
    if (in.location.isEmpty())
        return tr("Enter a Git URL or a local folder.");
    if (in.location.contains(QStringLiteral("://"))) {
        const QUrl url(in.location);
        const QString scheme = url.scheme().toLower();
        static const QStringList schemes{QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("ssh"),
                                         QStringLiteral("git"), QStringLiteral("file")};
        if (!url.isValid() || !schemes.contains(scheme))
            return tr("“%1” is not a Git URL Driftdeck can read: use https://, ssh://, git:// or file://.").arg(in.location);
        if (scheme == u"file") {
            if (!QFileInfo(url.toLocalFile()).isDir())
                return tr("The folder %1 does not exist.").arg(url.toLocalFile());
        } else if (url.host().isEmpty()) {
            return tr("The URL “%1” names no host.").arg(in.location);
        }
    } else if (!isScpLike(in.location)) {
        const QString local = expandHome(in.location);
        if (!QDir::isAbsolutePath(local))
            return tr("Enter the local folder as an absolute path (for example /home/me/platform).");
        if (!QFileInfo(local).isDir())
            return tr("The folder %1 does not exist.").arg(local);
    }
    if (!in.branch.isEmpty() && !validRefName(in.branch))
        return tr("“%1” is not a valid branch or tag name.").arg(in.branch);
    if (!in.path.isEmpty()) {
        const QStringList parts = QDir::fromNativeSeparators(in.path).split(u'/');
        if (QDir::isAbsolutePath(in.path) || parts.contains(QStringLiteral("..")))
            return tr("The path is a folder inside the repository: relative, without “..”.");
    }
    switch (transportOf(in.location)) {
    case Transport::Https:
        if (const QString problem = environmentNameProblem(in.tokenEnv); !problem.isEmpty())
            return problem;
        if (!in.caFile.isEmpty()) {
            if (const QString problem = fileProblem(FileKind::CaFile, in.caFile); !problem.isEmpty())
                return problem;
        }
        break;
    case Transport::Ssh:
        if (!in.useSshAgent) {
            if (in.sshKey.isEmpty())
                return tr("Choose the SSH key file, or use the SSH agent.");
            if (const QString problem = fileProblem(FileKind::SshKey, in.sshKey); !problem.isEmpty())
                return problem;
            if (const QString problem = environmentNameProblem(in.sshPassphraseEnv); !problem.isEmpty())
                return problem;
        }
        if (!in.knownHostsFile.isEmpty()) {
            if (const QString problem = fileProblem(FileKind::KnownHosts, in.knownHostsFile); !problem.isEmpty())
                return problem;
        }
        break;
    case Transport::Local:
    case Transport::Plain: break;
    }
    if (!clusters.contains(in.cluster))
        return tr("Choose the cluster this repository declares.");
    return {};
}

QString AddRepositoryDialog::sourceName(const Input &in)
{
    QString location = in.location;
    while (location.endsWith(u'/'))
        location.chop(1);
    QString name = location.section(u'/', -1).section(u':', -1);
    if (name.endsWith(QStringLiteral(".git")))
        name.chop(4);
    if (name.isEmpty())
        name = location;
    QString path = QDir::fromNativeSeparators(in.path);
    while (path.startsWith(QStringLiteral("./")))
        path = path.mid(2);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.isEmpty() && path != u".")
        name += u'/' + path;
    return name;
}

engine::SourceSpec AddRepositoryDialog::sourceSpec(const QStringList &takenIds) const
{
    const Input in = input();
    engine::SourceSpec spec;
    const QString base = sourceName(in);
    spec.id = base;
    for (int n = 2; takenIds.contains(spec.id); ++n)
        spec.id = base + u" (" + QString::number(n) + u')';
    spec.cluster = in.cluster;
    spec.repo = in.location.contains(QStringLiteral("://")) || isScpLike(in.location) ? in.location : expandHome(in.location);
    spec.revision = in.branch;
    spec.path = in.path;
    spec.renderer = in.renderer;
    spec.origin = tr("added repository");
    // Only what applies to the transport; names and paths, never a secret.
    switch (transportOf(in.location)) {
    case Transport::Https:
        spec.tokenEnv = in.tokenEnv;
        spec.caFile = in.caFile.isEmpty() ? QString() : expandHome(in.caFile);
        break;
    case Transport::Ssh:
        if (!in.useSshAgent) {
            spec.sshKey = expandHome(in.sshKey);
            spec.sshPassphraseEnv = in.sshPassphraseEnv;
        }
        spec.knownHostsFile = in.knownHostsFile.isEmpty() ? QString() : expandHome(in.knownHostsFile);
        break;
    case Transport::Local:
    case Transport::Plain: break;
    }
    return spec;
}

void AddRepositoryDialog::accept()
{
    const QString error = validate(input(), m_clusters);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

void AddRepositoryDialog::browseFile(QLineEdit *target, const QString &title)
{
    const QString start = target->text().isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : expandHome(target->text());
    const QString file = QFileDialog::getOpenFileName(this, title, start, QString(), nullptr, QFileDialog::DontResolveSymlinks);
    if (!file.isEmpty())
        target->setText(file);
}

void AddRepositoryDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Local Repository"), m_location->text());
    if (!dir.isEmpty())
        m_location->setText(dir);
}

} // namespace driftdeck::views
