// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations are complete: every source string of the English UI has a finished
// German and Japanese translation, and the placeholders (%1, %2 …) survive translation.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name")
            context = xml.readElementText();
        else if (name == u"message")
            current = Message{context, {}, {}, false};
        else if (name == u"source")
            current.source = xml.readElementText();
        else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            current.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.append(current);
        }
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("de") << QStringLiteral("driftdeck_de.ts");
        QTest::newRow("ja") << QStringLiteral("driftdeck_ja.ts");
    }

    void complete()
    {
        QFETCH(QString, file);
        const auto messages = readTs(QStringLiteral(DRIFTDECK_SOURCE_DIR "/translations/") + file);
        QVERIFY2(messages.size() > 20, "translation file missing or nearly empty");
        QStringList unfinished;
        for (const Message &m : messages) {
            if (m.unfinished || m.translation.trimmed().isEmpty())
                unfinished << m.context + u"::" + m.source.left(60);
            else if (placeholders(m.source) != placeholders(m.translation))
                unfinished << u"placeholders differ: " + m.context + u"::" + m.source.left(60);
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u'\n')));
    }

    void sameMessagesInEveryLanguage()
    {
        auto keys = [](const QString &file) {
            QSet<QString> k;
            for (const Message &m : readTs(QStringLiteral(DRIFTDECK_SOURCE_DIR "/translations/") + file))
                k.insert(m.context + u'\x1f' + m.source);
            return k;
        };
        QCOMPARE(keys(QStringLiteral("driftdeck_de.ts")), keys(QStringLiteral("driftdeck_ja.ts")));
    }
};

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
