// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/pullrequestdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace driftdeck::views {

namespace {

// Colours a unified diff: additions green, removals red, hunk headers blue.
class PatchHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat f;
        if (text.startsWith(u"+++") || text.startsWith(u"---")) {
            f.setFontWeight(QFont::Bold);
        } else if (text.startsWith(u'+')) {
            f.setBackground(QColor(0xd4, 0xf5, 0xe9));
            f.setForeground(QColor(0x0a, 0x6b, 0x4d));
        } else if (text.startsWith(u'-')) {
            f.setBackground(QColor(0xfb, 0xdc, 0xdf));
            f.setForeground(QColor(0x9b, 0x1c, 0x27));
        } else if (text.startsWith(u"@@")) {
            f.setForeground(QColor(0x0D, 0x8D, 0xCA));
        } else {
            return;
        }
        setFormat(0, int(text.size()), f);
    }
};

} // namespace

PullRequestDialog::PullRequestDialog(engine::PullRequestPlan plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(std::move(plan))
{
    setObjectName(QStringLiteral("pullRequestDialog"));
    setWindowTitle(tr("Open Pull Request"));
    resize(900, 720);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Makes Git match the cluster %1. Resources included: %2. Source %3 (%4, branch %5).")
                           .arg(m_plan.cluster, QString::number(m_plan.results.size()), m_plan.sourceId, m_plan.repo, m_plan.baseBranch));

    m_refusals = new QLabel(this);
    m_refusals->setObjectName(QStringLiteral("refusals"));
    m_refusals->setWordWrap(true);
    m_refusals->setTextFormat(Qt::RichText);
    if (!m_plan.refusals.isEmpty()) {
        QString html = u"<b>" + tr("Not included:").toHtmlEscaped() + u"</b><ul>";
        for (const QString &r : std::as_const(m_plan.refusals))
            html += u"<li>" + r.toHtmlEscaped() + u"</li>";
        m_refusals->setText(html + u"</ul>");
    }
    m_refusals->setVisible(!m_plan.refusals.isEmpty());

    m_diff = new QPlainTextEdit(this);
    m_diff->setObjectName(QStringLiteral("editDiff"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlainText(m_plan.isEmpty() ? tr("Nothing in this selection can be changed in Git.") : m_plan.unifiedDiff());
    auto highlighter = new PatchHighlighter(m_diff->document());
    highlighter->rehighlight(); // now, not on the next event-loop turn


    m_title = new QLineEdit(m_plan.title, this);
    m_title->setObjectName(QStringLiteral("prTitle"));
    m_body = new QPlainTextEdit(m_plan.body, this);
    m_body->setObjectName(QStringLiteral("prBody"));
    m_body->setMaximumHeight(160);
    m_base = new QLineEdit(m_plan.baseBranch, this);
    m_base->setObjectName(QStringLiteral("prBase"));
    m_draft = new QCheckBox(tr("Open as draft"), this);
    m_draft->setObjectName(QStringLiteral("prDraft"));

    auto form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Description:"), m_body);
    form->addRow(tr("Target branch:"), m_base);
    form->addRow(QString(), m_draft);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("prStep"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("prResult"));
    m_result->setTextFormat(Qt::RichText);
    m_result->setOpenExternalLinks(true);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("prError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = m_buttons->addButton(tr("Create Pull Request"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("prCreate"));
    m_create->setEnabled(!m_plan.isEmpty());
    m_create->setDefault(true);
    connect(m_create, &QPushButton::clicked, this, &PullRequestDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_refusals);
    layout->addWidget(new QLabel(tr("The edit to the Git files:"), this));
    layout->addWidget(m_diff, 1);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}

engine::PullRequestTarget PullRequestDialog::target() const
{
    engine::PullRequestTarget t;
    t.baseBranch = m_base->text().trimmed();
    t.draft = m_draft->isChecked();
    return t;
}

engine::PullRequestPlan PullRequestDialog::editedPlan() const
{
    engine::PullRequestPlan p = m_plan;
    p.title = m_title->text().trimmed();
    p.body = m_body->toPlainText();
    return p;
}

void PullRequestDialog::create()
{
    if (m_title->text().trimmed().isEmpty()) {
        setError(tr("The pull request needs a title."));
        return;
    }
    m_error->hide();
    m_result->clear();
    setBusy(true);
    Q_EMIT createRequested(editedPlan(), target());
}

void PullRequestDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_create->setEnabled(!busy && !m_plan.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_base),
                       static_cast<QWidget *>(m_draft)})
        w->setEnabled(!busy);
}

bool PullRequestDialog::isBusy() const
{
    return m_progress->isVisible();
}

void PullRequestDialog::setStep(engine::PullRequestStep step)
{
    switch (step) {
    case engine::PullRequestStep::Connecting: m_step->setText(tr("Connecting to the repository…")); break;
    case engine::PullRequestStep::Fetching: m_step->setText(tr("Fetching the target branch…")); break;
    case engine::PullRequestStep::Committing: m_step->setText(tr("Creating the commit…")); break;
    case engine::PullRequestStep::Pushing: m_step->setText(tr("Pushing the branch…")); break;
    case engine::PullRequestStep::OpeningPullRequest: m_step->setText(tr("Opening the pull request…")); break;
    }
}

void PullRequestDialog::setResult(const forge::PullRequest &pr)
{
    setBusy(false);
    m_step->clear();
    const QString link = u"<a href=\"" + pr.url.toHtmlEscaped() + u"\">" + pr.url.toHtmlEscaped() + u"</a>";
    m_result->setText(pr.existing ? tr("This drift already has an open pull request: %1").arg(link)
                                  : tr("Pull request opened: %1").arg(link));
    if (!pr.warning.isEmpty())
        setError(pr.warning);
    m_create->setEnabled(false);
}

void PullRequestDialog::setError(const QString &message, const QString &detail)
{
    setBusy(false);
    m_step->clear();
    m_error->setText(message);
    m_error->setToolTip(detail);
    m_error->show();
}

QString PullRequestDialog::diffText() const
{
    return m_diff->toPlainText();
}

QString PullRequestDialog::resultText() const
{
    return m_result->text();
}

QString PullRequestDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace driftdeck::views
