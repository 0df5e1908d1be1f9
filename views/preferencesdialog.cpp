// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preferencesdialog.h"

#include "core/drift/ignorerule.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace driftdeck::views {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_refresh = new QSpinBox(this);
    m_refresh->setRange(10, 3600);
    m_refresh->setSuffix(tr(" s"));
    m_refresh->setToolTip(tr("How often Git sources are fetched again; cluster changes arrive live."));
    m_notifications = new QCheckBox(tr("Notify when new drift appears"), this);
    m_exact = new QCheckBox(tr("Exact comparison (server-side dry run, needs patch rights)"), this);
    m_exact->setObjectName(QStringLiteral("exactMode"));
    m_exact->setToolTip(tr("Asks the cluster what applying Git would produce, as Argo CD's server-side diff and flux diff do. "
                           "Nothing is written. Without patch rights the read-only comparison is used."));
    m_ignore = new QPlainTextEdit(this);
    m_ignore->setObjectName(QStringLiteral("ignoreFields"));
    m_ignoreError = new QLabel(this);
    m_ignoreError->setObjectName(QStringLiteral("ignoreError"));
    m_ignoreError->setWordWrap(true);
    m_ignoreError->hide();
    m_ignore->setPlaceholderText(tr("One field a line, e.g. spec.replicas or /metadata/annotations/deployment.kubernetes.io~1revision"));

    auto form = new QFormLayout;
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Fetch Git every:"), m_refresh);
    form->addRow(QString(), m_notifications);
    form->addRow(QString(), m_exact);
    form->addRow(tr("Ignore fields:"), m_ignore);
    form->addRow(QString(), m_ignoreError);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    load();
}

void PreferencesDialog::load()
{
    QSettings s;
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(s.value(QLatin1String(kTheme), QStringLiteral("system")))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.value(QLatin1String(kLanguage), QString()))));
    m_refresh->setValue(s.value(QLatin1String(kRefreshSeconds), 60).toInt());
    m_notifications->setChecked(s.value(QLatin1String(kNotifications), true).toBool());
    m_exact->setChecked(s.value(QLatin1String(kExactMode), false).toBool());
    m_ignore->setPlainText(s.value(QLatin1String(kIgnoreRules)).toStringList().join(u'\n'));
}

void PreferencesDialog::save() const
{
    QSettings s;
    s.setValue(QLatin1String(kTheme), m_theme->currentData());
    s.setValue(QLatin1String(kLanguage), m_language->currentData());
    s.setValue(QLatin1String(kRefreshSeconds), m_refresh->value());
    s.setValue(QLatin1String(kNotifications), m_notifications->isChecked());
    s.setValue(QLatin1String(kExactMode), m_exact->isChecked());
    QStringList rules;
    for (const QString &line : m_ignore->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            rules << line.trimmed();
    }
    s.setValue(QLatin1String(kIgnoreRules), rules);
}

void PreferencesDialog::accept()
{
    auto parsed = drift::IgnoreRule::fromFieldList(m_ignore->toPlainText().split(u'\n'));
    if (!parsed) {
        m_ignoreError->setText(parsed.error().message);
        m_ignoreError->show();
        m_ignore->setFocus();
        return;
    }
    m_ignoreError->hide();
    QDialog::accept();
}

} // namespace driftdeck::views
