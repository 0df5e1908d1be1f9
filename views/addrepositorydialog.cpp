// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/addrepositorydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void AddRepositoryDialog::setInput(const Input &input)
{
    m_location->setText(input.location);
    m_branch->setText(input.branch);
    m_path->setText(input.path);
    m_renderer->setCurrentIndex(qMax(0, m_renderer->findData(int(input.renderer))));
    if (!input.cluster.isEmpty())
        m_cluster->setCurrentIndex(m_cluster->findText(input.cluster));
}

AddRepositoryDialog::Input AddRepositoryDialog::input() const
{
    Input in;
    in.location = m_location->text().trimmed();
    in.branch = m_branch->text().trimmed();
    in.path = m_path->text().trimmed();
    in.renderer = manifest::RendererKind(m_renderer->currentData().toInt());
    in.cluster = m_cluster->currentText();
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

void AddRepositoryDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Local Repository"), m_location->text());
    if (!dir.isEmpty())
        m_location->setText(dir);
}

} // namespace driftdeck::views
