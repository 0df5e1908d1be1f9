// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace driftdeck::views {

class DiffPane;

// YAML colouring (keys, strings, numbers and booleans, comments, list dashes) plus the changed
// words of the pane's diff rows as a background. A hand-written scanner: no regular expression,
// so a 5,000-line manifest colours in a few milliseconds.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    YamlHighlighter(DiffPane *pane, QTextDocument *document);
    void updateColors(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    DiffPane *m_pane;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
    QTextCharFormat m_punct;
    QTextCharFormat m_fold;
    QColor m_word;
};

} // namespace driftdeck::views
