// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace driftdeck::views {

// Refresh interval, ignore rules, theme, language and notifications, kept in QSettings under
// the keys below so the app and the engine read the same values.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char *kTheme = "ui/theme";                 // "system" | "light" | "dark"
    static constexpr const char *kLanguage = "ui/language";           // "" | "en" | "de" | "ja"
    static constexpr const char *kNotifications = "ui/notifications"; // bool
    static constexpr const char *kRefreshSeconds = "engine/refreshSeconds"; // int
    static constexpr const char *kIgnoreRules = "engine/ignoreRules";  // one JSON pointer or field path a line
    static constexpr const char *kExactMode = "engine/exactMode";      // bool: server-side apply dry-run

    explicit PreferencesDialog(QWidget *parent = nullptr);

    void load();
    void save() const;
    // Refuses to close with OK while an ignored field cannot be read (says which).
    void accept() override;

    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_theme;
    QComboBox *m_language;
    QSpinBox *m_refresh;
    QCheckBox *m_notifications;
    QCheckBox *m_exact;
    QPlainTextEdit *m_ignore;
    QLabel *m_ignoreError;
};

} // namespace driftdeck::views
