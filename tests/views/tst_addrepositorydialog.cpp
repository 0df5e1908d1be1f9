// SPDX-License-Identifier: GPL-3.0-or-later
// File > Add Repository…'s Authentication group (docs/main-window.md, docs/git.md): the fields
// shown per URL scheme, the validation messages, the SourceSpec the dialog produces for SSH and
// HTTPS, the round trip of a remembered source back into the dialog, and that no field can take
// a secret (only environment variable names and file paths).
#include "views/addrepositorydialog.h"
#include "views/translations.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace driftdeck;
using views::AddRepositoryDialog;

Q_DECLARE_METATYPE(AddRepositoryDialog::Input)
Q_DECLARE_METATYPE(engine::SourceSpec)

namespace {

const QStringList kClusters{QStringLiteral("prod")};

const QStringList kHttpsFields{QStringLiteral("repositoryTokenEnv"), QStringLiteral("repositoryCaFile")};
const QStringList kSshFields{QStringLiteral("repositorySshKey"), QStringLiteral("repositorySshPassphraseEnv"),
                             QStringLiteral("repositoryKnownHosts")};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestAddRepositoryDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_key;
    QString m_ca;
    QString m_knownHosts;

    QLineEdit *edit(AddRepositoryDialog &dialog, const QString &name)
    {
        auto e = dialog.findChild<QLineEdit *>(name);
        if (!e)
            qWarning() << "no line edit" << name;
        return e;
    }

    // Types into a field as a person would.
    void type(AddRepositoryDialog &dialog, const QString &name, const QString &text)
    {
        QLineEdit *e = edit(dialog, name);
        QVERIFY(e);
        e->clear();
        QTest::keyClicks(e, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        views::installTranslations(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_key = m_dir.filePath(QStringLiteral("id_ed25519"));
        m_ca = m_dir.filePath(QStringLiteral("forge-ca.pem"));
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(writeFile(m_key, "-----BEGIN OPENSSH PRIVATE KEY-----\n"));
        QVERIFY(writeFile(m_ca, "-----BEGIN CERTIFICATE-----\n"));
        QVERIFY(writeFile(m_knownHosts, "git.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample\n"));
    }

    void transportOfLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("transport");
        QTest::newRow("local") << QStringLiteral("/home/me/platform") << int(AddRepositoryDialog::Transport::Local);
        QTest::newRow("home") << QStringLiteral("~/platform") << int(AddRepositoryDialog::Transport::Local);
        QTest::newRow("file") << QStringLiteral("file:///srv/platform") << int(AddRepositoryDialog::Transport::Local);
        QTest::newRow("https") << QStringLiteral("https://git.example.com/acme/platform.git") << int(AddRepositoryDialog::Transport::Https);
        QTest::newRow("HTTPS") << QStringLiteral("HTTPS://git.example.com/acme/platform.git") << int(AddRepositoryDialog::Transport::Https);
        QTest::newRow("ssh") << QStringLiteral("ssh://git@git.example.com:2222/acme/platform.git") << int(AddRepositoryDialog::Transport::Ssh);
        QTest::newRow("scp") << QStringLiteral("git@github.com:acme/platform.git") << int(AddRepositoryDialog::Transport::Ssh);
        QTest::newRow("http") << QStringLiteral("http://git.example.com/acme/platform.git") << int(AddRepositoryDialog::Transport::Plain);
        QTest::newRow("git") << QStringLiteral("git://git.example.com/acme/platform.git") << int(AddRepositoryDialog::Transport::Plain);
    }

    void transportOfLocations()
    {
        QFETCH(QString, location);
        QFETCH(int, transport);
        QCOMPARE(int(AddRepositoryDialog::transportOf(location)), transport);
    }

    void fieldsShownPerScheme_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("group");
        QTest::addColumn<QStringList>("visible");
        QTest::newRow("local") << m_dir.path() << false << QStringList{};
        QTest::newRow("file") << QStringLiteral("file://") + m_dir.path() << false << QStringList{};
        QTest::newRow("http") << QStringLiteral("http://git.example.com/acme/platform.git") << false << QStringList{};
        QTest::newRow("https") << QStringLiteral("https://git.example.com/acme/platform.git") << true << kHttpsFields;
        QTest::newRow("ssh") << QStringLiteral("ssh://git@git.example.com/acme/platform.git") << true << kSshFields;
        QTest::newRow("scp") << QStringLiteral("git@git.example.com:acme/platform.git") << true << kSshFields;
    }

    void fieldsShownPerScheme()
    {
        QFETCH(QString, location);
        QFETCH(bool, group);
        QFETCH(QStringList, visible);
        AddRepositoryDialog dialog(kClusters);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto auth = dialog.findChild<QGroupBox *>(QStringLiteral("repositoryAuthentication"));
        QVERIFY(auth);
        QVERIFY(!auth->isVisible()); // empty location: nothing to authenticate yet
        type(dialog, QStringLiteral("repositoryLocation"), location);
        QCOMPARE(auth->isVisible(), group);
        for (const QString &name : kHttpsFields + kSshFields) {
            QLineEdit *e = edit(dialog, name);
            QVERIFY(e);
            QVERIFY2(e->isVisible() == visible.contains(name), qPrintable(name));
        }
        auto agent = dialog.findChild<QRadioButton *>(QStringLiteral("repositorySshAgent"));
        QVERIFY(agent);
        QCOMPARE(agent->isVisible(), location.startsWith(u"ssh") || location.startsWith(u"git@"));
        // Typing a local path afterwards hides the group again.
        type(dialog, QStringLiteral("repositoryLocation"), m_dir.path());
        QVERIFY(!auth->isVisible());
    }

    void agentOrKeyFile()
    {
        AddRepositoryDialog dialog(kClusters);
        dialog.show();
        type(dialog, QStringLiteral("repositoryLocation"), QStringLiteral("git@git.example.com:acme/platform.git"));
        auto agent = dialog.findChild<QRadioButton *>(QStringLiteral("repositorySshAgent"));
        auto keyFile = dialog.findChild<QRadioButton *>(QStringLiteral("repositorySshKeyFile"));
        QVERIFY(agent && keyFile);
        QVERIFY(agent->isChecked()); // the default, as in core/git
        QVERIFY(!edit(dialog, QStringLiteral("repositorySshKey"))->isEnabled());
        QVERIFY(!edit(dialog, QStringLiteral("repositorySshPassphraseEnv"))->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("repositorySshKeyBrowse"))->isEnabled());
        QVERIFY(edit(dialog, QStringLiteral("repositoryKnownHosts"))->isEnabled()); // applies to both
        QTest::mouseClick(keyFile, Qt::LeftButton, {}, QPoint(4, keyFile->height() / 2));
        QVERIFY(keyFile->isChecked());
        QVERIFY(edit(dialog, QStringLiteral("repositorySshKey"))->isEnabled());
        QVERIFY(edit(dialog, QStringLiteral("repositorySshPassphraseEnv"))->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("repositorySshKeyBrowse"))->isEnabled());
    }

    void validationMessages_data()
    {
        QTest::addColumn<AddRepositoryDialog::Input>("input");
        QTest::addColumn<QString>("message");
        const QString https = QStringLiteral("https://git.example.com/acme/platform.git");
        const QString ssh = QStringLiteral("ssh://git@git.example.com/acme/platform.git");
        const QString missing = m_dir.filePath(QStringLiteral("missing.pem"));
        auto in = [](const QString &location) {
            AddRepositoryDialog::Input i;
            i.location = location;
            i.cluster = QStringLiteral("prod");
            return i;
        };
        const QString badName =
            QStringLiteral("“%1” is not a valid environment variable name: use letters, digits and _, not starting with a digit.");

        auto i = in(https);
        QTest::newRow("https, nothing") << i << QString();
        i.tokenEnv = QStringLiteral("PLATFORM_TOKEN");
        i.caFile = m_ca;
        QTest::newRow("https, token and CA") << i << QString();
        i.tokenEnv = QStringLiteral("1TOKEN");
        QTest::newRow("token name starts with a digit") << i << badName.arg(QStringLiteral("1TOKEN"));
        i.tokenEnv = QStringLiteral("MY-TOKEN");
        QTest::newRow("token name with a dash") << i << badName.arg(QStringLiteral("MY-TOKEN"));
        i.tokenEnv = QStringLiteral("ghp_abc def");
        QTest::newRow("token pasted instead of a name") << i << QStringLiteral("This looks like a token: enter the name of the environment variable that holds it, not the token.");
        i.tokenEnv.clear();
        i.caFile = missing;
        QTest::newRow("CA file missing") << i << QStringLiteral("The CA file %1 does not exist.").arg(missing);
        i.caFile = m_dir.path();
        QTest::newRow("CA file is a folder") << i << QStringLiteral("%1 is a folder; choose a file.").arg(m_dir.path());
        i.caFile = QStringLiteral("certs/ca.pem");
        QTest::newRow("CA file relative") << i << QStringLiteral("Enter the CA file as an absolute path.");

        i = in(ssh);
        QTest::newRow("ssh, agent") << i << QString();
        i.useSshAgent = false;
        QTest::newRow("ssh, key file not chosen") << i << QStringLiteral("Choose the SSH key file, or use the SSH agent.");
        i.sshKey = m_dir.filePath(QStringLiteral("id_missing"));
        QTest::newRow("key file missing") << i << QStringLiteral("The SSH key file %1 does not exist.").arg(i.sshKey);
        i.sshKey = QStringLiteral("id_ed25519");
        QTest::newRow("key file relative") << i << QStringLiteral("Enter the SSH key file as an absolute path.");
        i.sshKey = m_key;
        i.sshPassphraseEnv = QStringLiteral("KEY PASS");
        QTest::newRow("passphrase name with a space") << i << badName.arg(QStringLiteral("KEY PASS"));
        i.sshPassphraseEnv = QStringLiteral("_KEY_PASS2");
        QTest::newRow("key file and passphrase name") << i << QString();
        i.knownHostsFile = m_dir.filePath(QStringLiteral("hosts_missing"));
        QTest::newRow("known_hosts missing") << i << QStringLiteral("The known_hosts file %1 does not exist.").arg(i.knownHostsFile);
        i.knownHostsFile = m_knownHosts;
        QTest::newRow("ssh, everything") << i << QString();

        // Fields of another transport are not looked at (they are hidden and not used).
        i = in(https);
        i.useSshAgent = false;
        i.sshKey = QStringLiteral("relative");
        i.sshPassphraseEnv = QStringLiteral("not a name");
        QTest::newRow("https ignores SSH fields") << i << QString();
        i = in(ssh);
        i.tokenEnv = QStringLiteral("not a name");
        i.caFile = missing;
        QTest::newRow("ssh ignores HTTPS fields") << i << QString();
        // With the agent, the key file and passphrase fields are off.
        i = in(ssh);
        i.sshKey = missing;
        i.sshPassphraseEnv = QStringLiteral("not a name");
        QTest::newRow("agent ignores the key file") << i << QString();
        i = in(m_dir.path());
        i.tokenEnv = QStringLiteral("not a name");
        QTest::newRow("local folder ignores all") << i << QString();
    }

    void validationMessages()
    {
        QFETCH(AddRepositoryDialog::Input, input);
        QFETCH(QString, message);
        QCOMPARE(AddRepositoryDialog::validate(input, kClusters), message);
        // The dialog shows the same message on OK and stays open.
        AddRepositoryDialog dialog(kClusters);
        dialog.setInput(input);
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.errorText(), message);
        QCOMPARE(dialog.isVisible(), !message.isEmpty());
        QCOMPARE(dialog.result(), message.isEmpty() ? int(QDialog::Accepted) : int(QDialog::Rejected));
    }

    void unreadableFile()
    {
        const QString locked = m_dir.filePath(QStringLiteral("locked_key"));
        QVERIFY(writeFile(locked, "key"));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        if (QFileInfo(locked).isReadable())
            QSKIP("running as root: every file is readable");
        AddRepositoryDialog::Input in;
        in.location = QStringLiteral("git@git.example.com:acme/platform.git");
        in.cluster = QStringLiteral("prod");
        in.useSshAgent = false;
        in.sshKey = locked;
        QCOMPARE(AddRepositoryDialog::validate(in, kClusters), QStringLiteral("The SSH key file %1 cannot be read.").arg(locked));
        in.useSshAgent = true;
        in.knownHostsFile = locked;
        QCOMPARE(AddRepositoryDialog::validate(in, kClusters), QStringLiteral("The known_hosts file %1 cannot be read.").arg(locked));
        in.location = QStringLiteral("https://git.example.com/acme/platform.git");
        in.caFile = locked;
        QCOMPARE(AddRepositoryDialog::validate(in, kClusters), QStringLiteral("The CA file %1 cannot be read.").arg(locked));
    }

    void sshKeyFileSpec()
    {
        AddRepositoryDialog dialog(kClusters);
        dialog.show();
        // Typed while the URL was HTTPS, then the URL changed: HTTPS fields do not reach the spec.
        type(dialog, QStringLiteral("repositoryLocation"), QStringLiteral("https://git.example.com/acme/platform.git"));
        type(dialog, QStringLiteral("repositoryTokenEnv"), QStringLiteral("PLATFORM_TOKEN"));
        type(dialog, QStringLiteral("repositoryCaFile"), m_ca);
        type(dialog, QStringLiteral("repositoryLocation"), QStringLiteral("ssh://git@git.example.com:2222/acme/platform.git"));
        type(dialog, QStringLiteral("repositoryPath"), QStringLiteral("clusters/prod"));
        auto keyFile = dialog.findChild<QRadioButton *>(QStringLiteral("repositorySshKeyFile"));
        QTest::mouseClick(keyFile, Qt::LeftButton, {}, QPoint(4, keyFile->height() / 2));
        type(dialog, QStringLiteral("repositorySshKey"), m_key);
        type(dialog, QStringLiteral("repositorySshPassphraseEnv"), QStringLiteral("PLATFORM_KEY_PASSPHRASE"));
        type(dialog, QStringLiteral("repositoryKnownHosts"), m_knownHosts);
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const engine::SourceSpec spec = dialog.sourceSpec();
        QCOMPARE(spec.id, QStringLiteral("platform/clusters/prod"));
        QCOMPARE(spec.repo, QStringLiteral("ssh://git@git.example.com:2222/acme/platform.git"));
        QCOMPARE(spec.cluster, QStringLiteral("prod"));
        QCOMPARE(spec.sshKey, m_key);
        QCOMPARE(spec.sshPassphraseEnv, QStringLiteral("PLATFORM_KEY_PASSPHRASE"));
        QCOMPARE(spec.knownHostsFile, m_knownHosts);
        QCOMPARE(spec.tokenEnv, QString());
        QCOMPARE(spec.caFile, QString());
    }

    void sshAgentSpec()
    {
        AddRepositoryDialog dialog(kClusters);
        AddRepositoryDialog::Input in;
        in.location = QStringLiteral("git@github.com:acme/platform.git");
        in.cluster = QStringLiteral("prod");
        in.useSshAgent = true;
        in.sshKey = m_key;                          // typed, then the agent chosen
        in.sshPassphraseEnv = QStringLiteral("PASS"); // belongs to the key file only
        dialog.setInput(in);
        dialog.show();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const engine::SourceSpec spec = dialog.sourceSpec();
        QCOMPARE(spec.repo, in.location);
        QCOMPARE(spec.sshKey, QString()); // empty key file = the SSH agent (core/git)
        QCOMPARE(spec.sshPassphraseEnv, QString());
        QCOMPARE(spec.knownHostsFile, QString());
    }

    void httpsCaFileSpec()
    {
        AddRepositoryDialog dialog(kClusters);
        dialog.show();
        type(dialog, QStringLiteral("repositoryLocation"), QStringLiteral("git@git.example.com:acme/platform.git"));
        auto keyFile = dialog.findChild<QRadioButton *>(QStringLiteral("repositorySshKeyFile"));
        QTest::mouseClick(keyFile, Qt::LeftButton, {}, QPoint(4, keyFile->height() / 2));
        type(dialog, QStringLiteral("repositorySshKey"), m_key);
        type(dialog, QStringLiteral("repositoryKnownHosts"), m_knownHosts);
        type(dialog, QStringLiteral("repositoryLocation"), QStringLiteral("https://git.internal.example/acme/platform.git"));
        type(dialog, QStringLiteral("repositoryBranch"), QStringLiteral("release"));
        type(dialog, QStringLiteral("repositoryTokenEnv"), QStringLiteral("INTERNAL_GIT_TOKEN"));
        type(dialog, QStringLiteral("repositoryCaFile"), QStringLiteral("  ") + m_ca + QStringLiteral(" "));
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const engine::SourceSpec spec = dialog.sourceSpec();
        QCOMPARE(spec.repo, QStringLiteral("https://git.internal.example/acme/platform.git"));
        QCOMPARE(spec.revision, QStringLiteral("release"));
        QCOMPARE(spec.tokenEnv, QStringLiteral("INTERNAL_GIT_TOKEN"));
        QCOMPARE(spec.caFile, m_ca);
        QCOMPARE(spec.sshKey, QString());
        QCOMPARE(spec.sshPassphraseEnv, QString());
        QCOMPARE(spec.knownHostsFile, QString());
    }

    void homeIsExpanded()
    {
        // ~/ in a typed path is the home folder, as in the location field.
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", m_dir.path().toUtf8());
        AddRepositoryDialog::Input in;
        in.location = QStringLiteral("https://git.example.com/acme/platform.git");
        in.cluster = QStringLiteral("prod");
        in.caFile = QStringLiteral("~/forge-ca.pem");
        const QString problem = AddRepositoryDialog::validate(in, kClusters);
        AddRepositoryDialog dialog(kClusters);
        dialog.setInput(in);
        const QString caFile = dialog.sourceSpec().caFile;
        qputenv("HOME", oldHome);
        QCOMPARE(problem, QString());
        QCOMPARE(caFile, m_ca);
    }

    void rememberedSpecRoundTrip_data()
    {
        QTest::addColumn<engine::SourceSpec>("spec");
        engine::SourceSpec ssh;
        ssh.id = QStringLiteral("platform/apps");
        ssh.cluster = QStringLiteral("prod");
        ssh.repo = QStringLiteral("ssh://git@git.example.com/acme/platform.git");
        ssh.revision = QStringLiteral("main");
        ssh.path = QStringLiteral("apps");
        ssh.renderer = manifest::RendererKind::Kustomize;
        ssh.sshKey = m_key;
        ssh.sshPassphraseEnv = QStringLiteral("KEY_PASS");
        ssh.knownHostsFile = m_knownHosts;
        ssh.origin = QStringLiteral("added repository");
        QTest::newRow("ssh key file") << ssh;
        engine::SourceSpec agent = ssh;
        agent.sshKey.clear();
        agent.sshPassphraseEnv.clear();
        QTest::newRow("ssh agent") << agent;
        engine::SourceSpec https;
        https.id = QStringLiteral("platform");
        https.cluster = QStringLiteral("prod");
        https.repo = QStringLiteral("https://git.example.com/acme/platform.git");
        https.renderer = manifest::RendererKind::Helm;
        https.tokenEnv = QStringLiteral("PLATFORM_TOKEN");
        https.caFile = m_ca;
        https.origin = QStringLiteral("added repository");
        QTest::newRow("https CA file") << https;
    }

    void rememberedSpecRoundTrip()
    {
        QFETCH(engine::SourceSpec, spec);
        AddRepositoryDialog dialog(kClusters);
        dialog.setInput(AddRepositoryDialog::inputFor(spec));
        dialog.show();
        dialog.accept();
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.sourceSpec(), spec);
    }

    void noFieldTakesASecret()
    {
        // Every text field is one of the known ones, shows what is typed (no password field:
        // the dialog never asks for a secret), and the authentication fields take names and paths.
        const QStringList known{QStringLiteral("repositoryLocation"), QStringLiteral("repositoryBranch"),
                                QStringLiteral("repositoryPath"), QStringLiteral("repositoryTokenEnv"),
                                QStringLiteral("repositoryCaFile"), QStringLiteral("repositorySshKey"),
                                QStringLiteral("repositorySshPassphraseEnv"), QStringLiteral("repositoryKnownHosts")};
        AddRepositoryDialog dialog(kClusters);
        const auto edits = dialog.findChildren<QLineEdit *>();
        QVERIFY(edits.size() >= known.size());
        for (QLineEdit *e : edits) {
            if (e->objectName().isEmpty() && qobject_cast<QComboBox *>(e->parentWidget()))
                continue; // a combo box's own editor
            QVERIFY2(known.contains(e->objectName()), qPrintable(e->objectName()));
            QCOMPARE(e->echoMode(), QLineEdit::Normal);
        }
        // A token pasted into the variable field is refused, so it never reaches the settings.
        AddRepositoryDialog::Input in;
        in.location = QStringLiteral("https://git.example.com/acme/platform.git");
        in.cluster = QStringLiteral("prod");
        in.tokenEnv = QStringLiteral("glpat-xxxx-yyyy");
        QVERIFY(!AddRepositoryDialog::validate(in, kClusters).isEmpty());
        // A GitHub token would be a valid name by its characters; its prefix gives it away.
        for (const char *token : {"ghp_0123456789abcdefABCDEF0123456789abcd", "github_pat_11ABCDEFG0123456789"}) {
            in.tokenEnv = QLatin1String(token);
            QCOMPARE(AddRepositoryDialog::validate(in, kClusters), QStringLiteral("This looks like a token: enter the name of the environment variable that holds it, not the token."));
        }
        QVERIFY(AddRepositoryDialog::isValidEnvironmentName(QStringLiteral("DRIFTDECK_GIT_TOKEN")));
        QVERIFY(!AddRepositoryDialog::isValidEnvironmentName(QString()));
    }
};

QTEST_MAIN(TestAddRepositoryDialog)
#include "tst_addrepositorydialog.moc"
