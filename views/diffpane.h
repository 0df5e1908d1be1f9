// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPlainTextEdit>

namespace driftdeck::views {

class YamlHighlighter;

// One side of the diff: read-only, no wrapping, a line-number gutter, full-width backgrounds
// for changed rows and gaps, and fold rows that expand on a click.
class DiffPane : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class RowKind : quint8 { Same, Changed, Added, Removed, Gap, Fold };
    struct Row
    {
        int lineNumber = -1; // 0-based line of the side's text, -1 for gaps and folds
        RowKind kind = RowKind::Same;
        QList<QPair<int, int>> words; // changed words: (start, length) within the line
    };

    explicit DiffPane(QWidget *parent = nullptr);

    // One text block per row; `text` has exactly rows.size() lines.
    void setRows(const QString &text, QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int block) const { return block >= 0 && block < m_rows.size() ? &m_rows[block] : nullptr; }
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    int gutterWidth() const;
    QColor background(RowKind kind) const;

Q_SIGNALS:
    void foldClicked(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    friend class LineNumberArea;
    void paintGutter(QPaintEvent *event);
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter;
    YamlHighlighter *m_highlighter;
    QList<Row> m_rows;
    bool m_dark = false;
    int m_digits = 3;
};

} // namespace driftdeck::views
