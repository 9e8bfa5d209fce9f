#include "ui/deliberations/DeliberationsPage.h"

#include "core/accounts/Session.h"
#include "core/import/DeliberationImport.h"
#include "core/deliberations/DeliberationService.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/import/DeliberationImportDialog.h"
#include "ui/deliberations/DeliberationView.h"
#include "ui/deliberations/DeliberationsModel.h"

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QTimer>
#include <QToolButton>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace habeas {

DeliberationsPage::DeliberationsPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("deliberationsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    outer->addWidget(m_splitter);

    auto *top = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(top);
    auto *heading = new QHBoxLayout;
    heading->addWidget(new QLabel(tr("<h2>Deliberations</h2>"), top));
    heading->addStretch(1);
    if (m_session.can(Permission::ManageDeliberations)) {
        m_import = new QToolButton(top);
        m_import->setObjectName(QStringLiteral("deliberationImport"));
        m_import->setText(tr("&Import…"));
        m_import->setAccessibleName(tr("Import a deliberation"));
        m_import->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_import->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(m_import);
        QAction *fromFile = menu->addAction(tr("From a &file…"));
        fromFile->setObjectName(QStringLiteral("deliberationImportFile"));
        fromFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        QAction *fromClipboard = menu->addAction(tr("From the &clipboard"));
        fromClipboard->setObjectName(QStringLiteral("deliberationImportClipboard"));
        m_import->setMenu(menu);
        // Ctrl+I wherever the focus is on the page, the menu closed.
        addAction(fromFile);
        fromFile->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(fromFile, &QAction::triggered, this, &DeliberationsPage::importFromFile);
        connect(fromClipboard, &QAction::triggered, this, &DeliberationsPage::importFromClipboard);
        heading->addWidget(m_import);
        setAcceptDrops(true);
    }
    layout->addLayout(heading);
    m_problem = new QLabel(top);
    m_problem->setObjectName(QStringLiteral("deliberationsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_model = new DeliberationsModel(this);
    m_list = new QTableView(top);
    m_list->setObjectName(QStringLiteral("deliberationList"));
    m_list->setAccessibleName(tr("Deliberations"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeliberationsModel::Title, QHeaderView::Stretch);
    // Room for three deliberations however the splitter is pulled.
    m_list->setMinimumHeight(header->sizeHint().height() + 3 * m_list->verticalHeader()->defaultSectionSize() +
                             2 * m_list->frameWidth());
    layout->addWidget(m_list, 1);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { rowChosen(current.row()); });

    m_viewer = new DeliberationView(m_session, m_splitter);
    m_viewer->setObjectName(QStringLiteral("deliberationViewer"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_viewer);
    // Few deliberations, much to read: the viewer takes what the list does
    // not need (sized once shown, see reload()).
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_viewer, &DeliberationView::changed, this, [this] {
        refreshList();
        Q_EMIT deliberationsChanged();
    });
}

QString DeliberationsPage::title() const
{
    return tr("Deliberations");
}

void DeliberationsPage::refreshList()
{
    auto listed = DeliberationService(m_session).list();
    if (!listed) {
        m_model->clear();
        m_problem->setText(listed.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_selecting = true;
    m_model->setDeliberations(std::move(listed).value());
    selectRow(m_model->rowOf(m_viewer->deliberationId()));
    m_selecting = false;
}

void DeliberationsPage::reload()
{
    if (!m_sized && isVisible()) {
        const int list = m_splitter->widget(0)->minimumSizeHint().height();
        m_splitter->setSizes({list, std::max(m_splitter->height() - list, 1)});
        m_sized = true;
    }
    const qint64 shown = m_viewer->deliberationId();
    const qint64 condition = m_viewer->selectedConditionId();
    refreshList();
    if (m_model->rowCount() == 0) {
        m_viewer->clear();
        return;
    }
    if (shown != 0 && m_model->rowOf(shown) >= 0) {
        // What was typed in the follow-up is kept when nothing was saved.
        if (!m_viewer->hasUnsavedChanges())
            m_viewer->open(shown, condition);
        return;
    }
    open(m_model->data(m_model->index(0, 0), DeliberationsModel::IdRole).toLongLong());
}

void DeliberationsPage::clear()
{
    m_selecting = true;
    m_model->clear();
    m_selecting = false;
    m_problem->clear();
    m_problem->hide();
    m_viewer->clear();
}

bool DeliberationsPage::mayLeave()
{
    return m_viewer->confirmLeave();
}

bool DeliberationsPage::open(qint64 deliberationId, qint64 conditionId)
{
    if (m_model->rowOf(deliberationId) < 0)
        refreshList();
    const int row = m_model->rowOf(deliberationId);
    if (row < 0)
        return false;
    if (m_viewer->deliberationId() != deliberationId && !m_viewer->confirmLeave())
        return false;
    m_selecting = true;
    selectRow(row);
    m_selecting = false;
    if (!m_viewer->open(deliberationId, conditionId))
        return false;
    if (conditionId != 0)
        m_viewer->conditions()->setFocus(Qt::OtherFocusReason);
    return true;
}

bool DeliberationsPage::importText(const QString &text, const QString &source)
{
    auto imported = DeliberationImportDialog::run(m_session, text, source, this);
    if (!imported)
        return false;
    refreshList();
    if (imported->outcome != ImportedDeliberation::Outcome::OpenExisting)
        Q_EMIT deliberationsChanged();
    // A new version read again, even when it was already shown.
    if (m_viewer->deliberationId() == imported->deliberationId && !m_viewer->hasUnsavedChanges())
        m_viewer->open(imported->deliberationId);
    open(imported->deliberationId);
    return true;
}

bool DeliberationsPage::importFile(const QString &path)
{
    auto text = DeliberationImport::readFile(path);
    if (!text) {
        MessageBox::warning(this, tr("Import a deliberation"), text.error().message);
        return false;
    }
    return importText(*text, QFileInfo(path).fileName());
}

bool DeliberationsPage::importFromFile()
{
    if (!m_import)
        return false;
    const QString path = FileDialog::openFile(this, tr("Import a deliberation"), QString(),
                                              tr("Texts of the Journal de Monaco (*.txt);;All files (*)"));
    return !path.isEmpty() && importFile(path);
}

bool DeliberationsPage::importFromClipboard()
{
    if (!m_import)
        return false;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        MessageBox::information(this, tr("Import a deliberation"),
                                tr("The clipboard holds no text. Copy the deliberation's text from the Journal de "
                                   "Monaco's page first."));
        return false;
    }
    return importText(text, tr("the clipboard"));
}

namespace {

// The first local .txt file a drop carries, if any.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

void DeliberationsPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (m_import && (!droppedFile(mime).isEmpty() || (!mime->hasUrls() && mime->hasText())))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DeliberationsPage::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QString path = droppedFile(mime);
    const QString text = path.isEmpty() && mime->hasText() ? mime->text() : QString();
    if (!m_import || (path.isEmpty() && text.trimmed().isEmpty())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // The dialog opens once the drop is over: the source is not kept
    // waiting on a modal dialog.
    QTimer::singleShot(0, this, [this, path, text] {
        if (!path.isEmpty())
            importFile(path);
        else
            importText(text, tr("the text dropped"));
    });
}

void DeliberationsPage::selectRow(int row)
{
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row, DeliberationsModel::Number));
    m_list->scrollTo(m_model->index(row, DeliberationsModel::Number));
}

void DeliberationsPage::rowChosen(int row)
{
    if (m_selecting || row < 0)
        return;
    const qint64 id = m_model->data(m_model->index(row, 0), DeliberationsModel::IdRole).toLongLong();
    if (id == m_viewer->deliberationId())
        return;
    if (!m_viewer->confirmLeave()) {
        // Stay on the deliberation whose follow-up is being typed.
        m_selecting = true;
        selectRow(m_model->rowOf(m_viewer->deliberationId()));
        m_selecting = false;
        return;
    }
    m_viewer->open(id);
}

} // namespace habeas
