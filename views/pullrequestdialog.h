// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/pullrequestflow.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace driftdeck::views {

// "Open pull request…": shows the exact Git edit as a diff, what was refused and why, an
// editable title and body, the target branch and the draft switch. Create emits
// createRequested(); whoever runs it reports back through setStep(), setResult() or setError().
class PullRequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PullRequestDialog(engine::PullRequestPlan plan, QWidget *parent = nullptr);

    const engine::PullRequestPlan &plan() const { return m_plan; }
    // The target as edited: title and body go into the plan returned by editedPlan().
    engine::PullRequestTarget target() const;
    engine::PullRequestPlan editedPlan() const;

    void setStep(engine::PullRequestStep step);
    void setResult(const forge::PullRequest &pullRequest);
    void setError(const QString &message, const QString &detail = {});

    // For tests and accessibility.
    QString diffText() const;
    QString resultText() const;
    QString errorText() const;
    bool isBusy() const;

Q_SIGNALS:
    void createRequested(const driftdeck::engine::PullRequestPlan &plan, const driftdeck::engine::PullRequestTarget &target);

private:
    void create();
    void setBusy(bool busy);

    engine::PullRequestPlan m_plan;
    QLabel *m_summary = nullptr;
    QLabel *m_refusals = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLineEdit *m_base = nullptr;
    QCheckBox *m_draft = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace driftdeck::views
