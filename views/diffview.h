// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/syncstate.h"
#include "core/drift/sidebyside.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;

namespace driftdeck::views {

class DiffPane;

// Side-by-side diff: Git on the left, live on the right, aligned row for row so both panes
// scroll together. Changed rows and changed words are highlighted; in compact mode unchanged
// stretches fold to a few lines of context, and each fold expands on a click. Missing shows
// only Git, Extra only live.
class DiffView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kContext = 3;

    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const drift::SideBySide &diff, SyncState state = SyncState::Drifted);
    void clear();
    const drift::SideBySide &diff() const { return m_diff; }
    void setTitles(const QString &left, const QString &right);

    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    void expandAll();
    void collapseAll();
    // Expands the fold shown at display row `row`; false if there is none.
    bool expandFold(int row);
    // Display rows that are folds.
    QList<int> foldRows() const;

    int changeCount() const { return int(m_hunks.size()); }
    int currentChange() const { return m_current; }
    bool nextChange();
    bool previousChange();

    DiffPane *leftPane() const { return m_left; }
    DiffPane *rightPane() const { return m_right; }
    void setDark(bool dark);

    QAction *compactAction() const { return m_compactAction; }
    QAction *expandAllAction() const { return m_expandAllAction; }
    QAction *collapseAllAction() const { return m_collapseAllAction; }
    QAction *nextChangeAction() const { return m_nextAction; }
    QAction *previousChangeAction() const { return m_previousAction; }

    // What the live side shows besides the fields Git sets (the "Unset Fields", "Status" and
    // "managedFields" toggles, all off by default). The view does not build diffs: whoever
    // feeds it asks for a new one on optionsChanged().
    drift::SideBySideOptions options() const;
    void setOptions(const drift::SideBySideOptions &options);
    QAction *unsetFieldsAction() const { return m_unsetAction; }
    QAction *statusAction() const { return m_statusAction; }
    QAction *managedFieldsAction() const { return m_managedAction; }

    // Changed words between two lines as (start, length) ranges on each side.
    static void changedWords(const QString &left, const QString &right, QList<QPair<int, int>> &leftRanges,
                             QList<QPair<int, int>> &rightRanges);

Q_SIGNALS:
    void currentChangeChanged(int index, int count);
    void optionsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct DisplayRow
    {
        int diffRow = -1; // index into m_diff.rows, -1 for a fold
        int foldId = -1;  // first diff row of the folded stretch
        int hidden = 0;
    };
    void rebuild();
    void goToChange(int index);
    void retranslate();
    void updateChangeLabel();

    drift::SideBySide m_diff;
    QStringList m_leftLines;
    QStringList m_rightLines;
    SyncState m_state = SyncState::Drifted;
    bool m_compact = true;
    QSet<int> m_expanded;
    QList<DisplayRow> m_display;
    QList<int> m_hunks; // display rows where a change starts
    int m_current = -1;

    QToolBar *m_toolbar;
    QWidget *m_optionsBar;
    QLabel *m_optionsLabel;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QLabel *m_changeLabel;
    QLabel *m_placeholder;
    DiffPane *m_left;
    DiffPane *m_right;
    QAction *m_compactAction;
    QAction *m_expandAllAction;
    QAction *m_collapseAllAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_unsetAction;
    QAction *m_statusAction;
    QAction *m_managedAction;
};

} // namespace driftdeck::views
