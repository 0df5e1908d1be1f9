// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/yamlhighlighter.h"

#include "views/diffpane.h"

namespace driftdeck::views {

YamlHighlighter::YamlHighlighter(DiffPane *pane, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_pane(pane)
{
    updateColors(false);
}

void YamlHighlighter::updateColors(bool dark)
{
    m_key.setForeground(dark ? QColor(0x7c, 0xc4, 0xfa) : QColor(0x0b, 0x4f, 0x8a));
    m_string.setForeground(dark ? QColor(0xa5, 0xd6, 0x8a) : QColor(0x2e, 0x7d, 0x32));
    m_number.setForeground(dark ? QColor(0xd7, 0xa6, 0xf7) : QColor(0x8e, 0x24, 0xaa));
    m_comment.setForeground(dark ? QColor(0x8a, 0x93, 0x9c) : QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
    m_punct.setForeground(dark ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x57, 0x60, 0x6a));
    m_fold.setForeground(dark ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x57, 0x60, 0x6a));
    m_fold.setFontItalic(true);
    m_word = dark ? QColor(0x8a, 0x6d, 0x10) : QColor(0xf7, 0xd8, 0x6b);
}

namespace {

bool isNumberOrLiteral(QStringView v)
{
    if (v.isEmpty())
        return false;
    if (v == u"true" || v == u"false" || v == u"null" || v == u"~")
        return true;
    bool digits = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v[i];
        if (c.isDigit())
            digits = true;
        else if (!(c == u'.' || c == u'-' || c == u'+' || (i > 0 && (c == u'e' || c == u'E'))))
            return false;
    }
    return digits;
}

} // namespace

void YamlHighlighter::highlightBlock(const QString &text)
{
    const DiffPane::Row *row = m_pane->rowAt(currentBlock().blockNumber());
    if (row && row->kind == DiffPane::RowKind::Fold) {
        setFormat(0, int(text.size()), m_fold);
        return;
    }
    const int n = int(text.size());
    int i = 0;
    while (i < n && text[i] == u' ')
        ++i;
    if (i < n && text[i] == u'#') {
        setFormat(i, n - i, m_comment);
    } else {
        // "- " list items, possibly nested ("- - a").
        while (i + 1 < n && text[i] == u'-' && text[i + 1] == u' ') {
            setFormat(i, 1, m_punct);
            i += 2;
        }
        // A key runs to the first ": " (or ':' at the end) outside quotes.
        int valueStart = i;
        if (i < n && text[i] != u'"' && text[i] != u'\'') {
            for (int j = i; j < n; ++j) {
                if (text[j] == u':' && (j + 1 == n || text[j + 1] == u' ')) {
                    setFormat(i, j - i, m_key);
                    setFormat(j, 1, m_punct);
                    valueStart = j + 1;
                    break;
                }
                if (text[j] == u' ' && j + 1 < n && text[j + 1] == u'#')
                    break;
            }
        }
        while (valueStart < n && text[valueStart] == u' ')
            ++valueStart;
        // The value up to a trailing comment.
        int valueEnd = n;
        bool quoted = false;
        QChar quote;
        for (int j = valueStart; j < n; ++j) {
            const QChar c = text[j];
            if (quoted) {
                if (c == quote)
                    quoted = false;
            } else if (c == u'"' || c == u'\'') {
                quoted = true;
                quote = c;
            } else if (c == u'#' && j > 0 && text[j - 1] == u' ') {
                valueEnd = j;
                setFormat(j, n - j, m_comment);
                break;
            }
        }
        const QStringView value = QStringView(text).mid(valueStart, valueEnd - valueStart).trimmed();
        if (!value.isEmpty()) {
            if (isNumberOrLiteral(value))
                setFormat(valueStart, int(value.size()), m_number);
            else if (value != u"|" && value != u">" && value != u"{}" && value != u"[]" && value != u"|-")
                setFormat(valueStart, int(value.size()), m_string);
            else
                setFormat(valueStart, int(value.size()), m_punct);
        }
    }
    if (!row)
        return;
    for (const auto &[start, length] : row->words) {
        for (int p = start; p < start + length && p < n; ++p) {
            QTextCharFormat f = format(p);
            f.setBackground(m_word);
            setFormat(p, 1, f);
        }
    }
}

} // namespace driftdeck::views
