// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/diffpane.h"

#include "views/yamlhighlighter.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace driftdeck::views {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(DiffPane *pane)
        : QWidget(pane)
        , m_pane(pane)
    {
    }
    QSize sizeHint() const override { return {m_pane->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_pane->paintGutter(event); }

private:
    DiffPane *m_pane;
};

DiffPane::DiffPane(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    m_gutter = new LineNumberArea(this);
    m_highlighter = new YamlHighlighter(this, document());
    connect(this, &QPlainTextEdit::updateRequest, this, &DiffPane::updateGutter);
    setViewportMargins(gutterWidth(), 0, 0, 0);
    viewport()->setMouseTracking(true);
}

void DiffPane::setRows(const QString &text, QList<Row> rows)
{
    m_rows = std::move(rows);
    int maxLine = 0;
    for (const Row &r : std::as_const(m_rows))
        maxLine = qMax(maxLine, r.lineNumber + 1);
    m_digits = qMax(3, int(QString::number(maxLine).size()));
    setViewportMargins(gutterWidth(), 0, 0, 0);
    // The highlighter reads m_rows while the text is laid out.
    setPlainText(text);
}

void DiffPane::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    m_highlighter->updateColors(dark);
    m_highlighter->rehighlight();
    viewport()->update();
}

int DiffPane::gutterWidth() const
{
    return 12 + fontMetrics().horizontalAdvance(u'9') * m_digits;
}

QColor DiffPane::background(RowKind kind) const
{
    switch (kind) {
    case RowKind::Changed: return m_dark ? QColor(0x4a, 0x3f, 0x17) : QColor(0xfd, 0xf2, 0xcc);
    case RowKind::Added: return m_dark ? QColor(0x1b, 0x3f, 0x2c) : QColor(0xdc, 0xf5, 0xe6);
    case RowKind::Removed: return m_dark ? QColor(0x4d, 0x24, 0x28) : QColor(0xfb, 0xe0, 0xe2);
    case RowKind::Gap: return m_dark ? QColor(0x2a, 0x2d, 0x31) : QColor(0xee, 0xf1, 0xf4);
    case RowKind::Fold: return m_dark ? QColor(0x23, 0x34, 0x45) : QColor(0xe3, 0xee, 0xf8);
    case RowKind::Same: break;
    }
    return {};
}

void DiffPane::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void DiffPane::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void DiffPane::paintEvent(QPaintEvent *event)
{
    {
        // Row backgrounds across the whole width, under the text QPlainTextEdit paints next.
        QPainter painter(viewport());
        const QPointF offset = contentOffset();
        const int width = viewport()->width();
        for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
            const QRectF r = blockBoundingGeometry(block).translated(offset);
            if (r.top() > event->rect().bottom())
                break;
            const Row *row = rowAt(block.blockNumber());
            if (!row || row->kind == RowKind::Same)
                continue;
            const QRectF band(0, r.top(), width, r.height());
            painter.fillRect(band, background(row->kind));
            if (row->kind == RowKind::Gap) {
                painter.fillRect(band, QBrush(m_dark ? QColor(0x3a, 0x3e, 0x44) : QColor(0xd5, 0xdb, 0xe1),
                                              Qt::BDiagPattern));
            }
        }
    }
    QPlainTextEdit::paintEvent(event);
}

void DiffPane::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QColor base = palette().color(QPalette::Window);
    painter.fillRect(event->rect(), base);
    painter.setFont(font());
    const QPointF offset = contentOffset();
    const int right = m_gutter->width() - 6;
    const QColor number = palette().color(QPalette::PlaceholderText);
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF r = blockBoundingGeometry(block).translated(offset);
        if (r.top() > event->rect().bottom())
            break;
        const Row *row = rowAt(block.blockNumber());
        if (!row)
            continue;
        if (row->kind != RowKind::Same && row->kind != RowKind::Gap)
            painter.fillRect(QRectF(0, r.top(), m_gutter->width(), r.height()), background(row->kind).darker(m_dark ? 80 : 106));
        if (row->lineNumber < 0)
            continue;
        painter.setPen(number);
        painter.drawText(QRectF(0, r.top(), right, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(row->lineNumber + 1));
    }
}

void DiffPane::mousePressEvent(QMouseEvent *event)
{
    const int block = cursorForPosition(event->position().toPoint()).blockNumber();
    if (const Row *row = rowAt(block); row && row->kind == RowKind::Fold && event->button() == Qt::LeftButton) {
        Q_EMIT foldClicked(block);
        event->accept();
        return;
    }
    QPlainTextEdit::mousePressEvent(event);
}

void DiffPane::mouseMoveEvent(QMouseEvent *event)
{
    const Row *row = rowAt(cursorForPosition(event->position().toPoint()).blockNumber());
    viewport()->setCursor(row && row->kind == RowKind::Fold ? Qt::PointingHandCursor : Qt::IBeamCursor);
    QPlainTextEdit::mouseMoveEvent(event);
}

} // namespace driftdeck::views
