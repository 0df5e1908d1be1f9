// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diffview.h"

#include "views/diffpane.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolBar>
#include <QVBoxLayout>

#include <vector>

namespace driftdeck::views {

namespace {

using Range = QPair<int, int>;

// Words (with the dots and dashes of versions and host names), runs of spaces, or single
// punctuation characters.
QList<Range> tokens(const QString &s)
{
    QList<Range> out;
    const int n = int(s.size());
    int i = 0;
    while (i < n) {
        const QChar c = s[i];
        int j = i + 1;
        if (c.isLetterOrNumber() || c == u'_') {
            while (j < n && (s[j].isLetterOrNumber() || s[j] == u'_' || s[j] == u'.' || s[j] == u'-'))
                ++j;
        } else if (c == u' ') {
            while (j < n && s[j] == u' ')
                ++j;
        }
        out.append({i, j - i});
        i = j;
    }
    return out;
}

void appendMerged(QList<Range> &ranges, Range r)
{
    if (!ranges.isEmpty() && ranges.last().first + ranges.last().second == r.first)
        ranges.last().second += r.second;
    else
        ranges.append(r);
}

} // namespace

void DiffView::changedWords(const QString &left, const QString &right, QList<Range> &leftRanges,
                            QList<Range> &rightRanges)
{
    leftRanges.clear();
    rightRanges.clear();
    // Common prefix and suffix first: most changed lines differ in one value.
    const QList<Range> lt = tokens(left);
    const QList<Range> rt = tokens(right);
    auto tokenEq = [&](int a, int b) {
        return QStringView(left).mid(lt[a].first, lt[a].second) == QStringView(right).mid(rt[b].first, rt[b].second);
    };
    int pre = 0;
    while (pre < lt.size() && pre < rt.size() && tokenEq(pre, pre))
        ++pre;
    int suf = 0;
    while (suf < lt.size() - pre && suf < rt.size() - pre && tokenEq(int(lt.size()) - 1 - suf, int(rt.size()) - 1 - suf))
        ++suf;
    const int ln = int(lt.size()) - pre - suf;
    const int rn = int(rt.size()) - pre - suf;
    if (ln <= 0 || rn <= 0 || ln * rn > 40000) {
        for (int i = pre; i < pre + ln; ++i)
            appendMerged(leftRanges, lt[i]);
        for (int i = pre; i < pre + rn; ++i)
            appendMerged(rightRanges, rt[i]);
        return;
    }
    // Longest common subsequence of the middle tokens; what is not in it changed.
    std::vector<int> dp(size_t((ln + 1) * (rn + 1)), 0);
    auto at = [&](int i, int j) -> int & { return dp[size_t(i * (rn + 1) + j)]; };
    for (int i = ln - 1; i >= 0; --i) {
        for (int j = rn - 1; j >= 0; --j)
            at(i, j) = tokenEq(pre + i, pre + j) ? at(i + 1, j + 1) + 1 : qMax(at(i + 1, j), at(i, j + 1));
    }
    int i = 0, j = 0;
    while (i < ln || j < rn) {
        if (i < ln && j < rn && tokenEq(pre + i, pre + j)) {
            ++i;
            ++j;
        } else if (j >= rn || (i < ln && at(i + 1, j) >= at(i, j + 1))) {
            appendMerged(leftRanges, lt[pre + i]);
            ++i;
        } else {
            appendMerged(rightRanges, rt[pre + j]);
            ++j;
        }
    }
}

DiffView::DiffView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diffView"));
    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("diffToolbar"));
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_compactAction = new QAction(this);
    m_compactAction->setCheckable(true);
    m_compactAction->setChecked(true);
    connect(m_compactAction, &QAction::toggled, this, &DiffView::setCompact);
    m_expandAllAction = new QAction(this);
    connect(m_expandAllAction, &QAction::triggered, this, &DiffView::expandAll);
    m_collapseAllAction = new QAction(this);
    connect(m_collapseAllAction, &QAction::triggered, this, &DiffView::collapseAll);
    m_previousAction = new QAction(this);
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(m_previousAction, &QAction::triggered, this, &DiffView::previousChange);
    m_nextAction = new QAction(this);
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_nextAction, &QAction::triggered, this, &DiffView::nextChange);
    m_unsetAction = new QAction(this);
    m_unsetAction->setObjectName(QStringLiteral("diffUnsetFieldsAction"));
    m_statusAction = new QAction(this);
    m_statusAction->setObjectName(QStringLiteral("diffStatusAction"));
    m_managedAction = new QAction(this);
    m_managedAction->setObjectName(QStringLiteral("diffManagedFieldsAction"));
    for (QAction *a : {m_unsetAction, m_statusAction, m_managedAction}) {
        a->setCheckable(true);
        connect(a, &QAction::toggled, this, &DiffView::optionsChanged);
    }
    m_toolbar->addAction(m_previousAction);
    m_toolbar->addAction(m_nextAction);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_compactAction);
    m_toolbar->addAction(m_expandAllAction);
    m_toolbar->addAction(m_collapseAllAction);
    // What the live side shows has a row of its own, with the change counter: in the toolbar
    // these toggles were the first to fall into its overflow menu when the pane is narrow.
    m_optionsBar = new QWidget(this);
    m_optionsBar->setObjectName(QStringLiteral("diffOptionsBar"));
    auto options = new QHBoxLayout(m_optionsBar);
    options->setContentsMargins(6, 0, 6, 2);
    options->setSpacing(2);
    m_optionsLabel = new QLabel(m_optionsBar);
    m_optionsLabel->setObjectName(QStringLiteral("diffOptionsLabel"));
    options->addWidget(m_optionsLabel);
    // Check boxes, so that an operator sees at once that these are switches and which are on.
    for (QAction *a : {m_unsetAction, m_statusAction, m_managedAction}) {
        auto box = new QCheckBox(m_optionsBar);
        box->setObjectName(a->objectName().replace(QStringLiteral("Action"), QStringLiteral("Box")));
        auto follow = [box, a] {
            box->setText(a->text());
            box->setToolTip(a->toolTip());
            box->setChecked(a->isChecked());
        };
        connect(a, &QAction::changed, box, follow);
        connect(a, &QAction::toggled, box, &QCheckBox::setChecked);
        connect(box, &QCheckBox::toggled, a, &QAction::setChecked);
        follow();
        options->addSpacing(6);
        options->addWidget(box);
    }
    options->addStretch(1);
    m_changeLabel = new QLabel(m_optionsBar);
    m_changeLabel->setObjectName(QStringLiteral("changeLabel"));
    options->addWidget(m_changeLabel);
    addAction(m_previousAction);
    addAction(m_nextAction);

    m_leftTitle = new QLabel(this);
    m_leftTitle->setObjectName(QStringLiteral("diffLeftTitle"));
    m_rightTitle = new QLabel(this);
    m_rightTitle->setObjectName(QStringLiteral("diffRightTitle"));
    for (QLabel *l : {m_leftTitle, m_rightTitle}) {
        l->setTextFormat(Qt::PlainText);
        l->setContentsMargins(4, 2, 4, 2);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    m_left = new DiffPane(this);
    m_left->setObjectName(QStringLiteral("diffLeft"));
    m_right = new DiffPane(this);
    m_right->setObjectName(QStringLiteral("diffRight"));
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("diffPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    // Both panes have the same rows, so their scroll ranges are identical.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_left->horizontalScrollBar(), &QScrollBar::valueChanged, m_right->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_right->horizontalScrollBar(), &QScrollBar::valueChanged, m_left->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_left, &DiffPane::foldClicked, this, &DiffView::expandFold);
    connect(m_right, &DiffPane::foldClicked, this, &DiffView::expandFold);

    auto grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(2);
    grid->addWidget(m_leftTitle, 0, 0);
    grid->addWidget(m_rightTitle, 0, 1);
    grid->addWidget(m_left, 1, 0);
    grid->addWidget(m_right, 1, 1);
    grid->addWidget(m_placeholder, 0, 0, 2, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_optionsBar);
    layout->addLayout(grid, 1);
    retranslate();
    clear();
}

void DiffView::retranslate()
{
    m_compactAction->setText(tr("Compact"));
    m_compactAction->setToolTip(tr("Fold unchanged lines"));
    m_expandAllAction->setText(tr("Expand All"));
    m_collapseAllAction->setText(tr("Collapse All"));
    m_previousAction->setText(tr("Previous Change"));
    m_nextAction->setText(tr("Next Change"));
    m_optionsLabel->setText(tr("Live side also shows:"));
    m_unsetAction->setText(tr("Unset Fields"));
    m_unsetAction->setToolTip(tr("Also show live fields that Git does not set"));
    m_statusAction->setText(tr("Status"));
    m_statusAction->setToolTip(tr("Also show the status written by the cluster"));
    // managedFields is the Kubernetes field name; it stays untranslated.
    m_managedAction->setText(QStringLiteral("managedFields"));
    m_managedAction->setToolTip(tr("Also show which field manager owns which field (metadata.managedFields)"));
    m_placeholder->setText(tr("Select a resource to see what differs between Git and the cluster."));
    updateChangeLabel();
}

void DiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_diff.rows.isEmpty())
            rebuild();
    }
    QWidget::changeEvent(event);
}

void DiffView::setTitles(const QString &left, const QString &right)
{
    m_leftTitle->setText(left);
    m_rightTitle->setText(right);
}

void DiffView::clear()
{
    m_diff = {};
    m_leftLines.clear();
    m_rightLines.clear();
    m_display.clear();
    m_hunks.clear();
    m_current = -1;
    m_left->setRows({}, {});
    m_right->setRows({}, {});
    for (QWidget *w : std::initializer_list<QWidget *>{m_left, m_right, m_leftTitle, m_rightTitle})
        w->hide();
    m_placeholder->show();
    updateChangeLabel();
}

void DiffView::setDiff(const drift::SideBySide &diff, SyncState state)
{
    m_diff = diff;
    m_state = state;
    m_leftLines = diff.leftText.split(u'\n');
    m_rightLines = diff.rightText.split(u'\n');
    m_expanded.clear();
    m_current = -1;
    m_placeholder->hide();
    const bool showLeft = state != SyncState::Extra;
    const bool showRight = state != SyncState::Missing;
    m_left->setVisible(showLeft);
    m_leftTitle->setVisible(showLeft);
    m_right->setVisible(showRight);
    m_rightTitle->setVisible(showRight);
    rebuild();
    m_left->verticalScrollBar()->setValue(0);
}

void DiffView::rebuild()
{
    using K = drift::DiffRow::Kind;
    using RK = DiffPane::RowKind;
    const auto &rows = m_diff.rows;
    const int n = int(rows.size());
    m_display.clear();
    m_hunks.clear();
    int i = 0;
    while (i < n) {
        if (rows[i].kind != K::Same) {
            if (i == 0 || rows[i - 1].kind == K::Same)
                m_hunks.append(int(m_display.size()));
            m_display.append({i, -1, 0});
            ++i;
            continue;
        }
        int j = i;
        while (j < n && rows[j].kind == K::Same)
            ++j;
        const int head = i == 0 ? 0 : kContext;
        const int tail = j == n ? 0 : kContext;
        if (m_compact && !m_expanded.contains(i) && j - i > head + tail + 1) {
            for (int k = i; k < i + head; ++k)
                m_display.append({k, -1, 0});
            m_display.append({-1, i, j - i - head - tail});
            for (int k = j - tail; k < j; ++k)
                m_display.append({k, -1, 0});
        } else {
            for (int k = i; k < j; ++k)
                m_display.append({k, -1, 0});
        }
        i = j;
    }

    QString leftText;
    QString rightText;
    QList<DiffPane::Row> leftRows;
    QList<DiffPane::Row> rightRows;
    leftRows.reserve(m_display.size());
    rightRows.reserve(m_display.size());
    leftText.reserve(m_diff.leftText.size() + m_display.size());
    rightText.reserve(m_diff.rightText.size() + m_display.size());
    bool first = true;
    for (const DisplayRow &d : std::as_const(m_display)) {
        if (!first) {
            leftText += u'\n';
            rightText += u'\n';
        }
        first = false;
        if (d.diffRow < 0) {
            // A fold always hides at least two lines.
            const QString fold = tr("⋯ %1 unchanged lines, click to expand").arg(d.hidden);
            leftText += fold;
            rightText += fold;
            leftRows.append({-1, RK::Fold, {}});
            rightRows.append({-1, RK::Fold, {}});
            continue;
        }
        const drift::DiffRow &r = rows[d.diffRow];
        DiffPane::Row lr;
        DiffPane::Row rr;
        lr.lineNumber = r.leftLine;
        rr.lineNumber = r.rightLine;
        const QString &lt = r.leftLine >= 0 ? m_leftLines.at(qMin<qsizetype>(r.leftLine, m_leftLines.size() - 1)) : QString();
        const QString &rt = r.rightLine >= 0 ? m_rightLines.at(qMin<qsizetype>(r.rightLine, m_rightLines.size() - 1)) : QString();
        switch (r.kind) {
        case K::Same: break;
        case K::Changed:
            lr.kind = RK::Changed;
            rr.kind = RK::Changed;
            changedWords(lt, rt, lr.words, rr.words);
            break;
        case K::Removed: lr.kind = RK::Removed; break;
        case K::Added: rr.kind = RK::Added; break;
        }
        if (r.leftLine < 0)
            lr.kind = RK::Gap;
        if (r.rightLine < 0)
            rr.kind = RK::Gap;
        if (r.leftLine >= 0)
            leftText += lt;
        if (r.rightLine >= 0)
            rightText += rt;
        leftRows.append(std::move(lr));
        rightRows.append(std::move(rr));
    }
    const int scroll = m_left->verticalScrollBar()->value();
    m_left->setRows(leftText, std::move(leftRows));
    m_right->setRows(rightText, std::move(rightRows));
    m_left->verticalScrollBar()->setValue(scroll);
    m_right->verticalScrollBar()->setValue(scroll);
    if (m_current >= m_hunks.size())
        m_current = -1;
    updateChangeLabel();
}

void DiffView::setCompact(bool compact)
{
    if (m_compactAction->isChecked() != compact)
        m_compactAction->setChecked(compact); // re-enters through toggled
    if (m_compact == compact)
        return;
    m_compact = compact;
    m_expanded.clear();
    rebuild();
}

void DiffView::expandAll()
{
    for (const DisplayRow &d : std::as_const(m_display)) {
        if (d.diffRow < 0)
            m_expanded.insert(d.foldId);
    }
    rebuild();
}

void DiffView::collapseAll()
{
    m_expanded.clear();
    if (!m_compact)
        setCompact(true);
    else
        rebuild();
}

bool DiffView::expandFold(int row)
{
    if (row < 0 || row >= m_display.size() || m_display[row].diffRow >= 0)
        return false;
    m_expanded.insert(m_display[row].foldId);
    rebuild();
    return true;
}

QList<int> DiffView::foldRows() const
{
    QList<int> out;
    for (int i = 0; i < m_display.size(); ++i) {
        if (m_display[i].diffRow < 0)
            out.append(i);
    }
    return out;
}

bool DiffView::nextChange()
{
    if (m_hunks.isEmpty())
        return false;
    goToChange(m_current + 1 >= m_hunks.size() ? 0 : m_current + 1);
    return true;
}

bool DiffView::previousChange()
{
    if (m_hunks.isEmpty())
        return false;
    goToChange(m_current <= 0 ? int(m_hunks.size()) - 1 : m_current - 1);
    return true;
}

void DiffView::goToChange(int index)
{
    m_current = index;
    const int row = m_hunks[index];
    for (DiffPane *pane : {m_left, m_right}) {
        QTextCursor cursor(pane->document()->findBlockByNumber(row));
        pane->setTextCursor(cursor);
    }
    // Show a few lines of context above the change.
    m_left->verticalScrollBar()->setValue(qMax(0, row - kContext - 1));
    updateChangeLabel();
    Q_EMIT currentChangeChanged(m_current, int(m_hunks.size()));
}

void DiffView::updateChangeLabel()
{
    if (m_hunks.isEmpty())
        m_changeLabel->setText(m_diff.rows.isEmpty() ? QString() : tr("No changes"));
    else if (m_current < 0)
        m_changeLabel->setText(m_hunks.size() == 1 ? tr("1 change") : tr("%1 changes").arg(m_hunks.size()));
    else
        m_changeLabel->setText(tr("Change %1 of %2").arg(m_current + 1).arg(m_hunks.size()));
    m_nextAction->setEnabled(!m_hunks.isEmpty());
    m_previousAction->setEnabled(!m_hunks.isEmpty());
}

drift::SideBySideOptions DiffView::options() const
{
    drift::SideBySideOptions o;
    o.includeUnsetFields = m_unsetAction->isChecked();
    o.includeStatus = m_statusAction->isChecked();
    o.includeManagedFields = m_managedAction->isChecked();
    return o;
}

void DiffView::setOptions(const drift::SideBySideOptions &options)
{
    if (options == this->options())
        return;
    for (QAction *a : {m_unsetAction, m_statusAction, m_managedAction})
        a->blockSignals(true);
    m_unsetAction->setChecked(options.includeUnsetFields);
    m_statusAction->setChecked(options.includeStatus);
    m_managedAction->setChecked(options.includeManagedFields);
    for (QAction *a : {m_unsetAction, m_statusAction, m_managedAction})
        a->blockSignals(false);
    Q_EMIT optionsChanged();
}

void DiffView::setDark(bool dark)
{
    m_left->setDark(dark);
    m_right->setDark(dark);
}

} // namespace driftdeck::views
