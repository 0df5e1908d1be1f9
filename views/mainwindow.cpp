// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include "models/clusterlistmodel.h"
#include "models/driftreport.h"
#include "models/fieldchangemodel.h"
#include "models/resourcefeeder.h"
#include "models/resourcefiltermodel.h"
#include "models/resourcetreemodel.h"
#include "models/statestyle.h"
#include "views/detailpane.h"
#include "views/diffpane.h"
#include "views/diffview.h"
#include "views/emptystatewidget.h"
#include "views/preferencesdialog.h"
#include "views/resourcetreeview.h"
#include "views/translations.h"
#include "views/treedelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProxyStyle>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace driftdeck::views {

using models::ClusterStatus;
using models::ResourceTreeModel;
using models::StateStyle;

namespace {

constexpr int kNotificationIntervalSeconds = 60;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x23, 0x28);
    const QColor base(0x16, 0x1a, 0x1f);
    const QColor text(0xe6, 0xe9, 0xec);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x20, 0x25));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2a, 0x2f, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5c, 0xb8, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x93, 0x9c));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x15));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6a, 0x73, 0x7d));
    return p;
}

// Fusion frames a check box in the window colour darkened and fills it with Base: on the dark
// palette both are within a few shades of a list's background, so an unchecked box vanished.
// The dark theme gives indicators a palette of their own: Window light enough that Fusion's
// frame (Window darkened by 140%) is a mid grey, and Button (a step lighter than Base) as fill.
class DarkIndicatorStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (option && (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton)) {
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option)) {
                QStyleOptionButton copy(*button);
                adjust(copy.palette);
                QProxyStyle::drawPrimitive(element, &copy, painter, widget);
                return;
            }
            QStyleOption copy(*option);
            adjust(copy.palette);
            QProxyStyle::drawPrimitive(element, &copy, painter, widget);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

private:
    static void adjust(QPalette &p)
    {
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            p.setColor(group, QPalette::Window, QColor(0xc4, 0xcc, 0xd4));
            p.setColor(group, QPalette::Base, p.color(group, QPalette::Button));
        }
        p.setColor(QPalette::Disabled, QPalette::Window, QColor(0x80, 0x88, 0x90));
    }
};

QString themeKey(MainWindow::Theme t)
{
    switch (t) {
    case MainWindow::Theme::Light: return QStringLiteral("light");
    case MainWindow::Theme::Dark: return QStringLiteral("dark");
    case MainWindow::Theme::System: break;
    }
    return QStringLiteral("system");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/driftdeck.svg")));

    m_model = new ResourceTreeModel(this);
    m_filter = new models::ResourceFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_feeder = new models::ResourceFeeder(m_model, this);
    m_fields = new models::FieldChangeModel(this);
    m_clusterList = new models::ClusterListModel(this);
    connect(m_clusterList, &models::ClusterListModel::checkedChanged, this, [this](const QString &cluster, bool checked) {
        if (!checked)
            removeCluster(cluster);
        Q_EMIT clusterEnabledChanged(cluster, checked);
    });

    m_pages = new QStackedWidget(this);
    m_emptyState = new EmptyStateWidget(m_pages);
    m_pages->addWidget(m_emptyState);
    m_workspace = createWorkspace();
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);

    connect(m_emptyState, &EmptyStateWidget::connectClusterRequested, this, &MainWindow::connectClusterRequested);
    connect(m_emptyState, &EmptyStateWidget::addRepositoryRequested, this, &MainWindow::addRepositoryRequested);
    connect(m_emptyState, &EmptyStateWidget::demoRequested, this, &MainWindow::demoRequested);

    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_statusText, 1);

    m_tray = new QSystemTrayIcon(this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setIcon(windowIcon());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });

    connect(m_feeder, &models::ResourceFeeder::applied, this, [this] {
        m_expectingData = true;
        showWorkspace();
        checkComparisonComplete();
    });
    connect(m_model, &ResourceTreeModel::totalsChanged, this, &MainWindow::updateTotals);
    connect(m_model, &ResourceTreeModel::driftAppeared, this, &MainWindow::notifyDrift);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::onModelDataChanged);

    createActions();
    retranslate();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createWorkspace()
{
    auto workspace = new QWidget(m_pages);
    workspace->setObjectName(QStringLiteral("workspace"));

    // Filter bar over the tree.
    m_filterEdit = new QLineEdit(workspace);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        if (m_filter->isFiltering())
            expandFiltered();
    });
    m_kindBox = new QComboBox(workspace);
    m_kindBox->setObjectName(QStringLiteral("kindFilter"));
    m_kindBox->addItem(QString());
    // A long kind or namespace name must not widen the filter bar; the list still shows it whole.
    m_kindBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kindBox->setMinimumContentsLength(10);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setKindFilter(i <= 0 ? QString() : m_kindBox->itemText(i));
        if (m_filter->isFiltering())
            expandFiltered();
    });
    m_namespaceBox = new QComboBox(workspace);
    m_namespaceBox->setObjectName(QStringLiteral("namespaceFilter"));
    m_namespaceBox->addItem(QString());
    // A long kind or namespace name must not widen the filter bar; the list still shows it whole.
    m_namespaceBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_namespaceBox->setMinimumContentsLength(10);
    connect(m_namespaceBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setNamespaceFilter(i <= 0 ? QString() : m_namespaceBox->itemData(i).toString());
        if (m_filter->isFiltering())
            expandFiltered();
    });
    m_stateBox = new QComboBox(workspace);
    m_stateBox->setObjectName(QStringLiteral("stateFilter"));
    m_stateBox->addItem(QString(), -1);
    for (SyncState s : kAllSyncStates)
        m_stateBox->addItem(StateStyle::icon(s), StateStyle::label(s), int(s));
    connect(m_stateBox, &QComboBox::currentIndexChanged, this, &MainWindow::applyStateFilter);
    m_onlyDriftButton = new QToolButton(workspace);
    m_onlyDriftButton->setObjectName(QStringLiteral("onlyDriftButton"));
    m_onlyDriftButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_choicesTimer = new QTimer(this);
    m_choicesTimer->setSingleShot(true);
    m_choicesTimer->setInterval(500);
    connect(m_choicesTimer, &QTimer::timeout, this, &MainWindow::refreshFilterChoices);

    // Two rows: the text filter and "only drift" (the everyday ones) get the width, the choices
    // share the row below, so a long kind or namespace name squeezes nothing.
    auto filterRow = new QHBoxLayout;
    filterRow->setSpacing(4);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_onlyDriftButton);
    auto choiceRow = new QHBoxLayout;
    choiceRow->setSpacing(4);
    for (QComboBox *box : {m_kindBox, m_namespaceBox, m_stateBox}) {
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        choiceRow->addWidget(box, 1);
    }
    auto filterBar = new QVBoxLayout;
    filterBar->setContentsMargins(4, 4, 4, 2);
    filterBar->setSpacing(4);
    filterBar->addLayout(filterRow);
    filterBar->addLayout(choiceRow);

    m_tree = new ResourceTreeView(workspace);
    m_tree->setObjectName(QStringLiteral("resourceTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new TreeDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ResourceTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(ResourceTreeModel::NameColumn, 230);
    m_tree->header()->resizeSection(ResourceTreeModel::StateColumn, 200);
    m_tree->header()->resizeSection(ResourceTreeModel::HealthColumn, 110);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrent);
    // New clusters open to their sources, also when the sources arrive after the cluster's
    // status (the usual order: connecting, then the first results).
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid() && parent.parent().isValid())
            return;
        if (parent.isValid()) {
            if (m_model->nodeType(m_filter->mapToSource(parent)) != ResourceTreeModel::NodeType::Cluster)
                return;
            m_tree->expand(parent);
            for (int s = first; s <= last; ++s)
                m_tree->expand(m_filter->index(s, 0, parent));
            return;
        }
        for (int r = first; r <= last; ++r) {
            const QModelIndex cluster = m_filter->index(r, 0);
            m_tree->expand(cluster);
            for (int s = 0; s < m_filter->rowCount(cluster); ++s)
                m_tree->expand(m_filter->index(s, 0, cluster));
        }
    });

    auto treePanel = new QWidget(workspace);
    auto treeLayout = new QVBoxLayout(treePanel);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(0);
    // The kubeconfig's clusters, checkable, with their connection status.
    m_clusterView = new QTreeView(workspace);
    m_clusterView->setObjectName(QStringLiteral("clusterList"));
    m_clusterView->setModel(m_clusterList);
    m_clusterView->setRootIsDecorated(false);
    m_clusterView->setUniformRowHeights(true);
    m_clusterView->setSelectionMode(QAbstractItemView::NoSelection);
    m_clusterView->setFocusPolicy(Qt::TabFocus);
    m_clusterView->header()->setStretchLastSection(true);
    m_clusterView->header()->resizeSection(models::ClusterListModel::NameColumn, 200);
    m_clusterView->setMaximumHeight(120);
    m_clusterView->hide();
    auto updateClusterHeight = [this] {
        // Up to five rows without scrolling; more scroll.
        const int rows = m_clusterList->rowCount();
        m_clusterView->setVisible(rows > 0);
        const int indicator = m_clusterView->style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, m_clusterView);
        const int row = std::max({m_clusterView->sizeHintForRow(0), indicator + 4, m_clusterView->fontMetrics().height() + 6});
        m_clusterView->setFixedHeight(qMin(rows, 5) * row + m_clusterView->header()->sizeHint().height()
                                      + 2 * m_clusterView->frameWidth() + 4);
    };
    connect(m_clusterList, &QAbstractItemModel::modelReset, this, updateClusterHeight);
    treeLayout->addWidget(m_clusterView);
    treeLayout->addLayout(filterBar);
    treeLayout->addWidget(m_tree, 1);

    m_diff = new DiffView(workspace);
    // The toggles change what the live side shows: ask the engine for the diff again.
    connect(m_diff, &DiffView::optionsChanged, this, [this] {
        if (m_hasCurrent)
            showCurrent();
    });
    m_fieldView = new QTreeView(workspace);
    m_fieldView->setObjectName(QStringLiteral("fieldList"));
    m_fieldView->setModel(m_fields);
    m_fieldView->setRootIsDecorated(false);
    m_fieldView->setAlternatingRowColors(true);
    m_fieldView->setUniformRowHeights(true);
    // Path, Git, live, manager and time all fit without scrolling (docs/main-window.md "Field
    // list"): long paths and values lose their middle, not the leaf or the image tag; the Field
    // column takes whatever the others leave, and the others stay resizable.
    m_fieldView->setTextElideMode(Qt::ElideMiddle);
    {
        using FC = models::FieldChangeModel;
        QHeaderView *h = m_fieldView->header();
        h->setStretchLastSection(false);
        h->setMinimumSectionSize(40);
        h->setSectionResizeMode(QHeaderView::Interactive);
        h->setSectionResizeMode(FC::FieldColumn, QHeaderView::Stretch);
        const QFontMetrics text = m_fieldView->fontMetrics();
        QFont monoFont(QStringLiteral("monospace")); // as FieldChangeModel's FontRole for Git and Live
        monoFont.setStyleHint(QFont::Monospace);
        const QFontMetrics mono(monoFont);
        const int pad = 2 * m_fieldView->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h) + 6;
        auto fit = [&](int section, int content) {
            const int header = text.horizontalAdvance(m_fields->headerData(section, Qt::Horizontal).toString());
            h->resizeSection(section, std::max(header, content) + pad);
        };
        fit(FC::GitColumn, mono.horizontalAdvance(QString(8, u'0')));
        fit(FC::LiveColumn, mono.horizontalAdvance(QString(8, u'0')));
        fit(FC::ManagerColumn, text.horizontalAdvance(QStringLiteral("kubectl-scale")));
        fit(FC::TimeColumn, std::max(text.horizontalAdvance(QStringLiteral("00:00")),
                                     text.horizontalAdvance(QLocale().toString(QDate(2026, 9, 30), QStringLiteral("MMM d")))));
    }
    m_detail = new DetailPane(workspace);

    m_bottomSplitter = new QSplitter(Qt::Horizontal, workspace);
    m_bottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    m_bottomSplitter->addWidget(m_fieldView);
    m_bottomSplitter->addWidget(m_detail);
    m_bottomSplitter->setStretchFactor(0, 3);
    m_bottomSplitter->setStretchFactor(1, 2);
    m_rightSplitter = new QSplitter(Qt::Vertical, workspace);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->addWidget(m_diff);
    m_rightSplitter->addWidget(m_bottomSplitter);
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 1);
    m_mainSplitter = new QSplitter(Qt::Horizontal, workspace);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(treePanel);
    m_mainSplitter->addWidget(m_rightSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);

    auto layout = new QVBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);
    return workspace;
}

void MainWindow::createActions()
{
    m_connectAction = new QAction(this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectClusterRequested);

    m_addRepoAction = new QAction(this);
    m_addRepoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_addRepoAction, &QAction::triggered, this, &MainWindow::addRepositoryRequested);

    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setEnabled(false);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshRequested);

    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);

    m_copyPatchAction = new QAction(this);
    m_copyPatchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyPatchAction, &QAction::triggered, this, &MainWindow::copyPatch);

    m_filterAction = new QAction(this);
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_filterAction, &QAction::triggered, this, [this] {
        showWorkspace();
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_onlyDriftAction = new QAction(this);
    m_onlyDriftAction->setCheckable(true);
    m_onlyDriftAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_onlyDriftAction->setIcon(StateStyle::icon(SyncState::Drifted));
    connect(m_onlyDriftAction, &QAction::toggled, this, [this](bool on) {
        m_filter->setOnlyDrift(on);
        if (on)
            expandFiltered();
    });
    m_onlyDriftButton->setDefaultAction(m_onlyDriftAction);

    m_showDiffAction = new QAction(this);
    m_showDiffAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_showDiffAction, &QAction::triggered, this, [this] {
        if (m_diff->changeCount() > 0 && m_diff->currentChange() < 0)
            m_diff->nextChange();
        m_diff->rightPane()->setFocus(Qt::ShortcutFocusReason);
    });

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    auto themes = new QActionGroup(this);
    m_themeSystemAction = new QAction(themes);
    m_themeLightAction = new QAction(themes);
    m_themeDarkAction = new QAction(themes);
    for (QAction *a : {m_themeSystemAction, m_themeLightAction, m_themeDarkAction})
        a->setCheckable(true);
    m_themeSystemAction->setChecked(true);
    connect(m_themeSystemAction, &QAction::triggered, this, [this] { setTheme(Theme::System); });
    connect(m_themeLightAction, &QAction::triggered, this, [this] { setTheme(Theme::Light); });
    connect(m_themeDarkAction, &QAction::triggered, this, [this] { setTheme(Theme::Dark); });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_pullRequestAction = new QAction(this);
    m_pullRequestAction->setObjectName(QStringLiteral("pullRequestAction"));
    m_pullRequestAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_pullRequestAction, &QAction::triggered, this, [this] { Q_EMIT pullRequestRequested(selectedResults()); });
    m_historyAction = new QAction(this);
    m_historyAction->setObjectName(QStringLiteral("historyAction"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, [this] {
        if (const drift::ResourceResult *r = currentResult())
            Q_EMIT historyRequested(*r);
    });
    m_wallAction = new QAction(this);
    m_wallAction->setObjectName(QStringLiteral("wallAction"));
    m_wallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_wallAction, &QAction::triggered, this, &MainWindow::wallRequested);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addAction(m_addRepoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_preferencesAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_copyPatchAction);
    m_editMenu->addAction(m_filterAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_onlyDriftAction);
    m_viewMenu->addAction(m_showDiffAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addAction(m_themeSystemAction);
    m_themeMenu->addAction(m_themeLightAction);
    m_themeMenu->addAction(m_themeDarkAction);

    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_wallAction);

    m_resourceMenu = menuBar()->addMenu(QString());
    m_resourceMenu->addAction(m_pullRequestAction);
    m_resourceMenu->addAction(m_historyAction);

    m_diffMenu = menuBar()->addMenu(QString());
    m_diffMenu->addAction(m_diff->previousChangeAction());
    m_diffMenu->addAction(m_diff->nextChangeAction());
    m_diffMenu->addSeparator();
    m_diffMenu->addAction(m_diff->compactAction());
    m_diffMenu->addAction(m_diff->expandAllAction());
    m_diffMenu->addAction(m_diff->collapseAllAction());
    m_diffMenu->addSeparator();
    m_diffMenu->addAction(m_diff->unsetFieldsAction());
    m_diffMenu->addAction(m_diff->statusAction());
    m_diffMenu->addAction(m_diff->managedFieldsAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    auto toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_connectAction);
    toolbar->addAction(m_addRepoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_pullRequestAction);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(m_copyPatchAction);
    // Shortcuts work from the tree, the diff and the filter alike.
    addAction(m_filterAction);
    addAction(m_showDiffAction);
    addAction(m_onlyDriftAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Driftdeck"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_diffMenu->setTitle(tr("&Diff"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_helpMenu->setTitle(tr("&Help"));
    m_connectAction->setText(tr("&Connect Cluster…"));
    m_connectAction->setToolTip(tr("Connect a cluster from your kubeconfig"));
    m_addRepoAction->setText(tr("&Add Repository…"));
    m_addRepoAction->setToolTip(tr("Add the Git repository that declares a cluster"));
    m_refreshAction->setText(tr("&Refresh"));
    m_exportAction->setText(tr("&Export Drift Report…"));
    m_exportAction->setToolTip(tr("Save the drift of the selected resources as HTML or JSON"));
    m_copyPatchAction->setText(tr("Copy as &Patch"));
    m_copyPatchAction->setToolTip(tr("Copy the selected resource's diff as a unified patch"));
    m_filterAction->setText(tr("&Filter…"));
    m_onlyDriftAction->setText(tr("Only &Drift"));
    m_onlyDriftAction->setToolTip(tr("Show only drifted, missing and extra resources"));
    m_showDiffAction->setText(tr("Show &Diff"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_themeSystemAction->setText(tr("Follow the &System"));
    m_themeLightAction->setText(tr("&Light"));
    m_themeDarkAction->setText(tr("&Dark"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Driftdeck"));
    m_resourceMenu->setTitle(tr("&Resource"));
    m_pullRequestAction->setText(tr("Open &Pull Request…"));
    m_pullRequestAction->setToolTip(tr("Open a pull request that makes Git match the cluster for the selection"));
    m_historyAction->setText(tr("Drift &History…"));
    m_wallAction->setText(tr("&Wall Display"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, kind or namespace (Ctrl+F)"));
    m_kindBox->setItemText(0, tr("All kinds"));
    m_namespaceBox->setItemText(0, tr("All namespaces"));
    m_stateBox->setItemText(0, tr("All states"));
    for (int i = 1; i < m_stateBox->count(); ++i)
        m_stateBox->setItemText(i, StateStyle::label(SyncState(m_stateBox->itemData(i).toInt())));
    if (m_hasCurrent)
        m_diff->setTitles(tr("Git · %1").arg(m_current.sourceRef.path.isEmpty() ? m_current.source : m_current.sourceRef.path),
                          tr("Live · %1").arg(m_current.cluster));
    updateTotals();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    const QByteArray main = settings.value(QStringLiteral("window/mainSplitter")).toByteArray();
    if (main.isEmpty())
        m_mainSplitter->setSizes({720, 720});
    else
        m_mainSplitter->restoreState(main);
    const QByteArray right = settings.value(QStringLiteral("window/rightSplitter")).toByteArray();
    if (right.isEmpty())
        m_rightSplitter->setSizes({520, 220});
    else
        m_rightSplitter->restoreState(right);
    const QByteArray bottom = settings.value(QStringLiteral("window/bottomSplitter")).toByteArray();
    if (bottom.isEmpty())
        m_bottomSplitter->setSizes({460, 230}); // the field list's five columns come first
    else
        m_bottomSplitter->restoreState(bottom);
    const QByteArray header = settings.value(QStringLiteral("window/treeHeader")).toByteArray();
    if (!header.isEmpty())
        m_tree->header()->restoreState(header);
    m_diff->setCompact(settings.value(QStringLiteral("diff/compact"), true).toBool());
    const QString theme = settings.value(QLatin1String(PreferencesDialog::kTheme), QStringLiteral("system")).toString();
    if (theme == u"dark")
        setTheme(Theme::Dark);
    else if (theme == u"light")
        setTheme(Theme::Light);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("window/bottomSplitter"), m_bottomSplitter->saveState());
    settings.setValue(QStringLiteral("window/treeHeader"), m_tree->header()->saveState());
    settings.setValue(QStringLiteral("diff/compact"), m_diff->isCompact());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_contentReady)
        return;
    if (!m_expectingData) {
        // The empty state is complete as soon as the first layout pass ran.
        QTimer::singleShot(0, this, [this] {
            if (!m_expectingData)
                markContentReady();
        });
    } else {
        checkComparisonComplete();
    }
}

void MainWindow::markContentReady()
{
    if (m_contentReady)
        return;
    m_contentReady = true;
    Q_EMIT contentReady();
}

void MainWindow::checkComparisonComplete()
{
    if (m_contentReady || !m_expectingData || !isVisible() || !m_feeder->isIdle())
        return;
    const int clusters = m_model->rowCount();
    if (clusters == 0)
        return;
    for (int r = 0; r < clusters; ++r) {
        const QVariant state = m_model->index(r, 0).data(ResourceTreeModel::ClusterStateRole);
        if (!state.isValid())
            continue; // results without a reported status are complete as fed
        const auto s = ClusterStatus::State(state.toInt());
        if (s == ClusterStatus::State::Connecting || s == ClusterStatus::State::Listing)
            return;
    }
    // After the layout pass that shows what was just applied.
    QTimer::singleShot(0, this, &MainWindow::markContentReady);
}

void MainWindow::showWorkspace()
{
    if (m_pages->currentWidget() == m_workspace)
        return;
    m_pages->setCurrentWidget(m_workspace);
    m_refreshAction->setEnabled(true);
}

void MainWindow::setKubeconfigHint(const QString &hint)
{
    m_emptyState->setKubeconfigHint(hint);
}

void MainWindow::setClusterStatus(const models::ClusterStatus &status)
{
    m_expectingData = true;
    m_model->setClusterStatus(status);
    m_clusterList->setStatus(status);
    showWorkspace();
    if (m_hasCurrent)
        return;
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid() && m_filter->mapToSource(current).siblingAtColumn(0).data().toString() == status.name)
        m_detail->showCluster(status);
    checkComparisonComplete();
}

void MainWindow::setAvailableClusters(const QStringList &all, const QStringList &checked)
{
    m_clusterList->setClusters(all, checked);
    if (!all.isEmpty())
        showWorkspace();
}

void MainWindow::removeCluster(const QString &cluster)
{
    m_clusterList->setChecked(cluster, false);
    // What waits in the feeder belongs to the tree as it was; apply it, then drop the cluster.
    m_feeder->flush();
    m_model->removeCluster(cluster);
    if (m_hasCurrent && m_current.cluster == cluster)
        showCurrent();
    refreshFilterChoices();
}

void MainWindow::setSourceStatus(const models::SourceStatus &status)
{
    m_expectingData = true;
    m_model->setSourceStatus(status);
    showWorkspace();
}

void MainWindow::setEventsProvider(EventsProvider provider)
{
    m_eventsProvider = std::move(provider);
    m_eventsFor = {};
    if (m_hasCurrent)
        showCurrent();
}

void MainWindow::requestEvents()
{
    const models::ResourceId id = models::ResourceId::of(m_current);
    // A live update of the same object keeps its events on screen while they are read again.
    const bool same = m_eventsFor == id;
    m_eventsFor = id;
    if (!m_eventsProvider || m_current.state == SyncState::Missing) {
        m_eventsFor = {};
        return;
    }
    m_detail->setEvents(same ? m_events : ObjectEvents{});
    const quint64 generation = ++m_eventsGeneration;
    QPointer<MainWindow> self(this);
    m_eventsProvider(m_current, [self, generation](const ObjectEvents &events) {
        if (!self || generation != self->m_eventsGeneration || !self->m_hasCurrent)
            return; // another resource was selected meanwhile
        self->m_events = events;
        self->m_detail->setEvents(events);
    });
}

void MainWindow::requestOwnedEvents(const QString &cluster, const models::OwnedObject &owned,
                                    const models::ResourceId &shownBefore)
{
    if (!m_eventsProvider)
        return;
    const models::ResourceId id{cluster, QString(), owned.key};
    // A health update of the same Pod keeps its events on screen while they are read again.
    m_eventsFor = id;
    m_detail->setEvents(shownBefore == id ? m_events : ObjectEvents{});
    const quint64 generation = ++m_eventsGeneration;
    drift::ResourceResult r; // the provider needs the cluster and the object's key
    r.cluster = cluster;
    r.key = owned.key;
    r.state = SyncState::Extra;
    QPointer<MainWindow> self(this);
    m_eventsProvider(r, [self, generation](const ObjectEvents &events) {
        if (!self || generation != self->m_eventsGeneration)
            return; // another row was selected meanwhile
        self->m_events = events;
        self->m_detail->setEvents(events);
    });
}

void MainWindow::setDiffProvider(DiffProvider provider)
{
    m_provider = std::move(provider);
    if (m_hasCurrent)
        showCurrent();
}

bool MainWindow::selectResource(const models::ResourceId &id)
{
    const QModelIndex source = m_model->indexOf(id);
    const QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid())
        return false;
    m_tree->expand(proxy.parent());
    for (QModelIndex p = proxy.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(proxy);
    return true;
}

const drift::ResourceResult *MainWindow::currentResult() const
{
    return m_hasCurrent ? &m_current : nullptr;
}

void MainWindow::showCurrent()
{
    const QModelIndex source = m_filter->mapToSource(m_tree->currentIndex());
    const drift::ResourceResult *r = m_model->result(source);
    if (!r) {
        m_hasCurrent = false;
        m_current = {};
        const models::ResourceId eventsShown = m_eventsFor;
        m_eventsFor = {};
        ++m_eventsGeneration;
        m_currentDiff = {};
        m_fields->setChanges({});
        m_diff->clear();
        const auto type = m_model->nodeType(source);
        const QString cluster = source.data(ResourceTreeModel::ClusterRole).toString();
        if (type == ResourceTreeModel::NodeType::Cluster && m_model->clusterStatus(cluster)) {
            m_detail->showCluster(*m_model->clusterStatus(cluster));
        } else if (type == ResourceTreeModel::NodeType::Source
                   && m_model->sourceStatus(cluster, source.data(ResourceTreeModel::SourceRole).toString())) {
            m_detail->showSource(*m_model->sourceStatus(cluster, source.data(ResourceTreeModel::SourceRole).toString()));
        } else if (const models::OwnedObject *owned = m_model->owned(source)) {
            QStringList owners; // nearest first, up to the workload row
            for (QModelIndex p = source.parent(); p.isValid(); p = p.parent()) {
                if (const models::OwnedObject *o = m_model->owned(p)) {
                    owners << o->key.kind + u' ' + o->key.name;
                } else if (const drift::ResourceResult *w = m_model->result(p)) {
                    owners << w->key.displayName();
                    break;
                }
            }
            m_detail->showOwned(*owned, owners);
            requestOwnedEvents(cluster, *owned, eventsShown);
        } else {
            m_detail->showNothing();
        }
        return;
    }
    m_hasCurrent = true;
    m_current = *r;
    m_fields->setChanges(r->changes);
    m_detail->showResult(*r, m_model->sourceStatus(r->cluster, r->source));
    requestEvents();
    m_diff->setTitles(tr("Git · %1").arg(r->sourceRef.path.isEmpty() ? r->source : r->sourceRef.path),
                      tr("Live · %1").arg(r->cluster));
    if (m_provider) {
        m_currentDiff = m_provider(*r, m_diff->options());
        m_diff->setDiff(m_currentDiff, r->state);
    } else {
        m_currentDiff = {};
        m_diff->clear();
    }
}

void MainWindow::onModelDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_hasCurrent) {
        // An owned row (a Pod) whose health was read meanwhile.
        const QModelIndex current = m_filter->mapToSource(m_tree->currentIndex());
        if (m_model->owned(current) && current.parent() == topLeft.parent() && current.row() >= topLeft.row()
            && current.row() <= bottomRight.row())
            showCurrent();
        return;
    }
    const QModelIndex current = m_model->indexOf(models::ResourceId::of(m_current));
    if (!current.isValid() || current.parent() != topLeft.parent() || current.row() < topLeft.row()
        || current.row() > bottomRight.row())
        return;
    const drift::ResourceResult *r = m_model->result(current);
    if (r && !(*r == m_current))
        showCurrent();
}

void MainWindow::expandFiltered()
{
    // Down to the resources, not into them: expanding a workload reads what it owns from the
    // cluster, so only the workloads that were open stay open.
    QList<QPersistentModelIndex> open;
    for (const models::ResourceId &id : m_model->watchedOwners()) {
        const QModelIndex proxy = m_filter->mapFromSource(m_model->indexOf(id));
        if (proxy.isValid() && m_tree->isExpanded(proxy))
            open << proxy;
    }
    m_tree->expandToDepth(3);
    for (const QPersistentModelIndex &i : std::as_const(open)) {
        if (i.isValid())
            m_tree->expand(i);
    }
}

void MainWindow::applyStateFilter()
{
    const int state = m_stateBox->currentData().toInt();
    m_filter->setStateFilter(state < 0 ? QList<SyncState>{} : QList<SyncState>{SyncState(state)});
    if (m_filter->isFiltering())
        expandFiltered();
}

void MainWindow::refreshFilterChoices()
{
    QSet<QString> kinds;
    QSet<QString> namespaces;
    // Structural rows only: cluster > source > namespace > kind.
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex cluster = m_model->index(c, 0);
        for (int s = 0; s < m_model->rowCount(cluster); ++s) {
            const QModelIndex source = m_model->index(s, 0, cluster);
            for (int n = 0; n < m_model->rowCount(source); ++n) {
                const QModelIndex ns = m_model->index(n, 0, source);
                if (m_model->nodeType(ns) != ResourceTreeModel::NodeType::Namespace)
                    continue;
                namespaces.insert(ns.data(ResourceTreeModel::NamespaceRole).toString());
                for (int k = 0; k < m_model->rowCount(ns); ++k)
                    kinds.insert(m_model->index(k, 0, ns).data().toString());
            }
        }
    }
    auto fill = [](QComboBox *box, QStringList values, bool clusterScoped) {
        values.sort(Qt::CaseInsensitive);
        const QString current = box->currentIndex() > 0 ? box->currentData().toString() : QString();
        QStringList existing;
        for (int i = 1; i < box->count(); ++i)
            existing << box->itemData(i).toString();
        if (existing == values)
            return;
        const QSignalBlocker blocker(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString &v : std::as_const(values))
            box->addItem(v.isEmpty() && clusterScoped ? ResourceTreeModel::tr("(cluster-scoped)") : v, v);
        const int index = box->findData(current);
        box->setCurrentIndex(current.isEmpty() || index < 0 ? 0 : index);
    };
    fill(m_kindBox, QStringList(kinds.cbegin(), kinds.cend()), false);
    fill(m_namespaceBox, QStringList(namespaces.cbegin(), namespaces.cend()), true);
}

SyncState MainWindow::worstState() const
{
    const auto counts = m_model->totalCounts();
    for (int i = int(counts.size()) - 1; i >= 0; --i) {
        if (counts[size_t(i)] > 0)
            return SyncState(i);
    }
    return SyncState::Synced;
}

void MainWindow::updateTotals()
{
    if (m_model->rowCount() == 0) {
        m_statusText->setText(tr("No clusters connected"));
        return;
    }
    const auto counts = m_model->totalCounts();
    QStringList parts;
    for (int i = int(counts.size()) - 1; i >= 0; --i) {
        if (counts[size_t(i)] > 0)
            parts << StateStyle::label(SyncState(i)) + u": " + QString::number(counts[size_t(i)]);
    }
    const QString text = tr("Clusters: %1, resources: %2").arg(m_model->rowCount()).arg(m_model->resourceCount())
                         + (parts.isEmpty() ? QString() : u" · " + parts.join(QStringLiteral(", ")));
    m_statusText->setText(text);
    const SyncState worst = worstState();
    m_tray->setIcon(m_model->resourceCount() ? StateStyle::icon(worst) : windowIcon());
    m_tray->setToolTip(tr("Driftdeck: %1").arg(text));
    QSettings settings;
    const bool wanted = settings.value(QLatin1String(PreferencesDialog::kNotifications), true).toBool();
    if (wanted && QSystemTrayIcon::isSystemTrayAvailable() && !m_tray->isVisible())
        m_tray->show();
    m_choicesTimer->start();
}

void MainWindow::notifyDrift(const QList<drift::ResourceResult> &results)
{
    if (results.isEmpty() || !QSettings().value(QLatin1String(PreferencesDialog::kNotifications), true).toBool())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastNotification.isValid() && m_lastNotification.secsTo(now) < kNotificationIntervalSeconds)
        return;
    m_lastNotification = now;
    ++m_notifications;
    const drift::ResourceResult &r = results.first();
    QString body;
    if (!r.changes.isEmpty() && !r.changes.first().manager.isEmpty())
        body = tr("%1 in %2: %3 changed by %4")
                   .arg(r.key.displayName(), r.cluster, r.changes.first().field, r.changes.first().manager);
    else
        body = tr("%1 in %2 is %3").arg(r.key.displayName(), r.cluster, StateStyle::label(r.state));
    if (results.size() > 1)
        body += u'\n' + tr("and %1 more").arg(results.size() - 1);
    if (m_tray->isVisible())
        m_tray->showMessage(tr("New drift"), body, StateStyle::icon(r.state), 8000);
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    static const QPalette systemPalette = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        m_themeSystemAction->setChecked(true);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        m_themeLightAction->setChecked(true);
        break;
    case Theme::Dark:
        QApplication::setStyle(new DarkIndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
        m_themeDarkAction->setChecked(true);
        break;
    }
    m_diff->setDark(isDark());
    // Rich text takes its link colours from the palette when it is set.
    if (m_hasCurrent) {
        const ObjectEvents events = m_detail->events();
        m_detail->showResult(m_current, m_model->sourceStatus(m_current.cluster, m_current.source));
        if (m_eventsFor == models::ResourceId::of(m_current))
            m_detail->setEvents(events);
    }
    QSettings().setValue(QLatin1String(PreferencesDialog::kTheme), themeKey(theme));
}

bool MainWindow::isDark() const
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128;
}

QList<drift::ResourceResult> MainWindow::selectedResults() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return m_model->resultsBelow({});
    QList<drift::ResourceResult> out;
    QSet<models::ResourceId> seen;
    for (const QModelIndex &row : rows) {
        for (const drift::ResourceResult &r : m_model->resultsBelow(m_filter->mapToSource(row))) {
            const auto id = models::ResourceId::of(r);
            if (!seen.contains(id)) {
                seen.insert(id);
                out.append(r);
            }
        }
    }
    return out;
}

bool MainWindow::exportReport(const QString &file)
{
    const QList<drift::ResourceResult> results = selectedResults();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray data = file.endsWith(u".json", Qt::CaseInsensitive)
                                ? models::DriftReport::toJson(results, now)
                                : models::DriftReport::toHtml(results, now).toUtf8();
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size()) {
        statusBar()->showMessage(tr("Cannot write %1: %2").arg(file, out.errorString()), 8000);
        return false;
    }
    statusBar()->showMessage(tr("Saved the drift report to %1").arg(file), 5000);
    return true;
}

void MainWindow::exportWithDialog()
{
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Drift Report"), QStringLiteral("drift-report.html"),
                                                      tr("HTML report (*.html);;JSON (*.json)"), &selected);
    if (file.isEmpty())
        return;
    exportReport(file);
}

QString MainWindow::currentPatch() const
{
    if (!m_hasCurrent || m_currentDiff.rows.isEmpty())
        return {};
    const QString path = m_current.sourceRef.path.isEmpty() ? m_current.key.displayName() + u".yaml" : m_current.sourceRef.path;
    return models::DriftReport::toPatch(m_currentDiff, path);
}

void MainWindow::copyPatch()
{
    const QString patch = currentPatch();
    if (patch.isEmpty()) {
        statusBar()->showMessage(tr("Select a resource with a diff to copy it as a patch."), 5000);
        return;
    }
    QGuiApplication::clipboard()->setText(patch);
    statusBar()->showMessage(tr("Copied the patch to the clipboard."), 3000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.save();
    QSettings settings;
    const QString theme = settings.value(QLatin1String(PreferencesDialog::kTheme)).toString();
    setTheme(theme == u"dark" ? Theme::Dark : theme == u"light" ? Theme::Light : Theme::System);
    installTranslations(settings.value(QLatin1String(PreferencesDialog::kLanguage)).toString());
    Q_EMIT preferencesChanged();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Driftdeck"),
                       tr("<h3>Driftdeck %1</h3><p>Exact, attributed drift between Git and your "
                          "Kubernetes clusters, with pull requests that resolve it.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace driftdeck::views
