// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/sourcespec.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace driftdeck::views {

// File > Add Repository…: a Git URL or a local folder, the branch, the folder inside the
// repository, the renderer and the cluster it declares. OK validates and says what is wrong
// in words; nothing is added until the input is valid.
class AddRepositoryDialog : public QDialog
{
    Q_OBJECT
public:
    struct Input
    {
        QString location; // URL or local folder
        QString branch;
        QString path;
        manifest::RendererKind renderer = manifest::RendererKind::Auto;
        QString cluster;
    };

    explicit AddRepositoryDialog(const QStringList &clusters, QWidget *parent = nullptr);

    void setInput(const Input &input);
    Input input() const;
    // The source to add (valid only after accept()); its id is unique among `takenIds`.
    engine::SourceSpec sourceSpec(const QStringList &takenIds = {}) const;
    QString errorText() const;

    // Empty when the input can be added, else what to fix (translated).
    static QString validate(const Input &input, const QStringList &clusters);
    // "platform/apps/prod" for https://example.com/acme/platform.git and apps/prod.
    static QString sourceName(const Input &input);

public Q_SLOTS:
    void accept() override;

private:
    void browse();

    QStringList m_clusters;
    QLineEdit *m_location;
    QLineEdit *m_branch;
    QLineEdit *m_path;
    QComboBox *m_renderer;
    QComboBox *m_cluster;
    QLabel *m_error;
};

} // namespace driftdeck::views
