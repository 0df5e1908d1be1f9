// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diffpane.h"
#include "views/diffview.h"

#include <QAction>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace driftdeck;
using namespace driftdeck::views;
using K = drift::DiffRow::Kind;
using RK = DiffPane::RowKind;

namespace {

// A Deployment whose replicas and image drifted, with one label only live has.
drift::SideBySide deploymentDiff()
{
    drift::SideBySide d;
    d.leftText = QStringLiteral("apiVersion: apps/v1\n"
                                "kind: Deployment\n"
                                "metadata:\n"
                                "  name: web\n"
                                "  namespace: shop\n"
                                "spec:\n"
                                "  replicas: 3\n"
                                "  template:\n"
                                "    spec:\n"
                                "      containers:\n"
                                "        - name: web\n"
                                "          image: ghcr.io/acme/web:1.4.2");
    d.rightText = QStringLiteral("apiVersion: apps/v1\n"
                                 "kind: Deployment\n"
                                 "metadata:\n"
                                 "  labels:\n"
                                 "    debug: \"true\"\n"
                                 "  name: web\n"
                                 "  namespace: shop\n"
                                 "spec:\n"
                                 "  replicas: 5\n"
                                 "  template:\n"
                                 "    spec:\n"
                                 "      containers:\n"
                                 "        - name: web\n"
                                 "          image: ghcr.io/acme/web:1.5.0-debug");
    d.rows = {{0, 0, K::Same},  {1, 1, K::Same},  {2, 2, K::Same},   {-1, 3, K::Added}, {-1, 4, K::Added},
              {3, 5, K::Same},  {4, 6, K::Same},  {5, 7, K::Same},   {6, 8, K::Changed}, {7, 9, K::Same},
              {8, 10, K::Same}, {9, 11, K::Same}, {10, 12, K::Same}, {11, 13, K::Changed}};
    return d;
}

// `lines` unchanged lines with one change at `changeAt`.
drift::SideBySide longDiff(int lines, int changeAt)
{
    drift::SideBySide d;
    QStringList left, right;
    for (int i = 0; i < lines; ++i) {
        left << QStringLiteral("  key%1: value%1").arg(i);
        right << (i == changeAt ? QStringLiteral("  key%1: changed").arg(i) : left.last());
        d.rows << drift::DiffRow{i, i, i == changeAt ? K::Changed : K::Same};
    }
    d.leftText = left.join(u'\n');
    d.rightText = right.join(u'\n');
    return d;
}

// Background ranges the highlighter put on one block: (start, length).
QList<QPair<int, int>> backgroundRanges(const QTextBlock &block)
{
    QList<QPair<int, int>> out;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.format.hasProperty(QTextFormat::BackgroundBrush)) {
            if (!out.isEmpty() && out.last().first + out.last().second == r.start)
                out.last().second += r.length;
            else
                out.append({r.start, r.length});
        }
    }
    return out;
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textsAlignedWithGaps()
    {
        DiffView view;
        view.resize(900, 500);
        view.setCompact(false);
        view.setDiff(deploymentDiff());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList left = view.leftPane()->toPlainText().split(u'\n');
        const QStringList right = view.rightPane()->toPlainText().split(u'\n');
        QCOMPARE(left.size(), 14);
        QCOMPARE(right.size(), 14);
        // Gaps on the left where live has lines Git does not.
        QCOMPARE(left[3], QString());
        QCOMPARE(right[3], QStringLiteral("  labels:"));
        QCOMPARE(left[8], QStringLiteral("  replicas: 3"));
        QCOMPARE(right[8], QStringLiteral("  replicas: 5"));
        const auto &lrows = view.leftPane()->rows();
        const auto &rrows = view.rightPane()->rows();
        QCOMPARE(lrows[3].kind, RK::Gap);
        QCOMPARE(lrows[3].lineNumber, -1);
        QCOMPARE(rrows[3].kind, RK::Added);
        QCOMPARE(rrows[3].lineNumber, 3);
        QCOMPARE(lrows[8].kind, RK::Changed);
        QCOMPARE(lrows[8].lineNumber, 6);
        QCOMPARE(rrows[0].kind, RK::Same);
        QCOMPARE(view.changeCount(), 3);
    }

    void changedWordsHighlighted()
    {
        DiffView view;
        view.setCompact(false);
        view.setDiff(deploymentDiff());
        const auto &lrows = view.leftPane()->rows();
        const auto &rrows = view.rightPane()->rows();
        // "  replicas: 3" -> "  replicas: 5": only the value.
        QCOMPARE(lrows[8].words, (QList<QPair<int, int>>{{12, 1}}));
        QCOMPARE(rrows[8].words, (QList<QPair<int, int>>{{12, 1}}));
        // "...web:1.4.2" -> "...web:1.5.0-debug": the changed version tokens only.
        const QString l = view.leftPane()->document()->findBlockByNumber(13).text();
        const QString r = view.rightPane()->document()->findBlockByNumber(13).text();
        QCOMPARE(lrows[13].words.size(), 1);
        QCOMPARE(l.mid(lrows[13].words[0].first, lrows[13].words[0].second), QStringLiteral("1.4.2"));
        QStringList rightWords;
        for (const auto &[s, n] : rrows[13].words)
            rightWords << r.mid(s, n);
        QCOMPARE(rightWords, QStringList({QStringLiteral("1.5.0-debug")}));
        // The highlighter painted exactly those ranges as background.
        QCOMPARE(backgroundRanges(view.leftPane()->document()->findBlockByNumber(8)), lrows[8].words);
        QCOMPARE(backgroundRanges(view.rightPane()->document()->findBlockByNumber(13)), rrows[13].words);
        QVERIFY(backgroundRanges(view.rightPane()->document()->findBlockByNumber(7)).isEmpty());
        // YAML colouring: the key and the value have different colours.
        const QTextBlock block = view.leftPane()->document()->findBlockByNumber(1);
        QColor key, value;
        for (const QTextLayout::FormatRange &f : block.layout()->formats()) {
            if (f.start == 0)
                key = f.format.foreground().color();
            if (f.start == 6)
                value = f.format.foreground().color();
        }
        QVERIFY(key.isValid() && value.isValid());
        QVERIFY(key != value);
    }

    void compactFoldsAndExpands()
    {
        DiffView view;
        view.setDiff(longDiff(40, 20));
        QVERIFY(view.isCompact());
        // fold(0..16) | 17 18 19 | 20 | 21 22 23 | fold(24..39)
        QCOMPARE(view.foldRows(), (QList<int>{0, 8}));
        const QStringList left = view.leftPane()->toPlainText().split(u'\n');
        QCOMPARE(left.size(), 9);
        QCOMPARE(left[0], QStringLiteral("⋯ 17 unchanged lines, click to expand"));
        QCOMPARE(left[1], QStringLiteral("  key17: value17"));
        QCOMPARE(left[4], QStringLiteral("  key20: value20"));
        QCOMPARE(view.rightPane()->toPlainText().split(u'\n')[4], QStringLiteral("  key20: changed"));
        QCOMPARE(left[8], QStringLiteral("⋯ 16 unchanged lines, click to expand"));
        QCOMPARE(view.leftPane()->rows()[1].lineNumber, 17);

        // A click on a fold expands it.
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        DiffPane *pane = view.leftPane();
        const QRect foldRect = pane->cursorRect(QTextCursor(pane->document()->findBlockByNumber(8)));
        QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, foldRect.center() + QPoint(30, 0));
        QCOMPARE(view.foldRows(), (QList<int>{0}));
        QCOMPARE(view.leftPane()->document()->blockCount(), 8 + 16);

        view.expandAll();
        QVERIFY(view.foldRows().isEmpty());
        QCOMPARE(view.leftPane()->document()->blockCount(), 40);
        view.collapseAll();
        QCOMPARE(view.foldRows().size(), 2);
        view.setCompact(false);
        QVERIFY(view.foldRows().isEmpty());
        QVERIFY(!view.compactAction()->isChecked());
    }

    void nextAndPreviousChangeWithF8()
    {
        drift::SideBySide d = longDiff(200, 30);
        d.rows[150].kind = K::Changed;
        d.rightText.replace(QStringLiteral("key150: value150"), QStringLiteral("key150: other"));
        DiffView view;
        view.resize(700, 300);
        view.setCompact(false);
        view.setDiff(d);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.changeCount(), 2);
        QSignalSpy spy(&view, &DiffView::currentChangeChanged);
        QTest::keyClick(&view, Qt::Key_F8);
        QCOMPARE(view.currentChange(), 0);
        QCOMPARE(view.leftPane()->textCursor().blockNumber(), 30);
        QTest::keyClick(&view, Qt::Key_F8);
        QCOMPARE(view.currentChange(), 1);
        QCOMPARE(view.rightPane()->textCursor().blockNumber(), 150);
        // The change is on screen in both panes: scrolling is synchronised.
        QVERIFY(view.leftPane()->verticalScrollBar()->value() > 100);
        QCOMPARE(view.rightPane()->verticalScrollBar()->value(), view.leftPane()->verticalScrollBar()->value());
        QTest::keyClick(&view, Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(view.currentChange(), 0);
        QCOMPARE(spy.count(), 3);
        view.rightPane()->verticalScrollBar()->setValue(77);
        QCOMPARE(view.leftPane()->verticalScrollBar()->value(), 77);
    }

    void missingShowsGitOnlyAndExtraLiveOnly()
    {
        drift::SideBySide d;
        d.leftText = QStringLiteral("kind: StatefulSet\nmetadata:\n  name: db");
        d.rows = {{0, -1, K::Removed}, {1, -1, K::Removed}, {2, -1, K::Removed}};
        DiffView view;
        view.show();
        view.setDiff(d, SyncState::Missing);
        QVERIFY(view.leftPane()->isVisible());
        QVERIFY(!view.rightPane()->isVisible());
        QCOMPARE(view.leftPane()->toPlainText(), d.leftText);

        drift::SideBySide e;
        e.rightText = QStringLiteral("kind: ConfigMap\nmetadata:\n  name: cache");
        e.rows = {{-1, 0, K::Added}, {-1, 1, K::Added}, {-1, 2, K::Added}};
        view.setDiff(e, SyncState::Extra);
        QVERIFY(!view.leftPane()->isVisible());
        QVERIFY(view.rightPane()->isVisible());
        QCOMPARE(view.rightPane()->toPlainText(), e.rightText);
        view.clear();
        QVERIFY(!view.rightPane()->isVisible());
        QVERIFY(view.findChild<QWidget *>(QStringLiteral("diffPlaceholder"))->isVisible());
    }

    void maskedSecretShownAsGiven()
    {
        drift::SideBySide d;
        d.leftText = QStringLiteral("kind: Secret\ndata:\n  password: '*** (sha256:1f2e…)'");
        d.rightText = QStringLiteral("kind: Secret\ndata:\n  password: '*** (sha256:9a8b…)'");
        d.rows = {{0, 0, K::Same}, {1, 1, K::Same}, {2, 2, K::Changed}};
        DiffView view;
        view.setDiff(d);
        QCOMPARE(view.leftPane()->toPlainText(), d.leftText);
        QCOMPARE(view.rightPane()->toPlainText(), d.rightText);
        const QString r = view.rightPane()->document()->findBlockByNumber(2).text();
        QStringList words;
        for (const auto &[s, n] : view.rightPane()->rows()[2].words)
            words << r.mid(s, n);
        QCOMPARE(words, QStringList({QStringLiteral("9a8b")}));
    }

    void changedWordsUnit()
    {
        QList<QPair<int, int>> l, r;
        DiffView::changedWords(QStringLiteral("a b c"), QStringLiteral("a x c"), l, r);
        QCOMPARE(l, (QList<QPair<int, int>>{{2, 1}}));
        QCOMPARE(r, (QList<QPair<int, int>>{{2, 1}}));
        DiffView::changedWords(QStringLiteral("same"), QStringLiteral("same"), l, r);
        QVERIFY(l.isEmpty() && r.isEmpty());
        DiffView::changedWords(QStringLiteral("x: 1"), QStringLiteral("x: 1 # note"), l, r);
        QVERIFY(l.isEmpty());
        QCOMPARE(r, (QList<QPair<int, int>>{{4, 7}}));
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
