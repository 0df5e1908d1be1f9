// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real driftdeck executable as a user or a script would.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runDriftdeck(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    QProcessEnvironment e = env;
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(DRIFTDECK_EXE), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run r = runDriftdeck({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("driftdeck 0."), r.out.constData());
    }

    void help()
    {
        const Run r = runDriftdeck({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *opt : {"--screenshot", "--size", "--lang", "--kubeconfig", "--version"})
            QVERIFY2(r.out.contains(opt), opt);
    }

    void badOptionIsAnError()
    {
        const Run r = runDriftdeck({QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no-such-option"));
        const Run s = runDriftdeck({QStringLiteral("--size"), QStringLiteral("huge"), QStringLiteral("--screenshot"),
                                    QStringLiteral("/tmp/x.png")});
        QCOMPARE(s.exitCode, 2);
        QVERIFY(s.err.contains("--size"));
    }

    void screenshotOfEmptyWindow()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path()); // no ~/.kube/config there
        env.remove(QStringLiteral("KUBECONFIG"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + u"/.config");
        const QString file = dir.filePath(QStringLiteral("window.png"));
        const Run r = runDriftdeck({QStringLiteral("--no-demo"), QStringLiteral("--screenshot"), file, QStringLiteral("--size"), QStringLiteral("1024x700")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1024, 700));
        // Not a blank image: the empty state draws a logo and text.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 8);
    }

    void screenshotToUnwritablePathFails()
    {
        const Run r = runDriftdeck({QStringLiteral("--no-demo"), QStringLiteral("--screenshot"), QStringLiteral("/proc/nope/window.png")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot write screenshot"));
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
